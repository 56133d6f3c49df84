// `prisma generate` is pure WebAssembly in Prisma 7, but the CLI still looks for a schema-engine binary at start and
// would try to download one. Point it at an empty placeholder so generation works offline; migrations are applied by
// our own runner (src/database/migrator.ts), never by the CLI's native engine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = join(here, '..', 'node_modules', '.cache', 'schema-engine-placeholder');
  mkdirSync(dirname(placeholder), { recursive: true });
  if (!existsSync(placeholder)) writeFileSync(placeholder, '', { mode: 0o755 });
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
execFileSync(process.execPath, [cli, 'generate', '--schema', join(here, '..', 'prisma', 'schema.prisma')], { stdio: 'inherit', env });

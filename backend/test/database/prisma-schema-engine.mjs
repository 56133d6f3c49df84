#!/usr/bin/env node
/**
 * Prisma's own migration engine, without the native binary the Prisma CLI would download: the WebAssembly build that
 * ships inside the `prisma` package, driven through the pg driver adapter. It answers "what SQL would Prisma write?".
 *
 *   node test/database/prisma-schema-engine.mjs --url <postgres-url> --from-empty
 *       The script of `prisma migrate diff --from-empty --to-schema prisma/schema.prisma` (how 20261122000000_init
 *       was produced). The URL is only needed because the engine insists on a live connection.
 *   node test/database/prisma-schema-engine.mjs --url <postgres-url> --from-database [--exit-code]
 *       The SQL that would bring that database to schema.prisma: "-- This is an empty migration." when they agree.
 *       To write the next migration, migrate a scratch database, run this against it and save the output.
 *       With --exit-code, exits 2 when the diff is not empty (like Prisma's flag).
 *   --schema <path> picks another schema file (default prisma/schema.prisma).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const backendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(backendDir, 'package.json'));

function parseArgs(argv) {
  const args = { from: undefined, url: undefined, exitCode: false, schema: path.join(backendDir, 'prisma', 'schema.prisma') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--from-empty') args.from = 'empty';
    else if (a === '--from-database') args.from = 'database';
    else if (a === '--exit-code') args.exitCode = true;
    else if (a === '--url') args.url = argv[++i];
    else if (a === '--schema') args.schema = path.resolve(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  if (!args.from || !args.url)
    throw new Error('usage: --url <postgres-url> (--from-empty | --from-database) [--exit-code] [--schema <file>]');
  return args;
}

/**
 * The glue comes from @prisma/schema-engine-wasm; the engine itself preferably from the installed CLI so the SQL is
 * exactly what this Prisma version writes. If a future CLI's engine no longer fits the glue, use the package's own.
 */
async function loadEngine() {
  const bg = await import(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  // The engine reports Rust panics through this global before trapping; without it the real message is lost.
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: '',
    set_message(m) {
      this.message = m;
    },
  };
  const candidates = [
    path.join(path.dirname(require.resolve('prisma/build/index.js')), 'schema_engine_bg.wasm'),
    path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm'),
  ];
  let lastError;
  for (const file of candidates) {
    try {
      const { instance } = await WebAssembly.instantiate(readFileSync(file), { './schema_engine_bg.js': bg });
      bg.__wbg_set_wasm(instance.exports);
      instance.exports.__wbindgen_start();
      return bg;
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

/**
 * @prisma/adapter-pg cannot type PostgreSQL's one-byte "char" (catalog columns such as pg_constraint.contype), which
 * the engine's schema describer reads: it rejects the result outright. Report those columns as Character, which is
 * what the engine expects; values already arrive as one-letter strings.
 */
async function pgAdapterFactory(url) {
  const { PrismaPg } = require('@prisma/adapter-pg');
  const { bindMigrationAwareSqlAdapterFactory } = require('@prisma/driver-adapter-utils');
  const factory = new PrismaPg({ connectionString: url });
  const probe = await factory.connect();
  let proto = Object.getPrototypeOf(probe);
  while (proto && !Object.hasOwn(proto, 'performIO')) proto = Object.getPrototypeOf(proto);
  await probe.dispose();
  if (!proto || !Object.hasOwn(proto, 'queryRaw')) throw new Error('@prisma/adapter-pg changed shape: cannot patch "char" columns');
  if (!proto.__tajerCharPatch) {
    const CHAR_OID = 18;
    const TEXT_OID = 25;
    const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character
    const MARK = '\u0000char';
    const performIO = proto.performIO;
    const queryRaw = proto.queryRaw;
    proto.performIO = async function (...args) {
      const result = await performIO.apply(this, args);
      if (result?.fields)
        result.fields = result.fields.map((f) => (f.dataTypeID === CHAR_OID ? { ...f, dataTypeID: TEXT_OID, name: f.name + MARK } : f));
      return result;
    };
    proto.queryRaw = async function (query) {
      const result = await queryRaw.call(this, query);
      result.columnNames = result.columnNames.map((name, i) => {
        if (!name.endsWith(MARK)) return name;
        result.columnTypes[i] = CHARACTER_COLUMN;
        return name.slice(0, -MARK.length);
      });
      return result;
    };
    proto.__tajerCharPatch = true;
  }
  return bindMigrationAwareSqlAdapterFactory(factory);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const content = readFileSync(args.schema, 'utf8');
  const files = [{ path: args.schema, content }];
  const bg = await loadEngine();
  const engine = await bg.SchemaEngine.new({ datamodels: [[args.schema, content]] }, () => undefined, await pgAdapterFactory(args.url));
  const from = args.from === 'empty' ? { tag: 'empty' } : { tag: 'schemaDatasource', files, configDir: path.dirname(args.schema) };
  const result = await engine.diff({
    from,
    to: { tag: 'schemaDatamodel', files },
    script: true,
    exitCode: args.exitCode,
    filters: { externalTables: [], externalEnums: [] },
  });
  process.stdout.write(result.stdout ?? '');
  process.exit(args.exitCode ? result.exitCode : 0);
}

main().catch((err) => {
  const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.message;
  process.stderr.write(`prisma-schema-engine: ${panic || err?.message || err}\n`);
  process.exit(1);
});

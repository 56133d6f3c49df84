/**
 * The Dockerfile, read instruction by instruction (no Docker engine here): a multi-stage build whose runtime stage is
 * non-root, production-only, health-checked, and carries no secret; and its COPY destinations are where the compiled
 * code looks for the chat UI and the migrations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { CHAT_UI_DIST } from '../../src/common/http/static-ui';
import { DEFAULT_MIGRATIONS_DIR } from '../../src/database/migrator';

const ROOT = path.resolve(__dirname, '../../..');

interface Instruction {
  op: string;
  args: string;
}

/** Joins continuation lines, drops comments and blank lines, splits `OP args`. */
function parseDockerfile(text: string): Instruction[] {
  const logical: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!current && (line === '' || line.startsWith('#'))) continue;
    if (current && line.startsWith('#')) continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    logical.push(current + line);
    current = '';
  }
  return logical.map((l) => {
    const [op, ...rest] = l.split(/\s+/);
    return { op: op.toUpperCase(), args: rest.join(' ') };
  });
}

const instructions = parseDockerfile(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'));
const stages: { from: string; name?: string; body: Instruction[] }[] = [];
for (const ins of instructions) {
  if (ins.op === 'FROM') {
    const [image, as, name] = ins.args.split(/\s+/);
    stages.push({ from: image, name: as?.toUpperCase() === 'AS' ? name : undefined, body: [] });
  } else if (stages.length) {
    stages.at(-1)!.body.push(ins);
  }
}
const runtime = stages.at(-1)!;
const ops = (op: string, stage = runtime) => stage.body.filter((i) => i.op === op);

/** The secret variable names of the cluster's Secret example: none may be an ARG or ENV of the image. */
function secretNames(): string[] {
  const [doc] = parseAllDocuments(readFileSync(path.join(ROOT, 'kubernetes/secret.example.yaml'), 'utf8'));
  return Object.keys((doc.toJS() as { stringData: Record<string, string> }).stringData);
}

describe('Dockerfile', () => {
  it('is multi-stage, with a slim Node 20 runtime', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(runtime.from).toMatch(/^node:20[\w.-]*-slim$/);
    // Every stage it copies from exists.
    const names = stages.map((s) => s.name);
    for (const copy of ops('COPY')) {
      const from = /--from=(\S+)/.exec(copy.args)?.[1];
      if (from) expect(names).toContain(from);
    }
  });

  it('installs exactly the lockfile (npm ci), production dependencies only in what the runtime copies', () => {
    const all = stages.flatMap((s) => s.body);
    const lockCopied = all.findIndex((i) => i.op === 'COPY' && i.args.includes('package-lock.json'));
    const firstCi = all.findIndex((i) => i.op === 'RUN' && /\bnpm ci\b/.test(i.args));
    expect(lockCopied).toBeGreaterThanOrEqual(0);
    expect(firstCi).toBeGreaterThan(lockCopied);
    expect(all.some((i) => i.op === 'RUN' && /\bnpm install\b(?! -g)/.test(i.args))).toBe(false);
    const depsCopy = ops('COPY').find((c) => /--from=\S+ \/app\/ \.\//.test(c.args))!;
    const depsStage = stages.find((s) => s.name === /--from=(\S+)/.exec(depsCopy.args)![1])!;
    expect(ops('RUN', depsStage).some((r) => /npm ci --omit=dev/.test(r.args))).toBe(true);
  });

  it('copies the compiled server, the migrations, the tools and the built chat UI where the code looks for them', () => {
    const workdir = ops('WORKDIR').at(-1)!.args;
    const destinations = ops('COPY')
      .filter((c) => c.args.includes('--from='))
      .map((c) => path.posix.join(workdir, c.args.split(/\s+/).at(-1)!));
    // The compiled code resolves these relative to itself; from the repo root they are the same relative paths.
    const chatUi = path.posix.join(workdir, path.relative(ROOT, CHAT_UI_DIST));
    const migrations = path.posix.join(workdir, path.relative(ROOT, DEFAULT_MIGRATIONS_DIR));
    for (const expected of [chatUi, migrations, '/app/backend/dist', '/app/tools/dist', '/app/packages/contract/dist'])
      expect(destinations).toContain(expected);
    // The build stage proves the artefacts exist, generated Prisma client included.
    const build = stages.find((s) => s.name === 'build')!;
    const checks = ops('RUN', build)
      .map((r) => r.args)
      .join(' ');
    for (const file of [
      'backend/dist/main.js',
      'backend/dist/database/migrate.cli.js',
      'backend/dist/generated/prisma/client.js',
      'chat-ui/dist/index.html',
      'tools/dist/index.js',
      'packages/contract/dist/index.js',
    ]) {
      expect(checks).toContain(`test -f ${file}`);
    }
  });

  it('runs as a non-root numeric user in production mode on port 3000', () => {
    const user = ops('USER').at(-1)!.args;
    expect(user).toMatch(/^\d+(:\d+)?$/);
    expect(Number(user.split(':')[0])).toBeGreaterThan(0);
    expect(ops('ENV').map((e) => e.args)).toContain('NODE_ENV=production');
    expect(ops('EXPOSE').map((e) => e.args)).toEqual(['3000']);
    expect(ops('CMD').at(-1)!.args).toBe('["node", "backend/dist/main.js"]');
  });

  it("sets glibc's malloc as the benchmark measured it: two arenas, fixed mmap and trim thresholds", () => {
    // The runtime stage's ENV assignments (an ENV line may hold several).
    const env = ops('ENV').flatMap((e) => e.args.split(/\s+/));
    expect(env).toEqual(expect.arrayContaining(['MALLOC_ARENA_MAX=2', 'MALLOC_MMAP_THRESHOLD_=131072', 'MALLOC_TRIM_THRESHOLD_=131072']));
  });

  it('health-checks /api/health with node itself (no curl in a slim image)', () => {
    const [healthcheck] = ops('HEALTHCHECK');
    expect(healthcheck.args).toMatch(/CMD \["node", "-e", ".*fetch\(.*\/api\/health'?\)/);
    expect(healthcheck.args).not.toMatch(/curl|wget/);
  });

  it('bakes in no secret: no ARG or ENV holds a key, password, token or database URL', () => {
    const names = secretNames();
    expect(names).toEqual(expect.arrayContaining(['SECRET_KEY', 'OPENAI_API_KEY', 'DATABASE_URL']));
    const declared = stages
      .flatMap((s) => s.body)
      .concat(instructions.filter((i) => i.op === 'ARG'))
      .filter((i) => i.op === 'ARG' || i.op === 'ENV')
      .map((i) => i.args.split(/[=\s]/)[0]);
    for (const name of declared) {
      expect({ name, secret: names.includes(name) || /SECRET|PASSWORD|TOKEN|_KEY$|DSN|DATABASE_URL|SMTP_URL/.test(name) }).toEqual({
        name,
        secret: false,
      });
    }
    expect(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')).not.toMatch(/postgres(ql)?:\/\/[^:\s]+:[^@\s]+@/);
  });
});

describe('.dockerignore', () => {
  const patterns = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  it('keeps dependencies, builds, local data, secrets and git history out of the build context', () => {
    for (const required of ['**/node_modules', '**/dist', 'data', '.env', '.git', 'backups', 'test-results', 'backend/src/generated']) {
      expect(patterns).toContain(required);
    }
  });

  it('keeps what the build needs', () => {
    for (const needed of ['package-lock.json', 'backend', 'tools', 'chat-ui', 'backend/prisma']) expect(patterns).not.toContain(needed);
  });
});

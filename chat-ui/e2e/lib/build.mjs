import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Builds the chat UI, the contract, the tools and the backend if their output is missing (CI's `npm test` builds only the tools). */
export function buildIfMissing({ root, log, backend = true }) {
  const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });
  if (!existsSync(join(root, 'chat-ui/dist/index.html'))) {
    log('chat-ui/dist is missing: building it');
    run('npm run build -w chat-ui');
  }
  if (!backend) return;
  if (!existsSync(join(root, 'packages/contract/dist/index.js'))) {
    log('packages/contract/dist is missing: building it');
    run('npm run build -w @tajer/contract');
  }
  if (!existsSync(join(root, 'tools/dist/index.js'))) {
    log('tools/dist is missing: building it');
    run('npm run build -w tools');
  }
  if (!existsSync(join(root, 'backend/dist/main.js'))) {
    log('backend/dist is missing: building it');
    run('npm run build -w backend');
  }
}

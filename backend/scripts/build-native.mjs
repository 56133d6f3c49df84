// Builds the optional native OCR engine (native/tesseract: an N-API addon over Debian's libtesseract) with node-gyp.
// Optional by design: where libtesseract-dev, pkg-config, a C++ compiler, node-gyp (a dev dependency) or the running
// Node's own headers are missing, it says why and exits 0, and the server reads receipts with tesseract.js
// (backend/src/ocr/native-engine.ts). `--required` (CI, the Docker build) makes any of these an error instead.
// Never downloads: node-gyp gets `--nodedir` = the running node's prefix, which carries include/node.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const required = process.argv.includes('--required');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'native', 'tesseract');
const output = join(dir, 'build', 'Release', 'tajer_tesseract.node');
const sources = [join(dir, 'binding.gyp'), join(dir, 'src', 'engine.cc')];

function skip(reason) {
  const message = `native OCR engine not built: ${reason}; receipts are read with tesseract.js`;
  if (required) {
    console.error(`build:native --required: ${message}`);
    process.exit(1);
  }
  console.log(message);
  process.exit(0);
}

function has(command, args) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (existsSync(output) && sources.every((s) => statSync(s).mtimeMs <= statSync(output).mtimeMs)) {
  console.log(`native OCR engine up to date (${output})`);
  process.exit(0);
}
if (!has('pkg-config', ['--exists', 'tesseract', 'lept'])) skip('no libtesseract-dev/libleptonica-dev (or pkg-config)');
if (!has('c++', ['--version'])) skip('no C++ compiler (g++)');
const nodeDir = dirname(dirname(process.execPath));
if (!existsSync(join(nodeDir, 'include', 'node', 'node_api.h'))) skip(`no Node headers in ${nodeDir}/include/node`);
const require = createRequire(import.meta.url);
let gyp;
try {
  gyp = require.resolve('node-gyp/bin/node-gyp.js');
  require.resolve('node-addon-api');
} catch {
  skip('node-gyp / node-addon-api not installed (dev dependencies)');
}
const result = spawnSync(process.execPath, [gyp, 'rebuild', `--nodedir=${nodeDir}`, '--jobs=2', '--loglevel=warn'], {
  cwd: dir,
  stdio: 'inherit',
});
if (result.status !== 0) skip(`node-gyp failed (exit ${result.status ?? result.signal})`);
console.log(`native OCR engine built: ${output}`);

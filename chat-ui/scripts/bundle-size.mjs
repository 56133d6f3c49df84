#!/usr/bin/env node
/**
 * The JavaScript the first screen needs (the entry script and the chunks index.html preloads), gzipped, against the
 * 200 KB budget. Lazy chunks (markdown, charts, support console, views) are listed apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 200 * 1024;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

let total = 0;
console.log('initial JS (gzip):');
for (const f of initial) {
  const size = gz(f);
  total += size;
  console.log(`  ${f.padEnd(44)} ${kb(size)}`);
}
console.log('lazy JS (gzip):');
for (const f of readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.has(`assets/${f}`))) {
  console.log(`  assets/${f.padEnd(37)} ${kb(gz(`assets/${f}`))}`);
}
console.log(`initial JS total: ${kb(total)} gzipped (budget ${kb(BUDGET)})`);
process.exit(total <= BUDGET ? 0 : 1);

import { setFlagsFromString } from 'node:v8';
import type { AppConfig } from '../../config/app-config';

/**
 * How far V8 lets the JavaScript heap grow past what its last full collection kept before it collects again.
 *
 * V8 picks that factor itself, up to 4 on a machine with a lot of memory: with ~140 MB live after a full collection,
 * the next one came at ~500 MB, so under chat load the old space filled with turns' promoted garbage for thousands of
 * turns and RSS climbed 290 → 680 MB over 10,000 turns, each full collection further apart than the last
 * (bench/README.md, tenth pass). A bound of 50 % collects every ~1,000 turns instead, each collection costing the same
 * marking of the live heap. V8 reads the flag at every full collection, so setting it at start applies to the whole
 * run; `node --heap-growing-percent` cannot be given through NODE_OPTIONS, and `npm start`, the Docker image and the
 * benchmark all start `node dist/main.js`, hence here. 0 leaves V8's own choice.
 */
export function limitHeapGrowth(config: Pick<AppConfig, 'HEAP_GROWING_PERCENT'>): void {
  if (config.HEAP_GROWING_PERCENT > 0) setFlagsFromString(`--heap-growing-percent=${config.HEAP_GROWING_PERCENT}`);
}

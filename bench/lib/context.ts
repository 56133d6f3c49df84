import type { BenchBackend, BenchDatabase } from './product-stack';

/** What every scenario gets from the runner: the mode, the seeded database and a running product backend. */
export interface BenchContext {
  quick: boolean;
  /** Unique per run: client message ids, temp files. */
  runId: string;
  tmpDir: string;
  db: BenchDatabase;
  backend: BenchBackend;
  /** Access token of owner@demo.dz on `backend`. */
  token: string;
  log(msg: string): void;
}

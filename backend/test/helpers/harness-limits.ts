/**
 * Request and turn limits for harnesses that send thousands of requests and messages from one address and one user:
 * test apps and processes, the agent evaluation, the benchmarks and the browser suite (which reads the JSON itself).
 * The limits themselves have their own tests.
 */
// Not harness-limits.json: Node resolves './harness-limits' to a .json before a .ts (swc-node runs the bench and the evaluation).
import limits from './generous-limits.json';

export const GENEROUS_LIMITS: Record<string, string> = limits;

/**
 * Request and turn limits for harnesses that send thousands of requests and messages from one address and one user:
 * test apps and processes, the agent evaluation, the benchmarks and the browser suite (which reads the JSON itself).
 * The limits themselves have their own tests.
 */
import limits from './harness-limits.json';

export const GENEROUS_LIMITS: Record<string, string> = limits;

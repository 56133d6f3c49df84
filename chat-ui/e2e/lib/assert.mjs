import assert from 'node:assert/strict';
export default assert;

/** Polls `fn` until it returns a truthy value (server-side effects land after the UI updates). */
export async function eventually(fn, { timeout = 15_000, interval = 250, message = 'condition never became true' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`${message}${last instanceof Error ? `: ${last.message}` : ''}`);
}

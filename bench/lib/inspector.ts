/**
 * A backend's V8 inspector over its WebSocket protocol (the process started with NODE_OPTIONS=--inspect=…): the soak
 * forces a full collection before reading the heap, so what it charts is what survives, not garbage awaiting a GC.
 */
import WebSocket from 'ws';

export interface Inspector {
  call<T = unknown>(method: string, params?: object): Promise<T>;
  /** A full, forced collection, then the V8 heap in use, in MB. */
  heapAfterGcMb(): Promise<number>;
  close(): void;
}

export async function connectInspector(port: number): Promise<Inspector> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const ws = new WebSocket(targets[0].webSocketDebuggerUrl, { maxPayload: 1 << 30 });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
  });
  const call = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve) => {
      id += 1;
      pending.set(id, resolve as (r: unknown) => void);
      ws.send(JSON.stringify({ id, method, params }));
    });
  return {
    call,
    heapAfterGcMb: async () => {
      await call('HeapProfiler.collectGarbage');
      const { usedSize } = await call<{ usedSize: number }>('Runtime.getHeapUsage');
      return Math.round((usedSize / 2 ** 20) * 10) / 10;
    },
    close: () => ws.close(),
  };
}

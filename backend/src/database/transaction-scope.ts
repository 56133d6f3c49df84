import { AsyncLocalStorage } from 'node:async_hooks';
import type { Prisma } from '../generated/prisma/client';

/**
 * An ambient transaction: while `run` of a TransactionScope is on the stack, every query any repository makes
 * through PrismaService goes to that one transaction, and a repository's own `$transaction(fn)` becomes a savepoint
 * inside it (its failure rolls back its part only, as it would have alone). This is how an approval's claim, the
 * write it approves and the call's outcome commit together or not at all (ApprovalService), without threading a
 * transaction client through every service a tool uses.
 */
export interface AmbientTransaction {
  tx: Prisma.TransactionClient;
  /** False once the transaction ended: a query started later (a detached promise) uses the pool again. */
  open: boolean;
  savepoints: number;
}

export const ambientTransaction = new AsyncLocalStorage<AmbientTransaction>();

/** `$transaction` inside the ambient one: arrays run in order on it, callbacks in a savepoint. */
export async function joinAmbient(scope: AmbientTransaction, arg: unknown): Promise<unknown> {
  if (Array.isArray(arg)) {
    const results: unknown[] = [];
    for (const query of arg) results.push(await query);
    return results;
  }
  if (typeof arg !== 'function') throw new TypeError('$transaction expects an array or a function');
  const name = `tajer_sp_${++scope.savepoints}`;
  await scope.tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
  try {
    const result = await (arg as (tx: Prisma.TransactionClient) => Promise<unknown>)(scope.tx);
    await scope.tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (err) {
    await scope.tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => undefined);
    throw err;
  }
}

/** Wraps the process's Prisma client so that, inside an ambient transaction, it speaks to that transaction. */
export function withAmbientTransactions<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, prop) {
      const scope = ambientTransaction.getStore();
      if (scope?.open) {
        if (prop === '$transaction') return (arg: unknown) => joinAmbient(scope, arg);
        if (typeof prop === 'string' && prop in scope.tx) return (scope.tx as unknown as Record<string, unknown>)[prop];
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' && typeof prop === 'string' && prop.startsWith('$') ? value.bind(target) : value;
    },
  });
}

// Several workers share one store. A write that finds the store locked by another worker (most
// often a register replay, which holds the write lock for seconds on SQLite) has lost a race,
// not failed: it waits and tries again here instead of spending one of the job's retries.

import type { Store } from '../store/store.js';

/** Error codes that mean "locked by someone else, try again": SQLite's busy, PostgreSQL's serialization failure, deadlock and lock timeout. */
const LOCK_CONTENTION_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', '40001', '40P01', '55P03']);

export function isLockContention(err: unknown): boolean {
  return LOCK_CONTENTION_CODES.has(String((err as { code?: unknown } | null)?.code));
}

/** The store with `addDocument`, `addDocuments` and `refresh` retried while they meet lock contention, for up to `maxWaitMs`. */
export function retryingOnContention(store: Store, maxWaitMs: number): Store {
  const retrying = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    const deadline = Date.now() + maxWaitMs;
    for (let wait = 100; ; wait = Math.min(wait * 2, 2000)) {
      try {
        return await fn(...args);
      } catch (err) {
        if (!isLockContention(err) || Date.now() + wait > deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  };
  const addDocument = retrying(store.addDocument.bind(store));
  const addDocuments = retrying(store.addDocuments.bind(store));
  const refresh = retrying(store.refresh.bind(store));
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'addDocument') return addDocument;
      if (prop === 'addDocuments') return addDocuments;
      if (prop === 'refresh') return refresh;
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

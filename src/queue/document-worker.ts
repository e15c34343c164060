// `corridor worker`: takes document jobs from the queue, extracts and stores each through the
// Store, and keeps the register fresh. Exactly once comes from the store, not the queue: a job
// may run twice (its worker died, or held it past its time), and the second run finds the
// content hash already stored and adds nothing.

import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { ExtractPool, inProcessExtractor, type Extractor } from '../pipeline/extract-pool.js';
import { prepare, storeOne, type IngestOutcome } from '../pipeline/ingest-documents.js';
import type { Store } from '../store/store.js';
import { parseDocumentJob, readDocumentOf } from './document-job.js';
import { DOCUMENTS_QUEUE } from './job-policy.js';
import { retryingOnContention } from './lock-contention.js';

export interface WorkerOptions {
  /** Jobs held at once; above 1, extraction runs on that many threads (storing stays on this one). */
  concurrency: number;
  lexicons?: string[];
  /** While busy, the register is replayed at most this long after a document made it stale. */
  refreshEveryMs: number;
  /** Wait between fetches while the queue is empty. */
  idlePollMs: number;
  /** How often this worker fails jobs held past their time (by a dead worker) so they return to the queue. */
  expireCheckMs: number;
  /** Aborting stops taking jobs; those held are finished and acknowledged first. */
  signal: AbortSignal;
  onJob?: (input: string, outcome: JobOutcome) => void;
  onRefresh?: (rebuilt: boolean, documents: number) => void;
  onRefreshFailed?: (reason: string) => void;
}

export type JobOutcome = { status: 'new' | 'present' } | { status: 'failed'; reason: string };

export interface WorkerStats { new: number; present: number; failed: number; refreshes: number }

/** How long a store or refresh may keep meeting another worker's lock before it counts as a failure. */
const CONTENTION_WAIT_MS = 120_000;

export async function runDocumentWorker(boss: PgBoss, sharedStore: Store, opts: WorkerOptions): Promise<WorkerStats> {
  const store = retryingOnContention(sharedStore, CONTENTION_WAIT_MS);
  const stats: WorkerStats = { new: 0, present: 0, failed: 0, refreshes: 0 };
  const extractor: Extractor = opts.concurrency > 1 ? new ExtractPool(opts.concurrency, opts.lexicons) : inProcessExtractor;
  const held = new Set<Promise<void>>();
  // one writer: stores and refreshes run one after another on this chain
  let writes: Promise<unknown> = Promise.resolve();
  let staleSince: number | null = null;

  // A failed refresh leaves the register marked stale in the store (any later refresh, ingest or
  // serve replays it), so it is reported and tried again at the next chance, never fatal.
  const refresh = async () => {
    const since = staleSince;
    staleSince = null;
    const done = writes.then(() => store.refresh());
    writes = done.catch(() => {});
    try {
      const r = await done;
      stats.refreshes++;
      opts.onRefresh?.(r.rebuilt, r.documents);
    } catch (err) {
      staleSince = since === null ? null : Date.now(); // not again at once: a broken store would only repeat itself
      opts.onRefreshFailed?.((err as Error).message.split('\n')[0]);
    }
  };

  const handle = async (job: PgBoss.Job<unknown>): Promise<void> => {
    const parsed = parseDocumentJob(job.data);
    let outcome: IngestOutcome | { status: 'failed'; reason: string; input: string };
    if ('reason' in parsed) {
      const input = (job.data as { input?: unknown } | null)?.input;
      outcome = { status: 'failed', reason: parsed.reason, input: typeof input === 'string' ? input : `job ${job.id}` };
    } else {
      const r = readDocumentOf(parsed.job);
      const prepared = prepare(r, store, extractor);
      prepared.catch(() => {}); // storeOne reports it
      const stored = writes.then(() => storeOne(r, prepared, store));
      writes = stored;
      outcome = await stored;
    }
    try {
      if (outcome.status === 'failed') {
        // pg-boss retries it after its delay, and after the last retry moves it, with this reason, to the dead-letter queue
        await boss.fail(DOCUMENTS_QUEUE, job.id, { reason: outcome.reason });
        stats.failed++;
        opts.onJob?.(outcome.input, { status: 'failed', reason: outcome.reason ?? 'unknown' });
        return;
      }
      await boss.complete(DOCUMENTS_QUEUE, job.id, { status: outcome.status, documentId: outcome.documentId ?? null });
      stats[outcome.status]++;
      if (outcome.status === 'new') staleSince ??= Date.now();
      opts.onJob?.(outcome.input, { status: outcome.status });
    } catch (err) {
      // the acknowledgement was lost: the job expires and runs again, and finds its document stored
      process.stderr.write(`corridor: worker: could not acknowledge job ${job.id}: ${(err as Error).message.split('\n')[0]}\n`);
    }
  };

  const expireTimer = setInterval(() => { boss.expire().catch(() => {}); }, opts.expireCheckMs);
  expireTimer.unref();
  try {
    while (!opts.signal.aborted) {
      const free = opts.concurrency - held.size;
      const jobs = free > 0 ? await boss.fetch<unknown>(DOCUMENTS_QUEUE, { batchSize: free }) : [];
      for (const job of jobs) {
        const p: Promise<void> = handle(job).finally(() => held.delete(p));
        held.add(p);
      }
      if (staleSince !== null && Date.now() - staleSince >= opts.refreshEveryMs) await refresh();
      if (held.size >= opts.concurrency) await Promise.race(held);
      else if (jobs.length === 0) {
        if (held.size > 0) { await Promise.race(held); continue; }
        // idle: the register should be current whenever nothing is happening
        if (staleSince !== null) await refresh();
        await sleep(opts.idlePollMs, undefined, { signal: opts.signal }).catch(() => {});
      }
    }
    await Promise.all(held);
    if (staleSince !== null) await refresh();
  } finally {
    clearInterval(expireTimer);
    await Promise.allSettled(held);
    await extractor.close();
  }
  return stats;
}

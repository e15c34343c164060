// `ingest --queue`: read here, enqueue one job per document, so workers elsewhere need neither
// this disk nor these URLs. Reading failures are reported exactly as `ingest` reports them.

import type PgBoss from 'pg-boss';
import { isFailure, type ReadDocument, type ReadResult } from '../ingest/document.js';
import { expandInputs, readInput, type ReadInputOptions } from '../ingest/read-inputs.js';
import type { IngestProgress } from '../pipeline/ingest-documents.js';
import type { TakeItems } from '../pipeline/watch-feeds.js';
import type { Store } from '../store/store.js';
import { documentJob, jobIdFor } from './document-job.js';
import { DOCUMENTS_QUEUE, type JobPolicy } from './job-policy.js';

export interface EnqueueOutcome { input: string; status: 'queued' | 'already queued' | 'failed'; reason?: string; title?: string | null }

export interface EnqueueSummary { outcomes: EnqueueOutcome[]; queued: number; alreadyQueued: number; failed: number }

export interface EnqueueOptions extends ReadInputOptions {
  policy: JobPolicy;
  onProgress?: (p: IngestProgress) => void;
}

/** Sends one document; a job with its content hash already in the queue (waiting, running or done) is left as it is. */
export async function enqueueDocument(boss: PgBoss, r: ReadDocument, policy: JobPolicy): Promise<EnqueueOutcome> {
  const job = documentJob(r);
  try {
    const id = await boss.send(DOCUMENTS_QUEUE, job, { id: jobIdFor(job.hash), singletonKey: job.hash, ...policy });
    return { input: r.input, status: id === null ? 'already queued' : 'queued', title: r.meta.title };
  } catch (err) {
    return { input: r.input, status: 'failed', reason: `could not enqueue: ${(err as Error).message.split('\n')[0]}` };
  }
}

/** Enqueues what readers produced (a polled feed's items); failures pass through as outcomes. */
export async function enqueueReadResults(results: ReadResult[], boss: PgBoss, policy: JobPolicy): Promise<EnqueueSummary> {
  const outcomes: EnqueueOutcome[] = [];
  for (const r of results) outcomes.push(isFailure(r) ? { input: r.input, status: 'failed', reason: r.reason } : await enqueueDocument(boss, r, policy));
  return summarize(outcomes);
}

export async function enqueueDocuments(inputs: string[], boss: PgBoss, opts: EnqueueOptions): Promise<EnqueueSummary> {
  const { items, failures } = await expandInputs(inputs);
  const outcomes: EnqueueOutcome[] = failures.map((f) => ({ input: f.input, status: 'failed' as const, reason: f.reason }));
  for (const [done, item] of items.entries()) {
    opts.onProgress?.({ total: items.length, done, current: item });
    outcomes.push(...(await enqueueReadResults(await readInput(item, opts), boss, opts.policy)).outcomes);
  }
  opts.onProgress?.({ total: items.length, done: items.length, current: '' });
  return summarize(outcomes);
}

function summarize(outcomes: EnqueueOutcome[]): EnqueueSummary {
  return {
    outcomes,
    queued: outcomes.filter((o) => o.status === 'queued').length,
    alreadyQueued: outcomes.filter((o) => o.status === 'already queued').length,
    failed: outcomes.filter((o) => o.status === 'failed').length,
  };
}

/** `watch --queue`: enqueues a feed's items that the register does not already hold. */
export function enqueueNewItems(boss: PgBoss, store: Store, policy: JobPolicy): TakeItems {
  return async (results) => {
    const fresh: ReadResult[] = [];
    for (const r of results) if (isFailure(r) || !(await store.hasDocument(documentJob(r).hash))) fresh.push(r);
    const summary = await enqueueReadResults(fresh, boss, policy);
    return { added: summary.queued, failed: summary.failed, reason: summary.outcomes.find((o) => o.status === 'failed')?.reason };
  };
}

// `ingest --queue`: read here, enqueue one job per document, so workers elsewhere need neither
// this disk nor these URLs. Reading failures are reported exactly as `ingest` reports them.

import type PgBoss from 'pg-boss';
import { isFailure, type ReadDocument, type ReadResult } from '../ingest/document.js';
import { expandInputs, readInput, type ReadInputOptions } from '../ingest/read-inputs.js';
import type { IngestProgress } from '../pipeline/ingest-documents.js';
import type { TakeItems } from '../pipeline/watch-feeds.js';
import type { Store } from '../store/store.js';
import { documentJob, jobIdFor, type DocumentJob } from './document-job.js';
import { DOCUMENTS_QUEUE, type JobPolicy } from './job-policy.js';
import { queueSchema } from './open-queue.js';

export interface EnqueueOutcome { input: string; status: 'queued' | 'already queued' | 'failed'; reason?: string; title?: string | null }

export interface EnqueueSummary { outcomes: EnqueueOutcome[]; queued: number; alreadyQueued: number; failed: number }

export interface EnqueueOptions extends ReadInputOptions {
  policy: JobPolicy;
  onProgress?: (p: IngestProgress) => void;
}

/**
 * Documents sent in one statement. A job sent alone is a commit (a WAL flush: about as long as
 * reading the document), which made enqueueing a large archive take longer than extracting it.
 */
const SEND_BATCH = 200;

/** Sends one document; a job with its content hash already in the queue (waiting, running or done) is left as it is. */
export async function enqueueDocument(boss: PgBoss, r: ReadDocument, policy: JobPolicy): Promise<EnqueueOutcome> {
  const job = documentJob(r);
  try {
    const id = await boss.send(DOCUMENTS_QUEUE, job, { id: jobIdFor(job.hash), singletonKey: job.hash, ...policy });
    return { input: r.input, status: id === null ? 'already queued' : 'queued', title: r.meta.title };
  } catch (err) {
    return { input: r.input, status: 'failed', reason: failedToSend(err) };
  }
}

/**
 * Sends documents as `enqueueDocument` does, in one insert: the jobs whose id (the content
 * hash's) is already in the queue are left out first, so each outcome says which were new.
 * Another process enqueueing the same document at the same moment may make one count as new
 * here too; the insert still adds it once. Without the schema (a pg-boss opened elsewhere), one
 * at a time.
 */
export async function enqueueBatch(boss: PgBoss, docs: readonly ReadDocument[], policy: JobPolicy): Promise<EnqueueOutcome[]> {
  const schema = queueSchema(boss);
  if (!schema) {
    const out: EnqueueOutcome[] = [];
    for (const r of docs) out.push(await enqueueDocument(boss, r, policy));
    return out;
  }
  const jobs = docs.map((r) => ({ r, job: documentJob(r) })).map(({ r, job }) => ({ r, job, id: jobIdFor(job.hash) }));
  try {
    const { rows } = await boss.getDb().executeSql(
      `SELECT id::text AS id FROM ${schema}.job WHERE name = $1 AND id = ANY($2::uuid[])`, [DOCUMENTS_QUEUE, jobs.map((j) => j.id)]);
    const queued = new Set((rows as { id: string }[]).map((row) => row.id));
    const fresh: { id: string; job: DocumentJob }[] = [];
    const outcomes = jobs.map(({ r, job, id }): EnqueueOutcome => {
      if (queued.has(id)) return { input: r.input, status: 'already queued', title: r.meta.title };
      queued.add(id); // the same text twice in one batch: the second finds the first
      fresh.push({ id, job });
      return { input: r.input, status: 'queued', title: r.meta.title };
    });
    if (fresh.length > 0) {
      await boss.insert(fresh.map(({ id, job }) => ({ id, name: DOCUMENTS_QUEUE, data: job, singletonKey: job.hash, ...policy })));
    }
    return outcomes;
  } catch (err) {
    return jobs.map(({ r }) => ({ input: r.input, status: 'failed', reason: failedToSend(err) }));
  }
}

function failedToSend(err: unknown): string {
  return `could not enqueue: ${(err as Error).message.split('\n')[0]}`;
}

/** Enqueues what readers produced (a polled feed's items); failures pass through as outcomes, in order. */
export async function enqueueReadResults(results: ReadResult[], boss: PgBoss, policy: JobPolicy): Promise<EnqueueSummary> {
  const outcomes: EnqueueOutcome[] = [];
  const pending = new Batcher(boss, policy, outcomes);
  for (const r of results) {
    if (isFailure(r)) outcomes.push({ input: r.input, status: 'failed', reason: r.reason });
    else await pending.add(r);
  }
  await pending.flush();
  return summarize(outcomes);
}

export async function enqueueDocuments(inputs: string[], boss: PgBoss, opts: EnqueueOptions): Promise<EnqueueSummary> {
  const { items, failures } = await expandInputs(inputs);
  const outcomes: EnqueueOutcome[] = failures.map((f) => ({ input: f.input, status: 'failed' as const, reason: f.reason }));
  const pending = new Batcher(boss, opts.policy, outcomes);
  for (const [done, item] of items.entries()) {
    opts.onProgress?.({ total: items.length, done, current: item });
    for (const r of await readInput(item, opts)) {
      if (isFailure(r)) outcomes.push({ input: r.input, status: 'failed', reason: r.reason });
      else await pending.add(r);
    }
  }
  await pending.flush();
  opts.onProgress?.({ total: items.length, done: items.length, current: '' });
  return summarize(outcomes);
}

/** Collects documents and sends them SEND_BATCH at a time; each outcome lands in its reading-order slot. */
class Batcher {
  private docs: ReadDocument[] = [];
  private slots: number[] = [];

  constructor(private readonly boss: PgBoss, private readonly policy: JobPolicy, private readonly outcomes: EnqueueOutcome[]) {}

  async add(r: ReadDocument): Promise<void> {
    this.slots.push(this.outcomes.length);
    this.outcomes.push({ input: r.input, status: 'failed', reason: 'not sent' }); // replaced when its batch is sent
    this.docs.push(r);
    if (this.docs.length >= SEND_BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    const [docs, slots] = [this.docs, this.slots];
    this.docs = [];
    this.slots = [];
    if (docs.length === 0) return;
    const sent = await enqueueBatch(this.boss, docs, this.policy);
    sent.forEach((o, i) => { this.outcomes[slots[i]] = o; });
  }
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

// `corridor worker`: takes document jobs from the queue, extracts and stores each through the
// Store, and keeps the register fresh. Exactly once comes from the store, not the queue: a job
// may run twice (its worker died, or held it past its time), and the second run finds the
// content hash already stored and adds nothing.

import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import type { ReadDocument } from '../ingest/document.js';
import type { Extraction } from '../nlp/extraction.js';
import { ExtractPool, inProcessExtractor, type Extractor } from '../pipeline/extract-pool.js';
import { contentHash, prepare } from '../pipeline/ingest-documents.js';
import type { StorableDocument, SerializedExtraction, Store } from '../store/store.js';
import { jobIdFor, parseDocumentJob, readDocumentOf } from './document-job.js';
import { hostname } from 'node:os';
import { DOCUMENTS_QUEUE, REPLAY_FAILURES_QUEUE, REPLAYS_QUEUE } from './job-policy.js';
import { queueSchema } from './open-queue.js';
import { retryingOnContention } from './lock-contention.js';

export interface WorkerOptions {
  /** Extraction threads (1: on this thread); storing stays on this one. Up to JOBS_PER_THREAD jobs a thread are held at once. */
  concurrency: number;
  lexicons?: string[];
  /** While the queue is busy, the register is replayed at most this long after a document made it stale. */
  refreshEveryMs: number;
  /** Wait between fetches while the queue is empty. */
  idlePollMs: number;
  /** How often this worker fails jobs held past their time (by a dead worker) so they return to the queue. */
  expireCheckMs: number;
  /** Aborting stops taking jobs; those held are finished and acknowledged first. */
  signal: AbortSignal;
  onJob?: (input: string, outcome: JobOutcome) => void;
  /** After each refresh: whether it replayed the register, over how many documents, and how long it took (waiting for the lock included). */
  onRefresh?: (rebuilt: boolean, documents: number, ms: number) => void;
  onRefreshFailed?: (reason: string) => void;
}

export type JobOutcome = { status: 'new' | 'present' } | { status: 'failed'; reason: string };

export interface WorkerStats { new: number; present: number; failed: number; refreshes: number }

/**
 * Each fetch and each acknowledgement is a PostgreSQL commit (a WAL flush: milliseconds, as long
 * as extracting a document), so jobs are fetched a few at a time and completions sent in batches.
 * A batch lost with its worker only means those jobs run again and find their documents stored.
 */
const JOBS_PER_THREAD = 4;
const ACK_BATCH = 50;
const ACK_DELAY_MS = 250;

/** Documents extracted while the previous store ran are stored together, up to this many a store call. */
const MAX_STORE_BATCH = 32;

/**
 * A replay holds the write lock for as long as it takes (every worker's stores wait), so while
 * the queue is busy the next one comes no sooner than this many times the last one's length
 * after the register went stale again: replays then take at most about a third of the lock's time.
 */
const REPLAY_SPACING = 2;

/**
 * Jobs held are kept alive at this fraction of their time: pg-boss 10 cannot extend a job's
 * time, and a replay holds the write lock for minutes on a large register (2,000 documents on
 * PostgreSQL: 3-4 min against the 5-minute default), during which every worker's held jobs wait
 * for it. Past their time they would count as failed attempts and, with enough replays, end
 * among the dead letters though nothing was wrong. A worker that dies stops keeping them alive,
 * so its jobs still come back after their time.
 */
const KEEPALIVE_FRACTION = 1 / 3;

/**
 * How long a replay claim stays in the queue after its period ends. Workers on other machines
 * compute periods from their own clocks; this covers their skew. pg-boss keeps a job it never
 * hands out 14 days by default, so without it every busy period left a row for two weeks.
 */
const CLAIM_MARGIN_MS = 10 * 60_000;

/** A replay failure that goes on is reported to the queue again this often. */
const REPORT_AGAIN_MS = 10 * 60_000;

/** How long a store or refresh may keep meeting another worker's lock before it counts as a failure. */
const CONTENTION_WAIT_MS = 120_000;

interface Waiting { doc: StorableDocument; done: (o: JobOutcome) => void }

export async function runDocumentWorker(boss: PgBoss, sharedStore: Store, opts: WorkerOptions): Promise<WorkerStats> {
  const store = retryingOnContention(sharedStore, CONTENTION_WAIT_MS);
  const stats: WorkerStats = { new: 0, present: 0, failed: 0, refreshes: 0 };
  const extractor: Extractor = opts.concurrency > 1 ? new ExtractPool(opts.concurrency, opts.lexicons) : inProcessExtractor;
  const window = JOBS_PER_THREAD * opts.concurrency;
  const held = new Set<Promise<void>>();
  const keepAlive = new HeldJobs(boss);
  let acks: string[] = [];
  let ackTimer: NodeJS.Timeout | null = null;
  const flushAcks = async () => {
    if (ackTimer) { clearTimeout(ackTimer); ackTimer = null; }
    const ids = acks;
    acks = [];
    if (!ids.length) return;
    // a lost acknowledgement is harmless: the jobs expire, run again and find their documents stored
    try { await boss.complete(DOCUMENTS_QUEUE, ids); } catch (err) { process.stderr.write(`corridor: worker: could not acknowledge ${ids.length} jobs: ${(err as Error).message.split('\n')[0]}\n`); }
  };

  // one writer: store calls and refreshes run one after another on this chain
  let writes: Promise<unknown> = Promise.resolve();
  const serially = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = writes.then(fn);
    writes = p.catch(() => {});
    return p;
  };

  // Extracted documents wait here for the writer, which takes all that wait in one store call.
  const waiting: Waiting[] = [];
  let writing = false;
  const writeWaiting = async () => {
    if (writing) return;
    writing = true;
    try {
      while (waiting.length > 0) {
        const batch = waiting.splice(0, MAX_STORE_BATCH);
        const outcomes = await serially(() => storeDocuments(store, batch.map((w) => w.doc)));
        batch.forEach((w, i) => w.done(outcomes[i]));
      }
    } finally {
      writing = false;
    }
  };
  const stored = (doc: StorableDocument) => new Promise<JobOutcome>((done) => {
    waiting.push({ doc, done });
    void writeWaiting();
  });

  let staleSince: number | null = null;
  let lastReplayMs = 0;
  /** The last replay failure this worker reported to the queue; null once a refresh succeeded. */
  let failure: { reason: string; at: number } | null = null;
  // A failed refresh leaves the register marked stale in the store (any later refresh, ingest or
  // serve replays it), so it is reported and tried again at the next chance, never fatal.
  const refresh = async () => {
    const since = staleSince;
    staleSince = null;
    const started = Date.now();
    try {
      const r = await serially(() => store.refresh());
      const ms = Date.now() - started;
      if (r.rebuilt) lastReplayMs = ms;
      // the register is current: failures reported by any worker no longer describe it
      failure = null;
      await clearReplayFailures(boss);
      // documents the replay left out stay listed for `corridor jobs` until a replay takes them all
      const left = r.failed ?? [];
      if (left.length > 0) {
        await reportReplayFailure(boss, `${left.length} stored document${left.length > 1 ? 's' : ''} left out of the register: ${left.slice(0, 3).map((f) => `#${f.documentId} (${f.reason})`).join('; ')}${left.length > 3 ? '; ...' : ''}`);
      }
      stats.refreshes++;
      opts.onRefresh?.(r.rebuilt, r.documents, ms);
    } catch (err) {
      staleSince = since === null ? null : Date.now(); // not again at once: a broken store would only repeat itself
      const reason = (err as Error).message.split('\n')[0];
      // once per reason, and again every REPORT_AGAIN_MS while it lasts (an idle worker retries at every poll)
      if (!failure || failure.reason !== reason || Date.now() - failure.at >= REPORT_AGAIN_MS) {
        failure = { reason, at: Date.now() };
        await reportReplayFailure(boss, reason);
      }
      opts.onRefreshFailed?.(reason);
    }
  };
  const busyRefreshDue = () => staleSince !== null && Date.now() - staleSince >= Math.max(opts.refreshEveryMs, REPLAY_SPACING * lastReplayMs);
  // Each worker's clock starts with its own first new document, so without a shared claim every
  // worker would replay once a period, one after another. A period is claimed by sending a job
  // whose id is the period's (a second send of that id adds nothing and says so); the replaying
  // worker goes on claiming the periods its replay lasts and REPLAY_SPACING times that after it.
  const periodOf = (t: number) => Math.floor(t / opts.refreshEveryMs);
  const claimId = (period: number) => jobIdFor(createHash('sha256').update(`corridor register replay ${opts.refreshEveryMs} ${period}`).digest('hex'));
  const claimKeptUntil = (period: number) => (period + 1) * opts.refreshEveryMs + CLAIM_MARGIN_MS;
  const claim = async (period: number): Promise<boolean> => {
    try {
      const retentionSeconds = Math.max(1, Math.ceil((claimKeptUntil(period) - Date.now()) / 1000));
      return (await boss.send(REPLAYS_QUEUE, {}, { id: claimId(period), retentionSeconds })) !== null;
    } catch {
      return true; // the queue cannot say: replay as if alone
    }
  };
  const busyRefresh = async () => {
    if (!(await claim(periodOf(Date.now())))) {
      staleSince = Date.now(); // another worker replays this period: the register is (being) brought up to date
      return;
    }
    const heartbeat = setInterval(() => { void claim(periodOf(Date.now())); }, Math.max(250, opts.refreshEveryMs / 4));
    const started = Date.now();
    try {
      await refresh();
    } finally {
      clearInterval(heartbeat);
    }
    const [from, to] = [periodOf(Date.now()), periodOf(Date.now() + REPLAY_SPACING * (Date.now() - started))];
    const periods = Array.from({ length: Math.min(to - from + 1, 1000) }, (_, i) => from + i);
    await boss.insert(periods.map((p) => ({ id: claimId(p), name: REPLAYS_QUEUE, data: {}, keepUntil: new Date(claimKeptUntil(p)).toISOString() }))).catch(() => {});
    await dropSpentClaims(boss);
  };

  // Idle means no job left anywhere (waiting, retrying, or held by another worker): replaying
  // while another worker still stores its last documents would only make the next replay.
  const queueDrained = async () => {
    try {
      return (await boss.getQueueSize(DOCUMENTS_QUEUE, { before: 'completed' })) === 0;
    } catch {
      return true; // the queue cannot say: keep the register current as if it were idle
    }
  };

  const handle = async (job: PgBoss.Job<unknown>): Promise<void> => {
    const parsed = parseDocumentJob(job.data);
    let input: string;
    let outcome: JobOutcome;
    if ('reason' in parsed) {
      const given = (job.data as { input?: unknown } | null)?.input;
      input = typeof given === 'string' ? given : `job ${job.id}`;
      outcome = { status: 'failed', reason: parsed.reason };
    } else {
      const r = readDocumentOf(parsed.job);
      input = r.input;
      try {
        const p = await prepare(r, store, extractor);
        outcome = p.present ? { status: 'present' } : await stored(newDocument(r, p.extraction));
      } catch (err) {
        outcome = { status: 'failed', reason: `could not extract or store: ${(err as Error).message.split('\n')[0]}` };
      }
    }
    try {
      if (outcome.status === 'failed') {
        // pg-boss retries it after its delay, and after the last retry moves it, with this reason, to the dead-letter queue
        await boss.fail(DOCUMENTS_QUEUE, job.id, { reason: outcome.reason });
        stats.failed++;
        opts.onJob?.(input, outcome);
        return;
      }
      acks.push(job.id);
      if (acks.length >= ACK_BATCH) await flushAcks();
      else ackTimer ??= setTimeout(() => { void flushAcks(); }, ACK_DELAY_MS);
      stats[outcome.status]++;
      if (outcome.status === 'new') staleSince ??= Date.now();
      opts.onJob?.(input, outcome);
    } catch (err) {
      // the acknowledgement was lost: the job expires and runs again, and finds its document stored
      process.stderr.write(`corridor: worker: could not acknowledge job ${job.id}: ${(err as Error).message.split('\n')[0]}\n`);
    }
  };

  const expireTimer = setInterval(() => { boss.expire().catch(() => {}); }, opts.expireCheckMs);
  expireTimer.unref();
  try {
    while (!opts.signal.aborted) {
      const free = window - held.size;
      const jobs = free > 0 ? await boss.fetch<unknown>(DOCUMENTS_QUEUE, { batchSize: free }) : [];
      for (const job of jobs) {
        keepAlive.add(job);
        const p: Promise<void> = handle(job).finally(() => { keepAlive.delete(job.id); held.delete(p); });
        held.add(p);
      }
      if (busyRefreshDue()) await busyRefresh();
      if (held.size >= window) await Promise.race(held);
      else if (jobs.length === 0) {
        if (held.size > 0) { await Promise.race(held); continue; }
        await flushAcks();
        // idle: the register should be current whenever nothing is happening
        if (staleSince !== null && (await queueDrained())) await refresh();
        await sleep(opts.idlePollMs, undefined, { signal: opts.signal }).catch(() => {});
      }
    }
    await Promise.all(held);
    await flushAcks();
    // leaving, this worker's documents should be in the register: a few more tries before giving up (it stays marked stale)
    for (let attempt = 0; attempt < 3 && staleSince !== null; attempt++) await refresh();
  } finally {
    clearInterval(expireTimer);
    keepAlive.stop();
    await Promise.allSettled(held);
    await flushAcks();
    await extractor.close();
  }
  return stats;
}

/** The document to store for a job's text and its extraction (the content hash is of the text extraction analysed). */
function newDocument(r: ReadDocument, extraction: Extraction | SerializedExtraction): StorableDocument {
  const text = extraction.text ?? r.text;
  return { input: r.input, path: r.path, kind: r.kind, text, meta: r.meta, contentHash: contentHash(text), extraction };
}

/**
 * Stores documents in one transaction (one commit, one turn of the write lock), deferring
 * replays to `refresh()`. A document the store could not take is that job's failure alone; a
 * transaction that failed whole fails them all (each is retried by the queue).
 */
async function storeDocuments(store: Store, docs: StorableDocument[]): Promise<JobOutcome[]> {
  const failed = (reason: string): JobOutcome => ({ status: 'failed', reason: `could not extract or store: ${reason.split('\n')[0]}` });
  try {
    return (await store.addDocuments(docs, { deferRebuild: true })).map((r) => (r.status === 'failed' ? failed(r.reason) : { status: r.status }));
  } catch (err) {
    return docs.map(() => failed((err as Error).message));
  }
}

/**
 * The jobs this worker holds, kept alive while it lives: every second, each one held for more
 * than KEEPALIVE_FRACTION of its time gets its start moved to now (pg-boss fails a job whose
 * start plus its time has passed). pg-boss has no call for it, so this updates its job table,
 * only rows still active (a job that expired meanwhile was handed on and is not taken back).
 */
class HeldJobs {
  private readonly jobs = new Map<string, { expireMs: number; since: number }>();
  private readonly timer: NodeJS.Timeout;
  private beating = false;

  constructor(private readonly boss: PgBoss) {
    this.timer = setInterval(() => { void this.beat(); }, 1000);
    this.timer.unref();
  }

  add(job: PgBoss.Job<unknown>): void {
    const seconds = Number((job as { expireInSeconds?: unknown }).expireInSeconds);
    if (Number.isFinite(seconds) && seconds > 0) this.jobs.set(job.id, { expireMs: seconds * 1000, since: Date.now() });
  }

  delete(id: string): void {
    this.jobs.delete(id);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async beat(): Promise<void> {
    const schema = queueSchema(this.boss);
    if (this.beating || !schema) return;
    const now = Date.now();
    const due = [...this.jobs].filter(([, j]) => now - j.since >= j.expireMs * KEEPALIVE_FRACTION).map(([id]) => id);
    if (due.length === 0) return;
    this.beating = true;
    try {
      await this.boss.getDb().executeSql(
        `UPDATE ${schema}.job SET started_on = now() WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'active'`, [DOCUMENTS_QUEUE, due],
      );
      for (const id of due) {
        const j = this.jobs.get(id);
        if (j) j.since = now;
      }
    } catch {
      // tried again next second; at worst the jobs expire and run again, finding their documents stored
    } finally {
      this.beating = false;
    }
  }
}

/** Removes replay claims whose time has passed (pg-boss would only move them to its archive, days later). */
async function dropSpentClaims(boss: PgBoss): Promise<void> {
  const schema = queueSchema(boss);
  if (!schema) return;
  await boss.getDb().executeSql(`DELETE FROM ${schema}.job WHERE name = $1 AND keep_until < now()`, [REPLAYS_QUEUE]).catch(() => {});
}

/** A failed replay, for `corridor jobs`: kept a week at most, and removed by the next replay that succeeds. */
async function reportReplayFailure(boss: PgBoss, reason: string): Promise<void> {
  const data = { reason, worker: `${hostname()}:${process.pid}`, at: new Date().toISOString() };
  await boss.send(REPLAY_FAILURES_QUEUE, data, { retentionSeconds: 7 * 24 * 3600 }).catch(() => {});
}

/** The register is current again: earlier failures no longer describe it. */
async function clearReplayFailures(boss: PgBoss): Promise<void> {
  const schema = queueSchema(boss);
  if (!schema) return;
  await boss.getDb().executeSql(`DELETE FROM ${schema}.job WHERE name = $1`, [REPLAY_FAILURES_QUEUE]).catch(() => {});
}

import { createHash } from 'node:crypto';
import { expandInputs, readInput, type ReadInputOptions } from '../ingest/read-inputs.js';
import { isFailure, type ReadDocument, type ReadFailure } from '../ingest/document.js';
import { availableParallelism } from 'node:os';
import { analysisText, extract, type ExtractInput } from '../nlp/extract.js';
import type { Extraction } from '../nlp/extraction.js';
import type { StorableDocument, RefreshResult, SerializedExtraction, Store } from '../store/store.js';
import { ExtractPool, inProcessExtractor, type Extractor } from './extract-pool.js';

// read -> extract -> store; one bad input never stops the batch.

export interface IngestOutcome { input: string; status: 'new' | 'present' | 'failed'; reason?: string; documentId?: number; title?: string | null }

export interface IngestProgress { total: number; done: number; current: string }

export interface IngestSummary {
  outcomes: IngestOutcome[]; added: number; present: number; failed: number;
  /** True when older documents arrived and the register was replayed once at the end. */
  rebuilt: boolean;
}

export function extractInput(doc: ReadDocument): ExtractInput {
  return { text: doc.text, title: doc.meta.title, published: doc.meta.published, source: doc.meta.source, path: doc.path, url: doc.meta.url };
}

export function extractDocument(doc: ReadDocument): Extraction {
  return extract(extractInput(doc));
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Batches this small extract in-process: starting threads would cost more than it saves. */
const MIN_BATCH_FOR_THREADS = 16;

/**
 * Documents stored per transaction, and how long a document may wait for its batch's commit.
 * One commit per document cost more than resolving it; 64 takes most of that back while a
 * crash loses at most a moment's work (the next run stores it again, nothing half-written).
 */
const STORE_BATCH_DOCS = 64;
const STORE_BATCH_MS = 250;

export interface IngestOptions extends ReadInputOptions {
  onProgress?: (p: IngestProgress) => void;
  /** Extraction threads: 0 extracts on the main thread; default one per core but the writer's (at least one) for large batches. */
  threads?: number;
  /** User lexicon files, applied in every extraction thread as they are in this one. */
  lexicons?: string[];
}

/**
 * One extraction thread per core but the writer's: the main thread reads, stores and replays,
 * and it is the busier side (about as much CPU per article as extracting it), so a thread on its
 * core only takes time from it. Each thread also loads its own engine and compiles its hot code
 * again (70 to 130 MB and 2 to 4 s of CPU here). On two cores, one thread against two: 78 and
 * 52 against 55 and 47 articles/s, 290-300 against 400-430 MB peak (2,000 generated articles
 * through ingestDocuments, alternating, on a loaded machine).
 */
export function defaultThreads(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/**
 * read -> extract -> store. Reading and storing stay on this thread (one writer); extraction runs
 * on a pool of threads when the batch is large enough. At most a few documents per thread are in
 * flight, so memory stays flat however long the batch, and outcomes keep the inputs' order.
 */
export async function ingestDocuments(inputs: string[], store: Store, opts: IngestOptions = {}): Promise<IngestSummary> {
  const { items, failures } = await expandInputs(inputs);
  const outcomes: IngestOutcome[] = failures.map((f) => ({ input: f.input, status: 'failed' as const, reason: f.reason }));
  const threads = items.length < MIN_BATCH_FOR_THREADS ? 0 : opts.threads ?? defaultThreads();
  const extractor: Extractor = threads > 0 ? new ExtractPool(threads, opts.lexicons) : inProcessExtractor;
  // Documents being extracted ahead of the store: enough to keep every thread busy while this
  // thread commits a batch, few enough that memory stays flat however long the run.
  const window = Math.max(2, threads * 4) + (threads > 0 ? STORE_BATCH_DOCS : 0);
  const inFlight: { r: ReadDocument | ReadFailure; prepared: Promise<Prepared> | null }[] = [];
  const batch = new StoreBatch(store, outcomes);
  const drain = async (keep: number) => {
    while (inFlight.length > keep) {
      const { r, prepared } = inFlight.shift()!;
      await batch.add(r, prepared);
    }
  };
  let done = 0;
  try {
    for (const item of items) {
      opts.onProgress?.({ total: items.length, done, current: item });
      let results: (ReadDocument | ReadFailure)[];
      try {
        results = await readInput(item, opts);
      } catch (err) {
        results = [{ input: item, reason: (err as Error).message.split('\n')[0] }];
      }
      for (const r of results) {
        const prepared = isFailure(r) ? null : prepare(r, store, extractor);
        // handled where it is stored; this keeps an early failure from counting as unhandled meanwhile
        prepared?.catch(() => {});
        inFlight.push({ r, prepared });
        await drain(window);
      }
      done++;
    }
    await drain(0);
    await batch.flush();
  } finally {
    batch.stop();
    await extractor.close();
  }
  opts.onProgress?.({ total: items.length, done, current: '' });
  // Documents older than stored ones were added without touching the register; replay it once
  // for the whole batch. A crash before this point leaves the register marked stale, and the
  // next ingest (even of nothing new) or `serve` replays it.
  return summarize(outcomes, await store.refresh());
}

/**
 * Prepared documents gathered into one `addDocuments` transaction: committed when it holds
 * STORE_BATCH_DOCS documents, when its oldest has waited STORE_BATCH_MS (also while the next
 * document is still being read or extracted), and at the end. Outcomes keep the inputs' order.
 */
class StoreBatch {
  private pending: ({ outcome: IngestOutcome } | { r: ReadDocument; doc: StorableDocument })[] = [];
  private docs = 0;
  private since = 0;
  private timer: NodeJS.Timeout | null = null;
  /** The last flush asked for: flushes run one after another. */
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store, private readonly outcomes: IngestOutcome[]) {}

  async add(r: ReadDocument | ReadFailure, prepared: Promise<Prepared> | null): Promise<void> {
    if (isFailure(r)) { this.pending.push({ outcome: { input: r.input, status: 'failed', reason: r.reason } }); return; }
    let p: Prepared;
    try {
      p = await prepared!;
    } catch (err) {
      this.pending.push({ outcome: { input: r.input, status: 'failed', reason: `could not extract or store: ${(err as Error).message.split('\n')[0]}` } });
      return;
    }
    await this.flushing; // no more than one batch waits while another is stored
    if (p.present) { this.pending.push({ outcome: { input: r.input, status: 'present', title: r.meta.title } }); return; }
    const text = p.extraction.text ?? r.text;
    this.pending.push({ r, doc: { input: r.input, path: r.path, kind: r.kind, text, meta: r.meta, contentHash: contentHash(text), extraction: p.extraction, ...(p.simhash ? { simhash: p.simhash } : {}) } });
    if (this.docs++ === 0) {
      this.since = Date.now();
      // the oldest document's deadline, kept even while this thread waits for the next one
      this.timer = setTimeout(() => { void this.flush(); }, STORE_BATCH_MS);
    }
    if (this.docs >= STORE_BATCH_DOCS || Date.now() - this.since >= STORE_BATCH_MS) await this.flush();
  }

  /** Stores what is pending when its turn comes, in one transaction. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.store_());
    return this.flushing;
  }

  private async store_(): Promise<void> {
    this.stop();
    const pending = this.pending;
    this.pending = [];
    this.docs = 0;
    const docs = pending.flatMap((e) => ('doc' in e ? [e.doc] : []));
    let results: Awaited<ReturnType<Store['addDocuments']>>;
    try {
      results = await this.store.addDocuments(docs, { deferRebuild: true });
    } catch (err) {
      // the transaction itself failed (not one document): each of its documents is reported
      const reason = (err as Error).message.split('\n')[0];
      results = docs.map(() => ({ status: 'failed' as const, reason }));
    }
    let i = 0;
    for (const e of pending) {
      if ('outcome' in e) { this.outcomes.push(e.outcome); continue; }
      const res = results[i++];
      this.outcomes.push(res.status === 'failed'
        ? { input: e.r.input, status: 'failed', reason: `could not extract or store: ${res.reason}` }
        : { input: e.r.input, status: res.status, documentId: res.documentId, title: e.r.meta.title });
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** Stores documents already read (a polled feed's items), extracting on this thread. */
export async function ingestReadResults(results: (ReadDocument | ReadFailure)[], store: Store): Promise<IngestSummary> {
  const outcomes: IngestOutcome[] = [];
  for (const r of results) outcomes.push(await storeOne(r, isFailure(r) ? null : prepare(r, store, inProcessExtractor), store));
  return summarize(outcomes, await store.refresh());
}

/** The outcomes, with the documents the final replay could not resolve turned into failures. */
function summarize(outcomes: IngestOutcome[], refreshed: RefreshResult): IngestSummary {
  const unresolved = new Map((refreshed.failed ?? []).map((f) => [f.documentId, f.reason]));
  for (const [i, o] of outcomes.entries()) {
    const reason = o.documentId === undefined ? undefined : unresolved.get(o.documentId);
    if (o.status === 'new' && reason !== undefined) {
      outcomes[i] = { ...o, status: 'failed', reason: `stored, but the register could not resolve it (left out; tried again at every replay): ${reason}` };
    }
  }
  return {
    outcomes,
    rebuilt: refreshed.rebuilt,
    added: outcomes.filter((o) => o.status === 'new').length,
    present: outcomes.filter((o) => o.status === 'present').length,
    failed: outcomes.filter((o) => o.status === 'failed').length,
  };
}

/** `extraction` is serialised already when a thread made it (the store writes its JSON as it is). */
export type Prepared = { present: true; hash: string } | { present: false; extraction: Extraction | SerializedExtraction; simhash?: string };

/** Starts extracting a document unless the register already holds its text (a re-run skips the work). */
export async function prepare(r: ReadDocument, store: Store, extractor: Extractor): Promise<Prepared> {
  const hash = contentHash(analysisText(r.text, r.meta.title).text);
  if (await store.hasDocument(hash)) return { present: true, hash };
  if (!extractor.extractHashed) return { present: false, extraction: await extractor.extract(extractInput(r)) };
  const { extraction, simhash } = await extractor.extractHashed(extractInput(r));
  return simhash ? { present: false, extraction, simhash } : { present: false, extraction };
}

/** Stores one prepared document (deferring the replay to `refresh()`); a failure is an outcome, never a throw. */
export async function storeOne(r: ReadDocument | ReadFailure, prepared: Promise<Prepared> | null, store: Store): Promise<IngestOutcome> {
  if (isFailure(r)) return { input: r.input, status: 'failed', reason: r.reason };
  try {
    const p = await prepared!;
    if (p.present) return { input: r.input, status: 'present', title: r.meta.title };
    const extraction = p.extraction;
    const text = extraction.text ?? r.text;
    const res = await store.addDocument({
      input: r.input, path: r.path, kind: r.kind, text, meta: r.meta, contentHash: contentHash(text), extraction,
    }, { deferRebuild: true });
    return { input: r.input, status: res.status, documentId: res.documentId, title: r.meta.title };
  } catch (err) {
    return { input: r.input, status: 'failed', reason: `could not extract or store: ${(err as Error).message.split('\n')[0]}` };
  }
}

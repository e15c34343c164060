import { createHash } from 'node:crypto';
import { expandInputs, readInput, type ReadInputOptions } from '../ingest/read-inputs.js';
import { isFailure, type ReadDocument, type ReadFailure } from '../ingest/document.js';
import { availableParallelism } from 'node:os';
import { analysisText, extract, type ExtractInput } from '../nlp/extract.js';
import type { Extraction } from '../nlp/extraction.js';
import type { Store } from '../store/store.js';
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

export interface IngestOptions extends ReadInputOptions {
  onProgress?: (p: IngestProgress) => void;
  /** Extraction threads: 0 extracts on the main thread; default one per core for large batches. */
  threads?: number;
  /** User lexicon files, applied in every extraction thread as they are in this one. */
  lexicons?: string[];
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
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
  const window = Math.max(2, threads * 4);
  const inFlight: Promise<IngestOutcome>[] = [];
  // Stores run one after another, in input order: each waits for the one before it.
  let lastStore: Promise<unknown> = Promise.resolve();
  const flush = async (keep: number) => {
    while (inFlight.length > keep) outcomes.push(await inFlight.shift()!);
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
        const extracted = isFailure(r) ? null : prepare(r, store, extractor);
        // handled where it is stored; this keeps an early failure from counting as unhandled meanwhile
        extracted?.catch(() => {});
        const stored = lastStore.then(() => storeOne(r, extracted, store));
        lastStore = stored;
        inFlight.push(stored);
        await flush(window);
      }
      done++;
    }
    await flush(0);
  } finally {
    await extractor.close();
  }
  opts.onProgress?.({ total: items.length, done, current: '' });
  // Documents older than stored ones were added without touching the register; replay it once
  // for the whole batch. A crash before this point leaves the register marked stale, and the
  // next ingest (even of nothing new) or `serve` replays it.
  const { rebuilt } = await store.refresh();
  return summarize(outcomes, rebuilt);
}

/** Stores documents already read (a polled feed's items), extracting on this thread. */
export async function ingestReadResults(results: (ReadDocument | ReadFailure)[], store: Store): Promise<IngestSummary> {
  const outcomes: IngestOutcome[] = [];
  for (const r of results) outcomes.push(await storeOne(r, isFailure(r) ? null : prepare(r, store, inProcessExtractor), store));
  const { rebuilt } = await store.refresh();
  return summarize(outcomes, rebuilt);
}

function summarize(outcomes: IngestOutcome[], rebuilt: boolean): IngestSummary {
  return {
    outcomes,
    rebuilt,
    added: outcomes.filter((o) => o.status === 'new').length,
    present: outcomes.filter((o) => o.status === 'present').length,
    failed: outcomes.filter((o) => o.status === 'failed').length,
  };
}

export type Prepared = { present: true; hash: string } | { present: false; extraction: Extraction };

/** Starts extracting a document unless the register already holds its text (a re-run skips the work). */
export async function prepare(r: ReadDocument, store: Store, extractor: Extractor): Promise<Prepared> {
  const hash = contentHash(analysisText(r.text, r.meta.title).text);
  if (await store.hasDocument(hash)) return { present: true, hash };
  return { present: false, extraction: await extractor.extract(extractInput(r)) };
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

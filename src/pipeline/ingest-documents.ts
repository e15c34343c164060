import { createHash } from 'node:crypto';
import { expandInputs, readInput, type ReadInputOptions } from '../ingest/read-inputs.js';
import { isFailure, type ReadDocument, type ReadFailure } from '../ingest/document.js';
import { extract } from '../nlp/extract.js';
import type { Extraction } from '../nlp/extraction.js';
import type { Store } from '../store/store.js';

// read -> extract -> store, one document at a time; one bad input never stops the batch.

export interface IngestOutcome { input: string; status: 'new' | 'present' | 'failed'; reason?: string; documentId?: number; title?: string | null }

export interface IngestProgress { total: number; done: number; current: string }

export interface IngestSummary {
  outcomes: IngestOutcome[]; added: number; present: number; failed: number;
  /** True when older documents arrived and the register was replayed once at the end. */
  rebuilt: boolean;
}

export function extractDocument(doc: ReadDocument): Extraction {
  return extract({ text: doc.text, title: doc.meta.title, published: doc.meta.published, source: doc.meta.source, path: doc.path, url: doc.meta.url });
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export async function ingestDocuments(
  inputs: string[],
  store: Store,
  opts: ReadInputOptions & { onProgress?: (p: IngestProgress) => void } = {},
): Promise<IngestSummary> {
  const { items, failures } = await expandInputs(inputs);
  const outcomes: IngestOutcome[] = failures.map((f) => ({ input: f.input, status: 'failed' as const, reason: f.reason }));
  let done = 0;
  for (const item of items) {
    opts.onProgress?.({ total: items.length, done, current: item });
    let results: (ReadDocument | ReadFailure)[];
    try {
      results = await readInput(item, opts);
    } catch (err) {
      results = [{ input: item, reason: (err as Error).message.split('\n')[0] }];
    }
    for (const r of results) outcomes.push(await storeOne(r, store));
    done++;
  }
  opts.onProgress?.({ total: items.length, done, current: '' });
  // Documents older than stored ones were added without touching the register; replay it once
  // for the whole batch. A crash before this point leaves the register marked stale, and the
  // next ingest (even of nothing new) or `serve` replays it.
  const { rebuilt } = await store.refresh();
  return {
    outcomes,
    rebuilt,
    added: outcomes.filter((o) => o.status === 'new').length,
    present: outcomes.filter((o) => o.status === 'present').length,
    failed: outcomes.filter((o) => o.status === 'failed').length,
  };
}

async function storeOne(r: ReadDocument | ReadFailure, store: Store): Promise<IngestOutcome> {
  if (isFailure(r)) return { input: r.input, status: 'failed', reason: r.reason };
  try {
    const extraction = extractDocument(r);
    const text = extraction.text ?? r.text;
    const res = await store.addDocument({
      input: r.input, path: r.path, kind: r.kind, text, meta: r.meta, contentHash: contentHash(text), extraction,
    }, { deferRebuild: true });
    return { input: r.input, status: res.status, documentId: res.documentId, title: r.meta.title };
  } catch (err) {
    return { input: r.input, status: 'failed', reason: `could not store: ${(err as Error).message.split('\n')[0]}` };
  }
}

// `corridor watch`: poll feeds with conditional requests and take in only what is new. A feed
// that answers 304 (its ETag or Last-Modified unchanged) costs one small request; a changed feed
// is read whole, and items already stored (same text) are skipped before extraction. With a
// queue, new items are enqueued for workers instead of extracted here.

import { fetchUrl, isFetchFailure } from '../ingest/fetch-url.js';
import type { ReadResult } from '../ingest/document.js';
import { fetchOptions, readFetched, type ReadInputOptions } from '../ingest/read-inputs.js';
import type { FeedState, Store } from '../store/store.js';
import { ingestReadResults } from './ingest-documents.js';

export interface PollResult {
  url: string;
  status: 'not-modified' | 'read' | 'failed';
  items: number;
  added: number;
  failed: number;
  reason?: string;
}

/** What becomes of a changed feed's items: stored here (the default), or enqueued for workers (`watch --queue`). */
export type TakeItems = (results: ReadResult[]) => Promise<{ added: number; failed: number; reason?: string }>;

/** Extracts and stores the items on this thread. */
export function storeItems(store: Store): TakeItems {
  return async (results) => {
    const summary = await ingestReadResults(results, store);
    return { added: summary.added, failed: summary.failed, reason: summary.outcomes.find((o) => o.status === 'failed')?.reason };
  };
}

export async function pollFeed(url: string, store: Store, opts: ReadInputOptions = {}, take: TakeItems = storeItems(store)): Promise<PollResult> {
  const before = await store.feedState(url);
  const fetched = await fetchUrl(url, { ...fetchOptions(opts), ifNoneMatch: before?.etag, ifModifiedSince: before?.lastModified });
  const now = new Date().toISOString();
  const keep = (patch: Partial<FeedState>): FeedState => ({
    url, etag: before?.etag ?? null, lastModified: before?.lastModified ?? null, lastChecked: now, lastStatus: '',
    itemsSeen: before?.itemsSeen ?? 0, itemsAdded: before?.itemsAdded ?? 0, ...patch,
  });
  if (isFetchFailure(fetched)) {
    // the validators stay: the next poll asks again as if this one had not happened
    await store.saveFeedState(keep({ lastStatus: fetched.reason }));
    return { url, status: 'failed', items: 0, added: 0, failed: 1, reason: fetched.reason };
  }
  if (fetched.status === 304) {
    await store.saveFeedState(keep({ lastStatus: '304' }));
    return { url, status: 'not-modified', items: 0, added: 0, failed: 0 };
  }
  const results = readFetched(url, fetched, opts);
  const taken = await take(results);
  await store.saveFeedState(keep({
    etag: fetched.etag, lastModified: fetched.lastModified, lastStatus: String(fetched.status),
    itemsSeen: (before?.itemsSeen ?? 0) + results.length, itemsAdded: (before?.itemsAdded ?? 0) + taken.added,
  }));
  return { url, status: 'read', items: results.length, added: taken.added, failed: taken.failed, ...(taken.reason ? { reason: taken.reason } : {}) };
}

/** "15m", "30s", "2h", "1d" or plain seconds, in milliseconds; null when unreadable. */
export function parseInterval(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)?$/i.exec(s.trim());
  if (!m) return null;
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? 's').toLowerCase() as 's' | 'm' | 'h' | 'd'];
  const ms = Number(m[1]) * unit * 1000;
  return Number.isFinite(ms) && ms > 0 ? ms : null;
}

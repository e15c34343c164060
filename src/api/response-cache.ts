// Answers of the GET /api routes, kept per URL until the data changes. Under load many clients
// ask the same few questions (the first register page, a common search); building a page of
// 100 projects with their partners and sources costs some 20 ms of SQLite work, sending a kept
// one well under a millisecond.
//
// Freshness: a write through this server empties the cache before its answer is sent, so a
// client always reads its own writes. A commit by another process (`corridor ingest` on the
// same file) is noticed through SQLite's data_version on the next request; answers older than
// STALE_MS are then rebuilt, younger ones may still be sent, so a reader can lag another
// process's ingest by at most that long. Without that allowance an ingest committing every
// few tens of milliseconds would empty the cache faster than it fills.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ChangeStamp, Store } from '../store/store.js';

export interface ResponseCacheOptions {
  maxEntries: number;
  maxBytes: number;
  /** Larger answers (a full CSV export) are not kept. */
  maxEntryBytes: number;
  /** How long an answer may outlive a commit by another process. */
  staleMs: number;
}

export const RESPONSE_CACHE: ResponseCacheOptions = { maxEntries: 500, maxBytes: 64 * 1024 * 1024, maxEntryBytes: 2 * 1024 * 1024, staleMs: 500 };

interface Entry { body: Buffer; type: string; stamp: ChangeStamp; at: number; size: number }

export function applyResponseCache(app: FastifyInstance, store: Store, opts: ResponseCacheOptions = RESPONSE_CACHE): void {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  // The stamp each request was answered under, and which requests were answered from the cache.
  const stamps = new WeakMap<FastifyRequest, ChangeStamp>();
  const served = new WeakSet<FastifyRequest>();

  const drop = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    bytes -= e.size;
    entries.delete(key);
  };
  const clear = () => {
    entries.clear();
    bytes = 0;
  };
  const current = (): ChangeStamp | null => {
    try {
      return store.changeStamp();
    } catch {
      // A closed or broken store: answer without the cache, and let the route report the error.
      return null;
    }
  };
  const cacheable = (request: FastifyRequest) => request.method === 'GET' && request.url.startsWith('/api/');

  app.addHook('onRequest', async (request, reply) => {
    if (!cacheable(request)) return;
    const now = current();
    if (!now) return;
    stamps.set(request, now);
    const hit = entries.get(request.url);
    if (!hit) return;
    if (hit.stamp.own !== now.own) {
      clear();
      return;
    }
    if (hit.stamp.other !== now.other && Date.now() - hit.at > opts.staleMs) {
      drop(request.url);
      return;
    }
    served.add(request);
    // Kept answers go out through the same onSend hooks, so they carry the security headers too.
    return reply.type(hit.type).send(hit.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    // Any write (or a refused one) may have changed the data: nothing kept is trusted after it.
    if (!cacheable(request)) {
      if (request.method !== 'GET' && request.method !== 'HEAD') clear();
      return payload;
    }
    const stamp = stamps.get(request);
    if (!stamp || served.has(request) || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    // Kept as bytes, so a hit is not encoded to UTF-8 again on every send.
    const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
    if (body.length > opts.maxEntryBytes) return payload;
    drop(request.url);
    entries.set(request.url, { body, type: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'), stamp, at: Date.now(), size: body.length });
    bytes += body.length;
    // Oldest first: a Map iterates in insertion order.
    for (const key of entries.keys()) {
      if (entries.size <= opts.maxEntries && bytes <= opts.maxBytes) break;
      drop(key);
    }
    return payload;
  });
}

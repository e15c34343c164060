// HTTP(S) GET for one article or feed, with the limits a batch tool needs:
// a timeout over the whole exchange (redirects and body included), a byte limit enforced
// while streaming and again after gzip/deflate/br decoding (a small compressed body can
// decode to gigabytes), at most five redirects, http: and https: only, and the address
// policy (address-policy.ts) applied to every hop after DNS, with the socket pinned to the
// address that was checked.
// node:http is used rather than fetch() because fetch cannot be given its own DNS lookup
// without an extra dependency, and the pinning needs exactly that.
// Every way it can go wrong comes back as a ReadFailure with a one-line reason.

import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import type { ReadFailure } from './document.js';
import { errorMessage } from './error-message.js';
import { checkHost, pinnedLookup, type ResolveHost } from './address-policy.js';
import { DEFAULT_MAX_BYTES, overLimit, tooLarge } from './byte-limits.js';

export { DEFAULT_MAX_BYTES, formatBytes } from './byte-limits.js';

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const USER_AGENT = 'corridor/0.1';

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface FetchOptions {
  timeoutMs?: number;
  /** Body limit in bytes, applied to the bytes received and to the decoded bytes. */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Let loopback and private addresses through (the --allow-private flag). */
  allowPrivate?: boolean;
  /** DNS for the address check; tests inject one so they never ask real DNS. */
  resolve?: ResolveHost;
  /** A conditional request (`corridor watch`): the validators the last answer gave. */
  ifNoneMatch?: string | null;
  ifModifiedSince?: string | null;
}

export interface FetchedBody {
  /** The URL as requested. */
  url: string;
  /** The URL the body came from, after redirects. */
  finalUrl: string;
  /** 200-299, or 304 (not modified since a conditional request; no bytes). */
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
  /** Validators for the next conditional request. */
  etag: string | null;
  lastModified: string | null;
}

export function isFetchFailure(r: FetchedBody | ReadFailure): r is ReadFailure {
  return (r as ReadFailure).reason !== undefined;
}

function formatDuration(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}

function parseUrl(raw: string, base?: string): URL | string {
  try {
    return base ? new URL(raw, base) : new URL(raw);
  } catch {
    return `invalid URL: ${raw}`;
  }
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by server',
  EPIPE: 'connection closed by server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed (temporary DNS failure)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  HPE_HEADER_OVERFLOW: 'response headers too large',
  Z_DATA_ERROR: 'response body does not decompress (corrupt data)',
  Z_BUF_ERROR: 'response body does not decompress (truncated)',
  ERR_STREAM_PREMATURE_CLOSE: 'connection closed before the body was complete',
};

/** A network error as a short reason ("connection refused", "host not found: x.example"). */
function networkReason(err: unknown, url: URL): string {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (code === 'ENOTFOUND') return `host not found: ${url.hostname}`;
      if (NETWORK_CODES[code]) return NETWORK_CODES[code];
      if (code.startsWith('HPE_')) return 'malformed HTTP response';
      if (/CERT|SSL|TLS|SELF_SIGNED/i.test(code)) return `TLS error: ${errorMessage(e)}`;
    }
    e = (e as { cause?: unknown }).cause;
  }
  if (/socket hang up/i.test(errorMessage(err))) return 'connection closed by server';
  return `fetch failed: ${errorMessage(err)}`;
}

/** The decoder for a Content-Encoding, null for none, or a reason when it is not one we decode. */
function decoderFor(encoding: string | undefined): Transform | null | string {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === '' || e === 'identity') return null;
  if (e === 'gzip' || e === 'x-gzip') return createGunzip();
  if (e === 'deflate') return createInflate();
  if (e === 'br') return createBrotliDecompress();
  return `unsupported content encoding "${e}"`;
}

class LimitExceeded extends Error {}

/** Collect a stream, stopping (and dropping what was read) the moment it passes maxBytes. */
async function collect(stream: AsyncIterable<Buffer>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > maxBytes) throw new LimitExceeded();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** One GET to an address already checked; resolves with the response headers. */
function get(url: URL, address: string, family: 4 | 6, opts: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      agent: false, // a fresh socket per request: nothing pooled under another address
      lookup: pinnedLookup(address, family) as never,
      signal,
      headers: {
        'user-agent': opts.userAgent ?? USER_AGENT,
        accept: ACCEPT,
        'accept-encoding': 'gzip, deflate, br',
        ...(opts.ifNoneMatch ? { 'if-none-match': opts.ifNoneMatch } : {}),
        ...(opts.ifModifiedSince ? { 'if-modified-since': opts.ifModifiedSince } : {}),
      },
    }, resolve);
    req.on('error', reject);
    req.end();
  });
}

const headerText = (v: string | string[] | undefined): string | null => (typeof v === 'string' && v.length <= 1000 ? v : null);

/** GET a URL; the body bytes, or a failure naming what went wrong. Never throws. */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchedBody | ReadFailure> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const fail = (reason: string): ReadFailure => ({ input: url, reason });
  const policyHint = '; --allow-private lets it through';

  const first = parseUrl(url);
  if (typeof first === 'string') return fail(first);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const timeoutReason = `timed out after ${formatDuration(timeoutMs)}`;
  // getaddrinfo cannot be cancelled; racing it keeps a hanging DNS answer inside the time limit
  const expired = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error(timeoutReason)), { once: true });
  });
  expired.catch(() => undefined); // settled here when no lookup is waiting on it

  let current = first;
  try {
    for (let redirects = 0; ; redirects++) {
      const checked = await Promise.race([checkHost(current, { allowPrivate: opts.allowPrivate, resolve: opts.resolve }), expired]);
      if (!checked.ok) {
        const reason = checked.refused ? `refused: ${checked.reason}${checked.liftable ? policyHint : ''}` : checked.reason;
        return fail(redirects > 0 ? `redirect to ${current.href}: ${reason}` : reason);
      }

      let res: IncomingMessage;
      try {
        res = await get(current, checked.address, checked.family, opts, controller.signal);
      } catch (err) {
        if (timedOut) return fail(timeoutReason);
        return fail(networkReason(err, current));
      }
      const status = res.statusCode ?? 0;

      if (REDIRECT_STATUSES.has(status)) {
        const location = res.headers.location;
        res.destroy();
        if (!location) return fail(`HTTP ${status} redirect without a Location header from ${current.href}`);
        if (redirects >= maxRedirects) return fail(`too many redirects (more than ${maxRedirects})`);
        const next = parseUrl(location, current.href);
        if (typeof next === 'string') return fail(`redirect to ${location}: ${next}`);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          return fail(`redirect to ${location}: unsupported URL scheme "${next.protocol}" (only http and https)`);
        }
        current = next;
        continue;
      }

      const validators = { etag: headerText(res.headers.etag), lastModified: headerText(res.headers['last-modified']) };
      if (status === 304 && (opts.ifNoneMatch || opts.ifModifiedSince)) {
        res.destroy();
        return { url, finalUrl: current.href, status, contentType: null, bytes: new Uint8Array(0), ...validators };
      }
      if (status < 200 || status > 299) {
        res.destroy();
        return fail(`HTTP ${status} from ${current.href}`);
      }

      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) {
        res.destroy();
        return fail(`response ${tooLarge(declared, maxBytes)}`);
      }

      const encoding = res.headers['content-encoding'];
      const decoder = decoderFor(encoding);
      if (typeof decoder === 'string') {
        res.destroy();
        return fail(decoder);
      }

      let bytes: Buffer;
      try {
        if (decoder) {
          // compressed bytes in and decoded bytes out are both capped at maxBytes
          let received = 0;
          res.on('data', (chunk: Buffer) => {
            received += chunk.length;
            if (received > maxBytes) res.destroy(new LimitExceeded());
          });
          const decoded = pipeline(res, decoder, () => undefined);
          try {
            bytes = await collect(decoded, maxBytes);
          } catch (err) {
            if (err instanceof LimitExceeded || received > maxBytes) {
              return fail(`response ${overLimit(maxBytes)} once decompressed (${String(encoding).trim()})`);
            }
            throw err;
          } finally {
            res.destroy();
            decoder.destroy();
          }
        } else {
          try {
            bytes = await collect(res, maxBytes);
          } catch (err) {
            if (err instanceof LimitExceeded) return fail(`response ${overLimit(maxBytes)}`);
            throw err;
          } finally {
            res.destroy();
          }
        }
      } catch (err) {
        if (timedOut) return fail(timeoutReason);
        return fail(`error reading response body: ${networkReason(err, current)}`);
      }

      return {
        url,
        finalUrl: current.href,
        status,
        contentType: res.headers['content-type'] ?? null,
        bytes,
        ...validators,
      };
    }
  } catch (err) {
    if (timedOut) return fail(timeoutReason);
    return fail(`fetch failed: ${errorMessage(err)}`);
  } finally {
    clearTimeout(timer);
  }
}

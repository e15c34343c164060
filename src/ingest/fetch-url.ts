// HTTP(S) GET for one article or feed, with the limits a batch tool needs:
// a timeout over the whole exchange (redirects and body included), a byte limit
// enforced while streaming, at most five redirects, http: and https: only.
// Every way it can go wrong comes back as a ReadFailure with a one-line reason.

import type { ReadFailure } from './document.js';
import { errorMessage } from './error-message.js';

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const USER_AGENT = 'corridor/0.1';

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
}

export interface FetchedBody {
  /** The URL as requested. */
  url: string;
  /** The URL the body came from, after redirects. */
  finalUrl: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

export function isFetchFailure(r: FetchedBody | ReadFailure): r is ReadFailure {
  return (r as ReadFailure).reason !== undefined;
}

/** "10 MB", "512 KB", "300 bytes"; rounded up, so a size just over a limit never prints as the limit. */
export function formatBytes(n: number): string {
  const up = (x: number): number => Math.ceil(x * 10) / 10;
  if (n >= 1024 * 1024) return `${up(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${up(n / 1024)} KB`;
  return `${n} bytes`;
}

function formatDuration(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}

/** Parse and check a URL; a reason string when it cannot be fetched. */
function checkUrl(raw: string, base?: string): URL | string {
  let u: URL;
  try {
    u = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return `invalid URL: ${raw}`;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    return `unsupported URL scheme "${u.protocol}" (only http and https)`;
  }
  return u;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by server',
  EPIPE: 'connection closed by server',
  UND_ERR_SOCKET: 'connection closed by server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed (temporary DNS failure)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for response headers',
  UND_ERR_BODY_TIMEOUT: 'timed out reading the response body',
  UND_ERR_HEADERS_OVERFLOW: 'response headers too large',
  HPE_INVALID_CONSTANT: 'malformed HTTP response',
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
      if (/CERT|SSL|TLS|SELF_SIGNED/i.test(code)) return `TLS error: ${errorMessage(e)}`;
    }
    e = (e as { cause?: unknown }).cause;
  }
  const cause = (err as { cause?: unknown })?.cause;
  return `fetch failed: ${errorMessage(cause ?? err)}`;
}

async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

async function discard(res: Response): Promise<void> {
  try {
    await res.body?.cancel();
  } catch {
    // nothing to do: the connection is dropped either way
  }
}

/** GET a URL; the body bytes, or a failure naming what went wrong. Never throws. */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchedBody | ReadFailure> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const fail = (reason: string): ReadFailure => ({ input: url, reason });

  const first = checkUrl(url);
  if (typeof first === 'string') return fail(first);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  let current = first;
  try {
    for (let redirects = 0; ; redirects++) {
      let res: Response;
      try {
        res = await fetch(current, {
          method: 'GET',
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': opts.userAgent ?? USER_AGENT, accept: ACCEPT },
        });
      } catch (err) {
        if (timedOut) return fail(`timed out after ${formatDuration(timeoutMs)}`);
        return fail(networkReason(err, current));
      }

      if (REDIRECT_STATUSES.has(res.status)) {
        const location = res.headers.get('location');
        await discard(res);
        if (!location) return fail(`HTTP ${res.status} redirect without a Location header from ${current.href}`);
        if (redirects >= maxRedirects) return fail(`too many redirects (more than ${maxRedirects})`);
        const next = checkUrl(location, current.href);
        if (typeof next === 'string') return fail(`redirect to ${location}: ${next}`);
        current = next;
        continue;
      }

      if (res.status < 200 || res.status > 299) {
        await discard(res);
        return fail(`HTTP ${res.status} from ${current.href}`);
      }

      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await discard(res);
        return fail(`response too large (${formatBytes(declared)}; limit ${formatBytes(maxBytes)})`);
      }

      let bytes: Uint8Array | null;
      try {
        bytes = res.body ? await readLimited(res.body, maxBytes) : new Uint8Array(0);
      } catch (err) {
        if (timedOut) return fail(`timed out after ${formatDuration(timeoutMs)}`);
        return fail(`error reading response body: ${networkReason(err, current)}`);
      }
      if (bytes === null) return fail(`response larger than the ${formatBytes(maxBytes)} limit`);

      return {
        url,
        finalUrl: current.href,
        status: res.status,
        contentType: res.headers.get('content-type'),
        bytes,
      };
    }
  } catch (err) {
    if (timedOut) return fail(`timed out after ${formatDuration(timeoutMs)}`);
    return fail(`fetch failed: ${errorMessage(err)}`);
  } finally {
    clearTimeout(timer);
  }
}

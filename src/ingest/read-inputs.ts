// The batch entry point: what the user named (files, directories, URLs, "-") to
// documents. expandInputs turns the names into items; readInput reads one item into
// one or more results (a feed gives one per entry). Nothing here throws for bad input:
// every problem is a ReadFailure that names the input.

import { createReadStream, type Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isFailure, type ReadFailure, type ReadResult } from './document.js';
import { ARTICLE_EXTENSIONS, detectKind, type InputKind } from './detect-kind.js';
import { errorMessage } from './error-message.js';
import type { ResolveHost } from './address-policy.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_CHARS, overLimit, textTooLong, tooLarge } from './byte-limits.js';
import { fetchUrl, isFetchFailure, type FetchedBody, type FetchOptions } from './fetch-url.js';
import { nonArticleReason } from './non-article.js';
import { estimateHtmlTextLength } from './html-text-estimate.js';
import { readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import { readText } from './read-text.js';
import type { SourceInfo } from './source-info.js';

export interface ReadInputOptions {
  /** Standard input, for the "-" item (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** The name standard input's bytes came under (an uploaded file's): stored as the path, and its extension picks the reader. */
  stdinName?: string;
  /** URL fetch timeout in milliseconds (default 20 s). */
  timeoutMs?: number;
  /** Size limit in bytes for each file, standard input and URL body (default 20 MB). */
  maxBytes?: number;
  /** Length limit in characters for each document's text (default 500,000). */
  maxTextChars?: number;
  /** Let URLs reach loopback and private addresses (the --allow-private flag). */
  allowPrivate?: boolean;
  /** DNS for the URL address check; tests inject one so they never ask real DNS. */
  resolve?: ResolveHost;
}

export interface ExpandedInputs {
  items: string[];
  failures: ReadFailure[];
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

function isHttpUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** A file-system error as the short reason a user expects. */
function fsReason(err: unknown): string {
  const code = (err as { code?: unknown })?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'ENOTDIR': return 'no such file or directory (a parent is not a directory)';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENAMETOOLONG': return 'file name too long';
    case 'EMFILE':
    case 'ENFILE': return 'too many open files';
    default: return `cannot read: ${errorMessage(err)}`;
  }
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

const PROJECT_NOTES = /^(readme|license|licence|changelog|contributing|notice|authors)(\.[a-z]+)?$/i;

/** Article files under a directory, depth first in name order; hidden entries and other extensions skipped. */
async function walkDirectory(dir: string, out: ExpandedInputs, seen: Set<string>): Promise<number> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    out.failures.push({ input: dir, reason: fsReason(err) });
    return 0;
  }
  if (seen.has(real)) return 0; // a symbolic link back up the tree
  seen.add(real);

  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.failures.push({ input: dir, reason: fsReason(err) });
    return 0;
  }
  let found = 0;
  for (const entry of entries.sort(byName)) {
    if (entry.name.startsWith('.')) continue;
    // a folder's own notes (README.md, LICENSE.txt) are not articles; named explicitly they are still read
    if (PROJECT_NOTES.test(entry.name)) continue;
    const full = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // dangling link: not an article
      }
    }
    if (isDir) {
      found += await walkDirectory(full, out, seen);
    } else if (isFile && ARTICLE_EXTENSIONS.has(extensionOf(entry.name))) {
      out.items.push(full);
      found++;
    }
  }
  return found;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/**
 * Turn what the user named into readable items: directories are walked (sorted, hidden
 * entries and non-article files such as *.gold.json skipped), "-" and URLs are kept,
 * named files are kept whatever their extension, missing paths become failures.
 */
export async function expandInputs(inputs: string[]): Promise<ExpandedInputs> {
  const out: ExpandedInputs = { items: [], failures: [] };
  const seenDirs = new Set<string>();
  for (const input of inputs) {
    if (input === '-' || URL_LIKE.test(input)) {
      out.items.push(input);
      continue;
    }
    if (input.trim().length === 0) {
      out.failures.push({ input, reason: 'empty path' });
      continue;
    }
    try {
      const info = await stat(input);
      if (info.isDirectory()) {
        // a folder already walked as part of an earlier input ("examples examples/feeds") adds nothing, silently
        const walked = seenDirs.has(await realpath(input).catch(() => input));
        const before = out.failures.length;
        const found = await walkDirectory(input, out, seenDirs);
        if (found === 0 && out.failures.length === before && !walked) {
          out.failures.push({ input, reason: `directory has no article files (${[...ARTICLE_EXTENSIONS].join(' ')})` });
        }
      } else {
        out.items.push(input);
      }
    } catch (err) {
      out.failures.push({ input, reason: fsReason(err) });
    }
  }
  // The same file named twice (or reached twice) is read once.
  out.items = [...new Set(out.items)];
  return out;
}

/** The stream's bytes, or null the moment it passes the limit: never more than `limit` bytes held. */
async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buf.length;
    if (total > limit) {
      const destroy = (stream as unknown as { destroy?: () => void }).destroy;
      if (typeof destroy === 'function') destroy.call(stream);
      return null;
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

/**
 * A page whose text is estimated at over twice the text limit is refused before it is parsed:
 * the margin leaves room for menus and footers the reader drops, and a page that far past the
 * limit could not go in anyway.
 */
function pageTextTooLong(bytes: Uint8Array, opts: ReadInputOptions): string | null {
  const limit = opts.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  if (bytes.length <= 2 * limit) return null; // cannot hold that much text
  const estimate = estimateHtmlTextLength(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
  return estimate > 2 * limit ? `${textTooLong(estimate, limit)} (estimated before parsing the page)` : null;
}

function readAs(kind: InputKind, bytes: Uint8Array, source: SourceInfo, opts: ReadInputOptions): ReadResult[] {
  const notArticle = bytes.length > 0 ? nonArticleReason(bytes, source.contentType) : null;
  if (notArticle) return [{ input: source.input, reason: notArticle }];
  const tooLong = kind === 'html' ? pageTextTooLong(bytes, opts) : null;
  if (tooLong) return [{ input: source.input, reason: tooLong }];
  if (kind === 'feed') return readFeed(bytes, source);
  if (kind === 'html') return [readHtml(bytes, source)];
  return [readText(bytes, source)];
}

async function readUrl(item: string, opts: ReadInputOptions): Promise<ReadResult[]> {
  const fetched = await fetchUrl(item, fetchOptions(opts));
  if (isFetchFailure(fetched)) return [{ input: item, reason: fetched.reason }];
  return readFetched(item, fetched, opts);
}

/** The fetch options a reader's options imply. */
export function fetchOptions(opts: ReadInputOptions): FetchOptions {
  return { timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, allowPrivate: opts.allowPrivate, resolve: opts.resolve };
}

/** What a fetched body holds: a page, or a feed's items; `corridor watch` fetches on its own. */
export function readFetched(item: string, fetched: FetchedBody, opts: ReadInputOptions = {}): ReadResult[] {
  const kind = detectKind({ contentType: fetched.contentType, bytes: fetched.bytes });
  // the text limit applies here too (readInput applies it again: a no-op on what passed)
  return limitText(readAs(kind, fetched.bytes, {
    input: item,
    path: item,
    url: fetched.finalUrl,
    kind: kind === 'feed' ? undefined : 'url',
    contentType: fetched.contentType,
  }, opts), opts);
}

async function readStdin(opts: ReadInputOptions): Promise<ReadResult[]> {
  const stream = opts.stdin ?? process.stdin;
  if (!opts.stdin && process.stdin.isTTY) {
    return [{ input: '-', reason: 'standard input is a terminal; pipe a document into it' }];
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readStream(stream, maxBytesOf(opts));
  } catch (err) {
    return [{ input: '-', reason: `cannot read standard input: ${errorMessage(err)}` }];
  }
  if (bytes === null) return [{ input: '-', reason: `standard input ${overLimit(maxBytesOf(opts))}` }];
  return readAs(detectKind({ bytes, path: opts.stdinName }), bytes, { input: '-', path: opts.stdinName ?? null }, opts);
}

function maxBytesOf(opts: ReadInputOptions): number {
  return opts.maxBytes ?? DEFAULT_MAX_BYTES;
}

async function readPath(item: string, opts: ReadInputOptions): Promise<ReadResult[]> {
  const limit = maxBytesOf(opts);
  try {
    const info = await stat(item);
    if (info.isDirectory()) return [{ input: item, reason: 'is a directory' }];
    // refused on the size the file system reports, before a byte is read
    if (info.size > limit) return [{ input: item, reason: `file ${tooLarge(info.size, limit)}` }];
  } catch (err) {
    return [{ input: item, reason: fsReason(err) }];
  }
  // Streamed with a count, not readFile: a file that grows after stat, a FIFO or a device
  // such as /dev/zero reports no useful size and must still stop at the limit.
  let bytes: Uint8Array | null;
  try {
    bytes = await readStream(createReadStream(item), limit);
  } catch (err) {
    return [{ input: item, reason: fsReason(err) }];
  }
  if (bytes === null) return [{ input: item, reason: `file ${overLimit(limit)}` }];
  const kind = detectKind({ path: item, bytes });
  return readAs(kind, bytes, { input: item, path: item }, opts);
}

/** Documents whose text is past the length limit become failures: the engine's work stays bounded. */
function limitText(results: ReadResult[], opts: ReadInputOptions): ReadResult[] {
  const limit = opts.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  return results.map((r) => (isFailure(r) || r.text.length <= limit ? r : { input: r.input, reason: textTooLong(r.text.length, limit) }));
}

/** Read one item (a path, an http(s) URL, or "-" for standard input). Never throws. */
export async function readInput(item: string, opts: ReadInputOptions = {}): Promise<ReadResult[]> {
  return limitText(await readAny(item, opts), opts);
}

async function readAny(item: string, opts: ReadInputOptions): Promise<ReadResult[]> {
  try {
    if (item === '-') return await readStdin(opts);
    if (URL_LIKE.test(item)) {
      if (!isHttpUrl(item)) {
        const scheme = item.slice(0, item.indexOf(':') + 1).toLowerCase();
        return [{ input: item, reason: `unsupported URL scheme "${scheme}" (only http and https)` }];
      }
      return await readUrl(item, opts);
    }
    return await readPath(item, opts);
  } catch (err) {
    return [{ input: item, reason: `unexpected error reading ${item}: ${errorMessage(err)}` }];
  }
}

/** Everything the inputs hold, in order: expansion failures first, then each item's results. */
export async function* readInputs(inputs: string[], opts: ReadInputOptions = {}): AsyncGenerator<ReadResult> {
  const { items, failures } = await expandInputs(inputs);
  yield* failures;
  for (const item of items) yield* await readInput(item, opts);
}

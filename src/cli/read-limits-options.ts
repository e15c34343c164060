// The options `ingest` and `extract` share for reading inputs: the per-document limits and the
// URL address policy, parsed into what readInput takes.

import { Option } from 'commander';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_CHARS, formatBytes, parseByteSize } from '../ingest/byte-limits.js';
import type { ReadInputOptions } from '../ingest/read-inputs.js';
import { UsageError } from './usage-error.js';

export interface ReadLimitFlags { maxBytes?: string; maxTextChars?: string; allowPrivate?: boolean }

export function readLimitOptions(): Option[] {
  return [
    new Option('--max-bytes <size>', 'largest input read per file, URL or standard input (e.g. 20MB, 512KB)').default(formatBytes(DEFAULT_MAX_BYTES).replace(' ', '')),
    new Option('--max-text-chars <n>', 'longest document text handed to extraction, in characters').default(String(DEFAULT_MAX_TEXT_CHARS)),
    new Option('--allow-private', 'let URLs (and their redirects) reach loopback and private network addresses'),
  ];
}

/** The flags as reader options; a malformed value is a usage error. */
export function readLimits(flags: ReadLimitFlags): ReadInputOptions {
  const maxBytes = flags.maxBytes === undefined ? undefined : parseByteSize(flags.maxBytes);
  if (maxBytes === null) throw new UsageError(`--max-bytes: "${flags.maxBytes}" is not a size (e.g. 20MB, 512KB, 1000000)`);
  const maxTextChars = flags.maxTextChars === undefined ? undefined : Number(flags.maxTextChars);
  if (maxTextChars !== undefined && !(Number.isSafeInteger(maxTextChars) && maxTextChars > 0)) {
    throw new UsageError(`--max-text-chars: "${flags.maxTextChars}" is not a positive whole number`);
  }
  return { maxBytes, maxTextChars, allowPrivate: flags.allowPrivate === true };
}

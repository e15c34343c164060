// The per-document limits (input bytes, extracted text length), how they print, and how the
// command line spells them. One place so a file, standard input and a URL all refuse the same
// way: "file too large: 52.4 MB > 20 MB limit".

/** Bytes read for one input (file, standard input, URL body, decoded or not). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/**
 * Characters of text handed to the engine for one document. A long report runs to some
 * 100,000 characters; the engine takes about 3 s per million characters, so this keeps one
 * oversized input from holding up a batch while leaving real articles far inside it.
 */
export const DEFAULT_MAX_TEXT_CHARS = 500_000;

/** "10 MB", "512 KB", "300 bytes"; rounded up, so a size just over a limit never prints as the limit. */
export function formatBytes(n: number): string {
  const up = (x: number): number => Math.ceil(x * 10) / 10;
  if (n >= 1024 * 1024) return `${up(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${up(n / 1024)} KB`;
  return `${n} bytes`;
}

/** "too large: 52.4 MB > 20 MB limit" for a size known up front. */
export function tooLarge(size: number, limit: number): string {
  return `too large: ${formatBytes(size)} > ${formatBytes(limit)} limit`;
}

/** "too large: over the 20 MB limit" for a stream cut off at the limit. */
export function overLimit(limit: number): string {
  return `too large: over the ${formatBytes(limit)} limit`;
}

/** "text too long: 612,345 characters > 500,000 limit". */
export function textTooLong(length: number, limit: number): string {
  return `text too long: ${length.toLocaleString('en-US')} characters > ${limit.toLocaleString('en-US')} limit`;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "20MB", "512 KB", "1.5m", "300" (bytes) to a byte count; null when it is not a positive size. */
export function parseByteSize(s: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(s);
  if (!m) return null;
  const unit = UNITS[m[2].toLowerCase()];
  if (unit === undefined) return null;
  const n = Math.floor(Number(m[1]) * unit);
  return n > 0 && Number.isSafeInteger(n) ? n : null;
}

// Inputs that are plainly not articles: binary formats recognised by their first bytes, HTTP
// responses whose content type says image, PDF, JSON and the like, and text that is one JSON
// value. Refused here, before any reader, with a reason naming what the input is: a PDF
// would otherwise come back as "not valid UTF-8" and a JSON API response, being text, could
// be stored as an article. The formats are data (data/ingest/non-article-formats.json).

import { loadJson } from '../nlp/data-dir.js';

interface Formats {
  signatures: { hex: string; name: string }[];
  media_types: { type: string; name: string }[];
}

let signatures: { bytes: Buffer; name: string }[] | null = null;

function formats(): Formats {
  return loadJson<Formats>('ingest/non-article-formats.json');
}

function compiledSignatures(): { bytes: Buffer; name: string }[] {
  signatures ??= formats().signatures.map((s) => ({ bytes: Buffer.from(s.hex, 'hex'), name: s.name }));
  return signatures;
}

const READ = '(only text, HTML and RSS/Atom feeds are read)';

/** A binary format named by the first bytes, or null. */
export function signatureName(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 32));
  return compiledSignatures().find((s) => head.length >= s.bytes.length && head.subarray(0, s.bytes.length).equals(s.bytes))?.name ?? null;
}

/** What a content type says the body is, when that is not something corridor reads. */
export function mediaTypeName(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const type = contentType.split(';')[0].trim().toLowerCase();
  const hit = formats().media_types.find((m) => (m.type.endsWith('/') ? type.startsWith(m.type) : type === m.type || (m.type === 'application/json' && type.endsWith('+json'))));
  return hit?.name ?? null;
}

/** True when the whole input (minus a BOM and whitespace) is one JSON object or array. */
export function isJsonDocument(bytes: Uint8Array): boolean {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x09)) start++;
  if (bytes[start] !== 0x7b && bytes[start] !== 0x5b) return false; // { or [
  try {
    JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

/** Why these bytes are not an article, or null when a reader should try them. */
export function nonArticleReason(bytes: Uint8Array, contentType?: string | null): string | null {
  const signature = signatureName(bytes);
  if (signature) return `not an article: ${signature} ${READ}`;
  const declared = mediaTypeName(contentType);
  if (declared) return `not an article: served as ${contentType!.split(';')[0].trim()}, ${declared} ${READ}`;
  if (isJsonDocument(bytes)) return `not an article: JSON data${contentType ? ` (served as ${contentType.split(';')[0].trim()})` : ''} ${READ}`;
  return null;
}

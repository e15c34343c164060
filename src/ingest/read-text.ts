// Plain-text articles. An optional header block may precede the body:
//
//   Title: Port operator signs concession
//   Source: Harbour Daily
//   Published: 2 July 2024
//   URL: https://example.com/port
//
//   Body text starts after the first blank line...
//
// Keys are case-insensitive, in any order, any subset. The block counts as a header only
// if every line of it is one of these keys; otherwise the whole file is body.

import type { DocumentMeta, ReadResult } from './document.js';
import { declaredCharset, decodeBytes, looksBinary } from './decode-bytes.js';
import { normalizeText, oneLine } from './normalize-text.js';
import { toIsoDate } from './parse-date.js';
import { contentNoun, type SourceInfo } from './source-info.js';

const HEADER_LINE = /^(title|source|published|url)[ \t]*:[ \t]*(.*)$/i;

export interface ParsedText {
  meta: DocumentMeta;
  body: string;
  hasHeader: boolean;
}

/** Split normalised text into header metadata and body. */
export function parseTextHeader(text: string): ParsedText {
  const meta: DocumentMeta = { title: null, published: null, source: null, url: null };
  const blank = text.indexOf('\n\n');
  const block = blank === -1 ? text : text.slice(0, blank);
  const lines = block.split('\n');
  const fields = lines.map((line) => HEADER_LINE.exec(line));
  if (block.length === 0 || fields.some((m) => m === null)) return { meta, body: text, hasHeader: false };

  for (const m of fields) {
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = oneLine(m[2]);
    if (!value) continue;
    if (key === 'title' && meta.title === null) meta.title = value;
    else if (key === 'source' && meta.source === null) meta.source = value;
    else if (key === 'published' && meta.published === null) meta.published = toIsoDate(value);
    else if (key === 'url' && meta.url === null) meta.url = value.replace(/^<(.*)>$/, '$1');
  }
  const body = blank === -1 ? '' : text.slice(blank + 2);
  return { meta, body: normalizeText(body), hasHeader: true };
}

/** Read a plain-text article from bytes or an already decoded string. Never throws. */
export function readText(content: string | Uint8Array, source: SourceInfo): ReadResult {
  const what = contentNoun(source);
  let raw: string;
  if (typeof content === 'string') {
    if (content.length === 0) return { input: source.input, reason: `empty ${what}` };
    if (content.includes('\u0000')) return { input: source.input, reason: `binary ${what} (NUL bytes)` };
    if (looksBinary(content)) return { input: source.input, reason: `binary ${what} (control characters)` };
    raw = content;
  } else {
    // A charset is honoured only when a server declared one; files must be UTF-8 (or UTF-16 with a BOM).
    const charset = source.contentType ? declaredCharset(new Uint8Array(0), source.contentType) : null;
    const decoded = decodeBytes(content, { what, charset });
    if (!decoded.ok) return { input: source.input, reason: decoded.reason };
    raw = decoded.text;
  }

  const text = normalizeText(raw);
  if (text.length === 0) return { input: source.input, reason: `${what} contains only whitespace` };

  const { meta, body, hasHeader } = parseTextHeader(text);
  if (body.length === 0) {
    return { input: source.input, reason: hasHeader ? `${what} has a header but no body text` : `${what} contains no text` };
  }
  if (!meta.url && source.url) meta.url = source.url;
  return {
    input: source.input,
    path: source.path,
    kind: source.kind ?? 'text',
    text: body,
    meta,
  };
}

// Which reader an input needs: text, html or feed.
// A file's extension decides when it is a known one. Otherwise (URLs, standard input,
// unknown extensions) the first bytes are sniffed, then the HTTP content-type is used,
// and anything left is plain text. Sniffing comes before the content-type because
// servers often label feeds as text/html or text/plain.

import { extname } from 'node:path';

export type InputKind = 'text' | 'html' | 'feed';

const EXTENSION_KINDS: Record<string, InputKind> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** Extensions a directory walk treats as articles. */
export const ARTICLE_EXTENSIONS = new Set(Object.keys(EXTENSION_KINDS));

export function kindFromExtension(path: string): InputKind | null {
  return EXTENSION_KINDS[extname(path).toLowerCase()] ?? null;
}

export function kindFromContentType(contentType: string | null | undefined): InputKind | null {
  if (!contentType) return null;
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/^application\/(?:rss|atom|rdf)\+xml$/.test(type) || type === 'application/feed+xml') return 'feed';
  if (type === 'application/xml' || type === 'text/xml') return 'feed';
  if (type.startsWith('text/')) return 'text';
  return null;
}

/** Tag names that only occur in HTML documents, for pages without <html> or a doctype. */
const HTML_START_TAGS = new Set(['head', 'body', 'meta', 'title', 'div', 'p', 'article', 'section', 'main', 'header', 'link', 'script', 'style', 'h1', 'h2', 'table', 'ul']);

function headOf(bytes: Uint8Array | string): string {
  if (typeof bytes === 'string') return bytes.slice(0, 4096);
  const start = bytes.subarray(0, 4096);
  if (start[0] === 0xff && start[1] === 0xfe) return new TextDecoder('utf-16le').decode(start);
  if (start[0] === 0xfe && start[1] === 0xff) return new TextDecoder('utf-16be').decode(start);
  return new TextDecoder('utf-8').decode(start);
}

/**
 * Sniff the start of a document: feed markup (<rss, <feed, <rdf:RDF, or any other XML
 * document, so the feed reader can say what it is), HTML markup, or null when the
 * content does not start with markup.
 */
export function sniffKind(bytes: Uint8Array | string): InputKind | null {
  let s = headOf(bytes).replace(/^\uFEFF/, '').trimStart();
  let sawXmlDeclaration = false;
  for (let guard = 0; guard < 50; guard++) {
    if (/^<\?xml\s/i.test(s)) sawXmlDeclaration = true;
    let m = /^<\?[\s\S]*?\?>/.exec(s) ?? /^<!--[\s\S]*?-->/.exec(s);
    if (m) { s = s.slice(m[0].length).trimStart(); continue; }
    m = /^<!doctype\s+([a-z:-]+)[^[>]*\[[\s\S]*?\]\s*>/i.exec(s) ?? /^<!doctype\s+([a-z:-]+)[^>]*>/i.exec(s);
    if (m) {
      const name = m[1].toLowerCase();
      if (name === 'html') return 'html';
      if (name === 'rss' || name.endsWith('feed') || name.endsWith('rdf')) return 'feed';
      s = s.slice(m[0].length).trimStart();
      continue;
    }
    break;
  }
  const tag = /^<([a-z][\w.-]*(?::[\w.-]+)?)[\s/>]/i.exec(s);
  if (!tag) return sawXmlDeclaration ? 'feed' : null;
  const name = tag[1].toLowerCase();
  const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
  if (local === 'rss' || local === 'feed' || local === 'rdf') return 'feed';
  if (local === 'html') return 'html';
  if (sawXmlDeclaration) return 'feed';
  if (HTML_START_TAGS.has(local)) return 'html';
  return null;
}

export interface KindHints {
  /** A file path; its extension decides when it is a known one. */
  path?: string | null;
  /** An HTTP content-type. */
  contentType?: string | null;
  /** The content (or its first bytes). */
  bytes: Uint8Array | string;
}

export function detectKind(hints: KindHints): InputKind {
  const byExtension = hints.path ? kindFromExtension(hints.path) : null;
  if (byExtension) return byExtension;
  return sniffKind(hints.bytes) ?? kindFromContentType(hints.contentType) ?? 'text';
}

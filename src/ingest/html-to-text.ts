// DOM or HTML markup to plain text paragraphs. Block elements (paragraphs, headings,
// block quotes, list items, table rows...) each become a paragraph; inline markup is
// flattened with HTML whitespace rules; <br> is a line break; <pre> keeps its lines.
// Used for article bodies (read-html) and for HTML inside feed items (read-feed).

import { normalizeText, oneLine } from './normalize-text.js';
import { parseHtmlDocument } from './parse-html.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'head', 'title', 'meta', 'link', 'base', 'button', 'select', 'option', 'input', 'textarea',
  'img', 'picture', 'video', 'audio', 'source', 'track', 'map', 'area',
]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

const CELLS = new Set(['td', 'th']);

class ParagraphCollector {
  readonly paragraphs: string[] = [];
  private current = '';

  text(s: string, preformatted: boolean): void {
    this.current += preformatted ? s : s.replace(/[ \t\n\r\f]+/g, ' ');
  }

  lineBreak(): void {
    this.current += '\n';
  }

  flush(): void {
    // "<br><br>" (or a blank line inside <pre>) is how many pages separate paragraphs.
    const parts = this.current
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .join('\n')
      .split(/\n{2,}/);
    for (const part of parts) {
      const p = part.trim();
      if (p.length > 0) this.paragraphs.push(p);
    }
    this.current = '';
  }
}

function tagOf(node: Node): string {
  return ((node as Element).localName ?? (node as Element).tagName ?? '').toLowerCase();
}

function walk(node: Node, out: ParagraphCollector, preformatted: boolean): void {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      out.text(child.nodeValue ?? '', preformatted);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = tagOf(child);
    if (SKIPPED.has(tag)) continue;
    if (tag === 'br') { out.lineBreak(); continue; }
    if (CELLS.has(tag)) {
      const prev = (child as Element).previousElementSibling;
      if (prev && CELLS.has(tagOf(prev))) out.text(' | ', true);
      walk(child, out, preformatted);
      continue;
    }
    if (BLOCKS.has(tag)) {
      out.flush();
      walk(child, out, preformatted || tag === 'pre');
      out.flush();
      continue;
    }
    walk(child, out, preformatted);
  }
}

/** The paragraphs of a DOM subtree, each one plain text (may hold single line breaks). */
export function elementToParagraphs(root: Node): string[] {
  const out = new ParagraphCollector();
  walk(root, out, tagOf(root) === 'pre');
  out.flush();
  return out.paragraphs.map((p) => normalizeText(p)).filter((p) => p.length > 0);
}

/** A DOM subtree as normalised text: paragraphs separated by a blank line. */
export function elementToText(root: Node): string {
  return normalizeText(elementToParagraphs(root).join('\n\n'));
}

/** HTML markup (a page or a fragment) as normalised text. */
export function htmlToText(html: string): string {
  const doc = parseHtmlDocument(html);
  return doc.body ? elementToText(doc.body) : '';
}

/** True when a string carries HTML markup rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|<!--/i.test(s);
}

/** Decode HTML character references (&amp;, &nbsp;, &#8217; ...) in plain text, keeping any "<" literal. */
export function decodeHtmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  const escaped = s.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const doc = parseHtmlDocument(`<p>${escaped}</p>`);
  return doc.body?.textContent ?? s;
}

/** Text that may be HTML or plain, as one line (for titles and names). */
export function inlineText(s: string): string {
  return oneLine(looksLikeHtml(s) ? htmlToText(s) : decodeHtmlEntities(s));
}

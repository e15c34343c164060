// HTML pages: the article body as plain paragraphs plus the page's metadata.
//
// Order of attempts for the body, each on a page with furniture already removed
// (see strip-boilerplate.ts):
//   1. Mozilla Readability, on pages nested no deeper than READABILITY_MAX_DEPTH (html-depth.ts);
//   2. the page's <article> (the one with most text), then <main> / [role=main];
//   3. the element whose own paragraphs hold the most text.
// A body shorter than MIN_ARTICLE_CHARS after dropping a repeated headline counts as none.

import { Readability } from '@mozilla/readability';
import type { ReadResult } from './document.js';
import { declaredCharset, decodeBytes, looksBinary } from './decode-bytes.js';
import { dropLeadingHeadline } from './drop-headline.js';
import { extractHtmlMeta } from './html-meta.js';
import { errorMessage } from './error-message.js';
import { elementToText } from './html-to-text.js';
import { parseHtmlDocument } from './parse-html.js';
import { HtmlTooDeep } from './html-too-deep.js';
import { htmlDepth, READABILITY_MAX_DEPTH } from './html-depth.js';
import { contentNoun, type SourceInfo } from './source-info.js';
import { stripBoilerplate } from './strip-boilerplate.js';

/** Fewer characters of body text than this and the page is taken to have no article. */
export const MIN_ARTICLE_CHARS = 40;

/** Elements whose direct text counts toward a block's score in the largest-block heuristic. */
const TEXT_BLOCK_CHILDREN = new Set(['p', 'blockquote', 'pre', 'h2', 'h3', 'h4', 'ul', 'ol', 'table']);

function cleanedDocument(html: string): Document {
  const doc = parseHtmlDocument(html);
  stripBoilerplate(doc);
  return doc;
}

function viaReadability(html: string): string {
  try {
    const doc = cleanedDocument(html);
    const article = new Readability<Node>(doc, { serializer: (node) => node, charThreshold: 200 }).parse();
    return article?.content ? elementToText(article.content) : '';
  } catch (err) {
    if (err instanceof HtmlTooDeep) throw err;
    // Readability can trip over unusual markup; the heuristics below still apply.
    return '';
  }
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function longest(elements: Element[]): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const el of elements) {
    const len = textLength(el);
    if (len > bestLen) { best = el; bestLen = len; }
  }
  return best;
}

/** The element whose own paragraph-like children (and loose text) carry the most text. */
function largestTextBlock(body: Element): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  const elements = [body, ...Array.from(body.querySelectorAll('*'))];
  for (const el of elements) {
    let score = 0;
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) score += (child.nodeValue ?? '').trim().length;
      else if (child.nodeType === 1 && TEXT_BLOCK_CHILDREN.has((child as Element).localName.toLowerCase())) {
        score += textLength(child as Element);
      }
    }
    if (score > bestScore) { best = el; bestScore = score; }
  }
  return best;
}

function viaHeuristics(html: string): string[] {
  const doc = cleanedDocument(html);
  const body = doc.body;
  if (!body) return [];
  const found: string[] = [];
  const article = longest(Array.from(body.querySelectorAll('article')));
  if (article) found.push(elementToText(article));
  const main = longest(Array.from(body.querySelectorAll('main, [role="main"]')));
  if (main) found.push(elementToText(main));
  const block = largestTextBlock(body);
  if (block) found.push(elementToText(block));
  return found;
}

function usable(text: string): boolean {
  return text.replace(/\s+/g, '').length >= MIN_ARTICLE_CHARS;
}

/** Read an HTML page from bytes or an already decoded string. Never throws. */
export function readHtml(content: string | Uint8Array, source: SourceInfo): ReadResult {
  const what = contentNoun(source);
  let html: string;
  if (typeof content === 'string') {
    if (content.trim().length === 0) return { input: source.input, reason: `empty ${what}` };
    if (looksBinary(content)) return { input: source.input, reason: `binary ${what} (control characters)` };
    html = content;
  } else {
    const decoded = decodeBytes(content, { what, charset: declaredCharset(content, source.contentType) });
    if (!decoded.ok) return { input: source.input, reason: decoded.reason };
    html = decoded.text;
  }
  if (html.trim().length === 0) return { input: source.input, reason: `${what} contains only whitespace` };

  try {
    const parsed = parseHtmlDocument(html);
    const meta = extractHtmlMeta(parsed, source.url ?? null);
    const headlines = [meta.title, ...meta.headlines];

    const shallow = htmlDepth(parsed.documentElement) <= READABILITY_MAX_DEPTH;
    let text = shallow ? dropLeadingHeadline(viaReadability(html), headlines) : '';
    if (!usable(text)) {
      for (const candidate of viaHeuristics(html)) {
        const t = dropLeadingHeadline(candidate, headlines);
        if (usable(t)) { text = t; break; }
      }
    }
    if (!usable(text)) return { input: source.input, reason: 'HTML page has no article text' };

    return {
      input: source.input,
      path: source.path,
      kind: source.kind ?? 'html',
      text,
      meta: {
        title: meta.title,
        published: meta.published,
        source: meta.source,
        url: meta.url ?? source.url ?? null,
      },
    };
  } catch (err) {
    if (err instanceof HtmlTooDeep) return { input: source.input, reason: err.message };
    return { input: source.input, reason: `HTML page could not be read: ${errorMessage(err)}` };
  }
}

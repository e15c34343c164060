// Article metadata from an HTML page's head and markup:
//   title     og:title, else the article's <h1>, else <title> without its " | Site" part
//   published article:published_time, JSON-LD datePublished (also in @graph), <time datetime>,
//             then a few common meta names; always as written, reduced to YYYY-MM-DD
//   source    og:site_name, else JSON-LD publisher.name
//   url       og:url, else <link rel="canonical">, resolved against the page URL when known

import type { DocumentMeta } from './document.js';
import { oneLine } from './normalize-text.js';
import { toIsoDate } from './parse-date.js';

export interface HtmlMeta extends DocumentMeta {
  /** Every headline the page states (og:title, h1, <title>), for dropping a repeated headline from the body. */
  headlines: string[];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const ARTICLE_TYPES = /article|posting|report|pressrelease|webpage|creativework/i;

/** Content of the first <meta> whose property, name or itemprop is one of `keys` (case-insensitive). */
function metaContent(doc: Document, keys: string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase().trim();
    if (!wanted.has(key)) continue;
    const content = oneLine(el.getAttribute('content') ?? '');
    if (content) return content;
  }
  return null;
}

function textOf(el: Element | null | undefined): string | null {
  if (!el) return null;
  const t = oneLine(el.textContent ?? '');
  return t.length > 0 ? t : null;
}

// ---------- JSON-LD ----------

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object in the page's JSON-LD blocks, in document order (arrays and @graph flattened). */
function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (v: Json | undefined, depth: number): void => {
    if (depth > 12 || v === undefined || v === null) return;
    if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
    if (!isObject(v)) return;
    nodes.push(v);
    for (const [k, x] of Object.entries(v)) {
      if (k === '@graph' || typeof x === 'object') visit(x, depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const raw = (script.textContent ?? '')
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>)\s*$/, '')
      .trim()
      .replace(/;+$/, '');
    try {
      visit(JSON.parse(raw) as Json, 0);
    } catch {
      // A broken JSON-LD block is common and simply ignored.
    }
  }
  return nodes;
}

function typesOf(node: JsonObject): string {
  const t = node['@type'];
  return Array.isArray(t) ? t.filter((x) => typeof x === 'string').join(' ') : typeof t === 'string' ? t : '';
}

/** Nodes that state the property, article-like ones first, otherwise in document order. */
function withProperty(nodes: JsonObject[], prop: string): JsonObject[] {
  const having = nodes.filter((n) => n[prop] !== undefined && n[prop] !== null);
  return [...having.filter((n) => ARTICLE_TYPES.test(typesOf(n))), ...having.filter((n) => !ARTICLE_TYPES.test(typesOf(n)))];
}

function jsonLdDate(nodes: JsonObject[]): string | null {
  for (const node of withProperty(nodes, 'datePublished')) {
    const v = node.datePublished;
    const candidates = Array.isArray(v) ? v : [v];
    for (const c of candidates) {
      const iso = toIsoDate(typeof c === 'string' ? c : isObject(c) ? (c['@value'] as Json) : null);
      if (iso) return iso;
    }
  }
  return null;
}

function jsonLdPublisher(nodes: JsonObject[]): string | null {
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && n.name !== undefined) byId.set(n['@id'], n);
  const nameOf = (p: Json | undefined): string | null => {
    if (typeof p === 'string') return oneLine(p) || null;
    if (Array.isArray(p)) {
      for (const x of p) { const name = nameOf(x); if (name) return name; }
      return null;
    }
    if (!isObject(p)) return null;
    if (typeof p.name === 'string' && oneLine(p.name)) return oneLine(p.name);
    if (typeof p['@id'] === 'string') {
      const ref = byId.get(p['@id']);
      if (ref && typeof ref.name === 'string' && oneLine(ref.name)) return oneLine(ref.name);
    }
    return null;
  };
  for (const node of withProperty(nodes, 'publisher')) {
    const name = nameOf(node.publisher);
    if (name) return name;
  }
  return null;
}

// ---------- title ----------

const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ', ' « ', ' » '];

function sameText(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

/**
 * Remove the site name a <title> carries: "Deal signed | Harbour Daily" -> "Deal signed".
 * A trailing part is removed when it is the known site name, or when it is short (at most
 * five words) and shorter than what precedes it, so "Kenya - Ethiopia rail link approved"
 * keeps its whole text. A leading part equal to the known site name is removed as well.
 */
export function stripSiteFromTitle(title: string, siteName?: string | null): string {
  let t = oneLine(title);
  for (let round = 0; round < 3; round++) {
    let best = -1;
    let sepLen = 0;
    for (const sep of TITLE_SEPARATORS) {
      const at = t.lastIndexOf(sep);
      if (at > best) { best = at; sepLen = sep.length; }
    }
    if (best <= 0) break;
    const head = t.slice(0, best).trim();
    const tail = t.slice(best + sepLen).trim();
    const tailIsSite = siteName ? sameText(tail, siteName) : false;
    const tailLooksLikeSite = tail.split(/\s+/).length <= 5 && tail.length < head.length;
    if (head && (tailIsSite || tailLooksLikeSite)) { t = head; continue; }
    break;
  }
  if (siteName) {
    for (const sep of TITLE_SEPARATORS) {
      const at = t.indexOf(sep);
      if (at > 0 && sameText(t.slice(0, at).trim(), siteName)) {
        const rest = t.slice(at + sep.length).trim();
        if (rest) t = rest;
        break;
      }
    }
  }
  return t;
}

function articleHeadline(doc: Document): string | null {
  for (const scope of ['article h1', 'main h1', '[role="main"] h1']) {
    const found = textOf(doc.querySelector(scope));
    if (found) return found;
  }
  for (const h1 of Array.from(doc.querySelectorAll('h1'))) {
    if (h1.closest('header, nav, footer, aside')) continue;
    const found = textOf(h1);
    if (found) return found;
  }
  return null;
}

// ---------- url ----------

function absoluteHttpUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!h) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

// ---------- all together ----------

export function extractHtmlMeta(doc: Document, baseUrl?: string | null): HtmlMeta {
  const ld = jsonLdNodes(doc);

  const source = metaContent(doc, ['og:site_name']) ?? jsonLdPublisher(ld);

  const ogTitle = metaContent(doc, ['og:title']);
  const h1 = articleHeadline(doc);
  const rawTitle = textOf(doc.querySelector('head title')) ?? textOf(doc.querySelector('title'));
  const strippedTitle = rawTitle ? stripSiteFromTitle(rawTitle, source) : null;
  const title = ogTitle ?? h1 ?? (strippedTitle || null);

  const timeEl = doc.querySelector('article time[datetime], main time[datetime]') ?? doc.querySelector('time[datetime]');
  const dateCandidates: (() => string | null)[] = [
    () => toIsoDate(metaContent(doc, ['article:published_time'])),
    () => jsonLdDate(ld),
    () => toIsoDate(timeEl?.getAttribute('datetime')),
    () => toIsoDate(metaContent(doc, [
      'datePublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued',
      'dcterms.created', 'dcterms.issued', 'parsely-pub-date', 'sailthru.date', 'og:published_time',
    ])),
  ];
  let published: string | null = null;
  for (const candidate of dateCandidates) {
    published = candidate();
    if (published) break;
  }

  let url = absoluteHttpUrl(metaContent(doc, ['og:url']), baseUrl);
  if (!url) {
    for (const link of Array.from(doc.querySelectorAll('link[rel]'))) {
      const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (!rels.includes('canonical')) continue;
      url = absoluteHttpUrl(link.getAttribute('href'), baseUrl);
      if (url) break;
    }
  }

  const headlines = [ogTitle, h1, strippedTitle, rawTitle].filter((t): t is string => !!t);
  return { title, published, source, url, headlines };
}

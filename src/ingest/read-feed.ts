// RSS (2.0, 0.9x, 1.0/RDF) and Atom feeds: one ReadDocument per item.
//
// Safety: the XML parser runs with entity processing OFF, so DOCTYPE-declared entities
// (billion laughs, external entities) are never expanded or fetched. Only the five
// predefined XML entities and numeric character references are decoded, by hand, below.
// Text-bearing elements are kept raw (parser stop nodes) so CDATA sections, escaped HTML
// and inline XHTML can each be decoded the right way.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ReadResult } from './document.js';
import { declaredCharset, decodeBytes, looksBinary } from './decode-bytes.js';
import { dropLeadingHeadline } from './drop-headline.js';
import { errorMessage } from './error-message.js';
import { decodeHtmlEntities, htmlToText, inlineText, looksLikeHtml } from './html-to-text.js';
import { normalizeText, oneLine } from './normalize-text.js';
import { toIsoDate } from './parse-date.js';
import { contentNoun, type SourceInfo } from './source-info.js';

type XValue = string | number | boolean | null | undefined | XObject | XValue[];
interface XObject { [key: string]: XValue }

/** Elements whose content is text or markup, kept raw by the parser. */
const TEXT_ELEMENTS = ['title', 'description', 'content:encoded', 'content', 'summary', 'subtitle'];
/** Elements that may repeat and are read as lists. */
const LIST_ELEMENTS = new Set(['item', 'entry', 'link', 'atom:link']);

function makeParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false, // never expand DOCTYPE entities
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    stopNodes: TEXT_ELEMENTS.map((name) => `*.${name}`),
    isArray: (name) => LIST_ELEMENTS.has(name),
  });
}

// ---------- XML text decoding ----------

const XML_REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,8})|#x([0-9a-fA-F]{1,7}));/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function fromCodePoint(cp: number): string {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(cp);
}

function decodeReferences(s: string): string {
  return s.replace(XML_REFERENCE, (_all, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return PREDEFINED[name];
    if (dec) return fromCodePoint(Number.parseInt(dec, 10));
    return fromCodePoint(Number.parseInt(hex ?? '', 16));
  });
}

/** Raw XML element content to its text: CDATA taken literally, predefined and numeric references decoded. */
export function decodeXmlText(raw: string): string {
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)) {
    const at = m.index ?? 0;
    out += decodeReferences(raw.slice(last, at)) + m[1];
    last = at + m[0].length;
  }
  return out + decodeReferences(raw.slice(last));
}

// ---------- DOCTYPE entities ----------

const INTERNAL_SUBSET = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i;
const ENTITY_DECLARATION = /<!ENTITY\s+(%\s+)?([^\s"'>]+)\s+(?:(SYSTEM|PUBLIC)\s+(?:"[^"]*"\s+|'[^']*'\s+)?("[^"]*"|'[^']*')|)/gi;

/**
 * Why a feed that declares its own entities is refused, or null. Feeds in the wild do not
 * declare entities; the ones that do are the entity-expansion bomb (billion laughs) and the
 * external-entity read (SYSTEM "file:///etc/passwd"). The parser would leave them unexpanded
 * anyway, but an item carrying "&e;" as text is no article, so the whole feed is refused.
 */
export function entityDeclarationReason(xml: string): string | null {
  const rootAt = xml.search(/<(?![?!])/);
  const prolog = rootAt === -1 ? xml : xml.slice(0, rootAt);
  const subset = INTERNAL_SUBSET.exec(prolog);
  if (!subset) return null;
  const names: string[] = [];
  for (const m of subset[1].matchAll(ENTITY_DECLARATION)) {
    const name = (m[1] ? '%' : '') + m[2];
    if (m[3]) {
      const target = oneLine(m[4].slice(1, -1));
      const shown = target.length > 80 ? `${target.slice(0, 79)}…` : target;
      return `feed refused: its DOCTYPE declares an external entity "${name}" (${m[3].toUpperCase()} "${shown}"), which is never fetched`;
    }
    names.push(name);
  }
  if (names.length === 0) return null;
  const listed = names.slice(0, 3).map((n) => `"${n}"`).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');
  return `feed refused: its DOCTYPE declares entities (${listed}), which are never expanded`;
}

// ---------- reading parsed nodes ----------

function isObject(v: XValue): v is XObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asList(v: XValue): XValue[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

interface RawField { raw: string; type: string | null }

/** The raw content (and Atom type attribute) of the first non-empty occurrence of an element. */
function rawField(v: XValue): RawField | null {
  for (const x of asList(v)) {
    if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') {
      const raw = String(x);
      if (raw.trim()) return { raw, type: null };
    } else if (isObject(x)) {
      const text = x['#text'];
      const raw = typeof text === 'string' || typeof text === 'number' ? String(text) : '';
      const type = typeof x['@_type'] === 'string' ? x['@_type'].toLowerCase() : null;
      if (raw.trim()) return { raw, type };
    }
  }
  return null;
}

/** Body text of a text construct: HTML (escaped, CDATA or inline XHTML) or plain text. */
function bodyText(v: XValue): string {
  const f = rawField(v);
  if (!f) return '';
  if (f.type === 'xhtml' || f.type === 'application/xhtml+xml') return htmlToText(f.raw);
  const decoded = decodeXmlText(f.raw);
  if (f.type === 'text' || f.type === 'text/plain') return normalizeText(decoded);
  return looksLikeHtml(decoded) ? htmlToText(decoded) : normalizeText(decodeHtmlEntities(decoded));
}

/** A one-line text field (titles). */
function lineText(v: XValue): string | null {
  const f = rawField(v);
  if (!f) return null;
  const t = f.type === 'xhtml' ? oneLine(htmlToText(f.raw)) : inlineText(decodeXmlText(f.raw));
  return t || null;
}

function plainValue(v: XValue): string | null {
  const f = rawField(v);
  if (!f) return null;
  const t = oneLine(decodeXmlText(f.raw));
  return t || null;
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : href;
  } catch {
    return href;
  }
}

/** Item URL: a text <link>, else an Atom-style link[href] (rel alternate or none), else a permalink guid. */
function itemLink(item: XObject, linkKeys: string[], base: string | null): string | null {
  const hrefs: string[] = [];
  for (const key of linkKeys) {
    for (const l of asList(item[key])) {
      if (typeof l === 'string') {
        const t = oneLine(decodeXmlText(l));
        if (t) return resolveUrl(t, base);
      } else if (isObject(l)) {
        const href = typeof l['@_href'] === 'string' ? oneLine(decodeXmlText(l['@_href'])) : '';
        const rel = typeof l['@_rel'] === 'string' ? l['@_rel'].toLowerCase() : 'alternate';
        if (href && rel === 'alternate') hrefs.push(href);
        else if (!href && typeof l['#text'] === 'string' && oneLine(l['#text'])) return resolveUrl(oneLine(decodeXmlText(l['#text'])), base);
      }
    }
  }
  if (hrefs.length > 0) return resolveUrl(hrefs[0], base);
  for (const g of asList(item.guid)) {
    const text = isObject(g) ? g['#text'] : g;
    const permalink = !isObject(g) || String(g['@_isPermaLink'] ?? 'true').toLowerCase() !== 'false';
    const t = typeof text === 'string' ? oneLine(decodeXmlText(text)) : '';
    if (permalink && /^https?:\/\//i.test(t)) return t;
  }
  return null;
}

function firstDate(item: XObject, keys: string[]): string | null {
  for (const key of keys) {
    const iso = toIsoDate(plainValue(item[key]));
    if (iso) return iso;
  }
  return null;
}

// ---------- feed shapes ----------

interface FeedShape {
  items: XObject[];
  feedTitle: string | null;
  feedLink: string | null;
  /** Element names, in preference order, for each item field. */
  keys: { title: string[]; link: string[]; date: string[]; text: string[] };
}

function rootName(doc: XObject): string | null {
  for (const key of Object.keys(doc)) {
    if (key.startsWith('?') || key.startsWith('#') || key.startsWith('!') || key.startsWith('@_')) continue;
    return key;
  }
  return null;
}

function shapeOf(doc: XObject, root: string): FeedShape | null {
  const node = doc[root];
  const rootNode: XObject = isObject(node) ? node : {};
  const local = root.includes(':') ? root.slice(root.indexOf(':') + 1) : root;
  const rssKeys = {
    title: ['title'],
    link: ['link', 'atom:link'],
    date: ['pubDate', 'published', 'updated', 'dc:date', 'dcterms:created', 'dcterms:issued'],
    text: ['content:encoded', 'content', 'description', 'summary'],
  };

  if (local.toLowerCase() === 'rss' || local === 'RDF') {
    const channel = asList(rootNode.channel).find(isObject) ?? {};
    const items = [...asList(channel.item), ...asList(rootNode.item)].filter(isObject);
    return {
      items,
      feedTitle: lineText(channel.title),
      feedLink: plainValue(asList(channel.link).find((l) => typeof l === 'string')),
      keys: rssKeys,
    };
  }

  if (local === 'feed') {
    const p = root.slice(0, root.length - local.length); // "" or "atom:"
    const k = (name: string): string => p + name;
    const feedLinks = asList(rootNode[k('link')]).filter(isObject);
    const alternate = feedLinks.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate');
    return {
      items: asList(rootNode[k('entry')]).filter(isObject),
      feedTitle: lineText(rootNode[k('title')]),
      feedLink: typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : null,
      keys: {
        title: [k('title')],
        link: [k('link')],
        date: [k('published'), k('updated'), 'dc:date'],
        text: [k('content'), k('summary'), 'content:encoded', 'description'],
      },
    };
  }
  return null;
}

// ---------- reader ----------

function failure(input: string, reason: string): ReadResult[] {
  return [{ input, reason }];
}

/** Read an RSS or Atom feed from bytes or a decoded string: one result per item. Never throws. */
export function readFeed(content: string | Uint8Array, source: SourceInfo): ReadResult[] {
  const what = contentNoun(source);
  let xml: string;
  if (typeof content === 'string') {
    if (content.trim().length === 0) return failure(source.input, `empty ${what}`);
    if (looksBinary(content)) return failure(source.input, `binary ${what} (control characters)`);
    xml = content;
  } else {
    const decoded = decodeBytes(content, { what, charset: declaredCharset(content, source.contentType) });
    if (!decoded.ok) return failure(source.input, decoded.reason);
    xml = decoded.text;
  }
  xml = xml.replace(/^\uFEFF/, '').trim();
  if (xml.length === 0) return failure(source.input, `${what} contains only whitespace`);

  if (!xml.startsWith('<')) {
    return failure(source.input, `feed does not parse: not XML (starts with ${JSON.stringify(oneLine(xml.slice(0, 20)))})`);
  }

  const entities = entityDeclarationReason(xml);
  if (entities) return failure(source.input, entities);

  let doc: XObject;
  try {
    const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
    if (valid !== true) {
      const { msg, line, col } = valid.err;
      return failure(source.input, `feed does not parse: ${oneLine(msg)} (line ${line}, column ${col})`);
    }
    doc = makeParser().parse(xml) as XObject;
  } catch (err) {
    return failure(source.input, `feed does not parse: ${errorMessage(err)}`);
  }

  const root = rootName(doc);
  if (!root) return failure(source.input, 'feed does not parse: no root element');
  const shape = shapeOf(doc, root);
  if (!shape) return failure(source.input, `XML document is not an RSS or Atom feed (root element <${root}>)`);
  if (shape.items.length === 0) return failure(source.input, 'feed has no items');

  const base = source.url ?? (shape.feedLink && /^https?:\/\//i.test(shape.feedLink) ? shape.feedLink : null);
  return shape.items.map((item, index): ReadResult => {
    const input = `${source.input}#${index + 1}`;
    try {
      const title = shape.keys.title.map((k) => lineText(item[k])).find((t) => t) ?? null;
      let text = '';
      for (const key of shape.keys.text) {
        text = bodyText(item[key]);
        if (text) break;
      }
      text = dropLeadingHeadline(text, [title]);
      if (!text) return { input, reason: title ? 'feed item has a title but no text' : 'feed item has no text' };
      return {
        input,
        path: source.path,
        kind: 'feed-item',
        text,
        meta: {
          title,
          published: firstDate(item, shape.keys.date),
          source: shape.feedTitle,
          url: itemLink(item, shape.keys.link, base),
        },
      };
    } catch (err) {
      return { input, reason: `feed item could not be read: ${errorMessage(err)}` };
    }
  });
}

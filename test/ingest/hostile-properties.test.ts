// Property tests for the hostile-input side of the readers (properties.test.ts covers arbitrary
// strings through readText, readHtml and readFeed): byte decoding round trips, kind detection,
// generated HTML and feed structures, the byte limit on streamed input, the non-article check
// and the address policy. Inputs are bounded in size, so each property finishes; the test
// runner's timeout is what would catch a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { decodeBytes, declaredCharset } from '../../src/ingest/decode-bytes.js';
import { detectKind, sniffKind } from '../../src/ingest/detect-kind.js';
import { isFailure, type ReadResult } from '../../src/ingest/document.js';
import { readFeed } from '../../src/ingest/read-feed.js';
import { readHtml } from '../../src/ingest/read-html.js';
import { readInput } from '../../src/ingest/read-inputs.js';
import { nonArticleReason } from '../../src/ingest/non-article.js';
import { estimateHtmlTextLength } from '../../src/ingest/html-text-estimate.js';
import { addressRefusal, urlRefusal } from '../../src/ingest/address-policy.js';

const SOURCE = { input: 'prop', path: 'prop' };

function oneLine(reason: string): void {
  assert.ok(reason.length > 0 && !reason.includes('\n') && !reason.includes('\r'), `one-line reason: ${JSON.stringify(reason)}`);
}

function wellFormed(r: ReadResult): void {
  if (isFailure(r)) oneLine(r.reason);
  else {
    assert.ok(r.text.length > 0);
    assert.equal(r.text, r.text.trim());
  }
}

/** Text a reader should keep as it is: no NUL or other control characters, no lone surrogates. */
const cleanText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 })
  .filter((s) => !/[\u0000-\u0008\u000e-\u001f\u007f\uFEFF]/.test(s));

test('decodeBytes never throws: a string, or a one-line reason', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), fc.option(fc.constantFrom('utf-8', 'windows-1252', 'iso-8859-1', 'shift_jis', 'no-such-charset', '')), (bytes, charset) => {
    const d = decodeBytes(bytes, { charset });
    if (d.ok) assert.equal(typeof d.text, 'string');
    else oneLine(d.reason);
    const declared = declaredCharset(bytes, charset ? `text/html; charset=${charset}` : null);
    assert.ok(declared === null || typeof declared === 'string');
  }), { numRuns: 500 });
});

test('decodeBytes round-trips clean text through UTF-8 (with and without BOM) and UTF-16 LE/BE with BOM', () => {
  fc.assert(fc.property(cleanText, (s) => {
    const utf8 = Buffer.from(s, 'utf8');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16(); // the BOM swaps too: FF FE becomes FE FF
    for (const bytes of [utf8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), le, be]) {
      const d = decodeBytes(bytes);
      assert.ok(d.ok, d.ok ? '' : d.reason);
      assert.equal(d.text, s);
    }
  }), { numRuns: 300 });
});

test('detectKind never throws and always names a reader; a known extension always wins', () => {
  const contentType = fc.option(fc.oneof(fc.constantFrom('text/html', 'application/rss+xml', 'text/plain', 'image/png', 'application/json; charset=utf-8', ';;', ''), fc.string({ maxLength: 40 })));
  const content = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 300 }),
    fc.array(fc.constantFrom('<?xml version="1.0"?>', '<!--', '-->', '<!DOCTYPE', ' rss', '[', ']>', '<html>', '<rss>', '<feed>', '<div>', '\uFEFF', ' ', '<?', '?>'), { maxLength: 30 }).map((p) => p.join('')));
  fc.assert(fc.property(content, contentType, fc.constantFrom(null, 'a.txt', 'a.html', 'a.xml', 'a.dat', 'noext'), (bytes, ct, path) => {
    const kind = detectKind({ bytes, contentType: ct, path });
    assert.ok(kind === 'text' || kind === 'html' || kind === 'feed');
    if (path === 'a.txt') assert.equal(kind, 'text');
    if (path === 'a.html') assert.equal(kind, 'html');
    if (path === 'a.xml') assert.equal(kind, 'feed');
    const sniffed = sniffKind(bytes);
    assert.ok(sniffed === null || sniffed === 'html' || sniffed === 'feed');
  }), { numRuns: 500 });
});

// --- generated HTML: any nesting of ordinary and hostile elements ----------------------------------

const MARK = 'HIDDEN-MARKER';
type Tree = string | { tag: string; children: Tree[] };
const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.oneof({ maxDepth: 6, depthIdentifier: 'html', withCrossShrink: true }, fc.constantFrom('Port', 'terminal opens', 'the new line', '&amp;', '&lt;x&gt;', ' ', '\n', 'Velmora cement works expands kiln output to two million tonnes'), tie('node')),
  node: fc.record({
    tag: fc.constantFrom('div', 'p', 'article', 'main', 'section', 'span', 'nav', 'footer', 'ul', 'li', 'table', 'td', 'a', 'b', 'h1', 'h2', 'script', 'style', 'iframe', 'noscript', 'template', 'svg'),
    children: fc.array(tie('tree'), { maxLength: 4 }),
  }),
}));

const HIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'noscript', 'template', 'svg']);

function render(t: Tree): string {
  if (typeof t === 'string') return t;
  if (HIDDEN_TAGS.has(t.tag)) return `<${t.tag}>${MARK} ${t.children.map(render).join('')}</${t.tag}>`;
  return `<${t.tag}>${t.children.map(render).join('')}</${t.tag}>`;
}

test('readHtml on generated pages never throws and never lets script, style, iframe or template text through', () => {
  let read = 0;
  fc.assert(fc.property(fc.array(tree, { maxLength: 6 }), fc.boolean(), (trees, wrap) => {
    const body = trees.map(render).join('');
    const html = wrap ? `<!doctype html><html><head><title>T</title><script>${MARK}</script></head><body>${body}</body></html>` : body;
    const r = readHtml(html, SOURCE);
    wellFormed(r);
    if (!isFailure(r)) {
      read++;
      assert.ok(!r.text.includes(MARK), `hidden text leaked: ${r.text.slice(0, 200)}`);
    }
  }), { numRuns: 200 });
  assert.ok(read >= 10, `only ${read} generated pages were read as articles: the leak check saw too little`);
});

test('estimateHtmlTextLength: never throws, never more than the markup, and counts no script or tag text', () => {
  fc.assert(fc.property(fc.array(tree, { maxLength: 6 }), fc.string({ maxLength: 100 }), (trees, junk) => {
    const markup = trees.map(render).join('') + junk;
    const estimate = estimateHtmlTextLength(markup);
    assert.ok(Number.isInteger(estimate) && estimate >= 0 && estimate <= markup.length);
    // the hidden elements' text is skipped whatever surrounds it
    const withScript = `<script>${'z'.repeat(500)}</script>${markup}`;
    assert.ok(estimateHtmlTextLength(withScript) <= estimate + 0, 'script text counted');
  }), { numRuns: 300 });
  assert.equal(estimateHtmlTextLength('<p>Two  words</p>\n<style>p { x: y }</style><!-- note -->&amp;'), 'Two words &amp;'.length);
});

// --- generated feeds -----------------------------------------------------------------------------

const itemText = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('<![CDATA[<p>Ferry route <b>opens</b></p>]]>', '&lt;p&gt;Bridge tender&lt;/p&gt;', '&#x26;&#38;', '&bogus;', 'Plain text about a dam.'));
const escapeXml = (s: string): string => s.replace(/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+|bogus);)/gi, '&amp;').replace(/<(?!!\[CDATA\[)/g, '&lt;');

test('readFeed on generated RSS and Atom: one result per item, each well-formed; never throws', () => {
  let read = 0;
  fc.assert(fc.property(fc.boolean(), fc.array(fc.record({ title: itemText, body: itemText }), { maxLength: 8 }), fc.option(fc.constantFrom('<!DOCTYPE rss>', '<!DOCTYPE rss [<!ENTITY a "b">]>', '<?xml version="1.0"?>')), (atom, items, prolog) => {
    const entries = items.map((i) => atom
      ? `<entry><title>${escapeXml(i.title)}</title><content type="html">${escapeXml(i.body)}</content></entry>`
      : `<item><title>${escapeXml(i.title)}</title><description>${escapeXml(i.body)}</description></item>`).join('');
    const xml = (prolog ?? '') + (atom ? `<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>${entries}</feed>` : `<rss version="2.0"><channel><title>F</title>${entries}</channel></rss>`);
    const results = readFeed(xml, SOURCE);
    for (const r of results) wellFormed(r);
    read += results.filter((r) => !isFailure(r)).length;
    const declaresEntities = prolog?.includes('ENTITY') ?? false;
    const parsedFine = results.length !== 1 || !isFailure(results[0]) || !/does not parse|has no items|DOCTYPE/.test(results[0].reason);
    if (!declaresEntities && items.length > 0 && parsedFine) assert.equal(results.length, items.length);
    if (declaresEntities) assert.ok(results.length === 1 && isFailure(results[0]) && results[0].reason.startsWith('feed refused'));
  }), { numRuns: 200 });
  assert.ok(read >= 20, `only ${read} generated items were read`);
});

// --- limits and refusals ---------------------------------------------------------------------------

test('standard input over the byte limit is always refused; under it, never for its size', async () => {
  await fc.assert(fc.asyncProperty(fc.array(fc.uint8Array({ minLength: 1, maxLength: 300 }), { maxLength: 12 }), fc.integer({ min: 1, max: 2000 }), async (chunks, limit) => {
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const results = await readInput('-', { stdin: Readable.from(chunks.map((c) => Buffer.from(c))), maxBytes: limit });
    for (const r of results) wellFormed(r);
    const tooLarge = results.some((r) => isFailure(r) && r.reason.startsWith('standard input too large'));
    assert.equal(tooLarge, total > limit, `${total} bytes, limit ${limit}`);
  }), { numRuns: 150 });
});

test('nonArticleReason never throws and names what it refuses on one line', () => {
  fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.json().map((j) => Buffer.from(j))), fc.option(fc.string({ maxLength: 30 })), (bytes, ct) => {
    const why = nonArticleReason(bytes, ct);
    if (why !== null) {
      oneLine(why);
      assert.ok(why.startsWith('not an article: '));
    }
  }), { numRuns: 400 });
});

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join('.'));

test('the address policy: never throws; an IPv4 address and its IPv4-mapped and integer URL forms get the same verdict', () => {
  fc.assert(fc.property(ipv4, fc.boolean(), (v4, allowPrivate) => {
    const plain = addressRefusal(v4, { allowPrivate });
    const [a, b, c, d] = v4.split('.').map(Number);
    const mapped = `::ffff:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
    assert.equal(addressRefusal(mapped, { allowPrivate }) === null, plain === null, `${v4} vs ${mapped}`);
    assert.equal(addressRefusal(`::ffff:${v4}`, { allowPrivate }) === null, plain === null);
    const integer = ((a * 256 + b) * 256 + c) * 256 + d;
    const url = new URL(`http://${integer}/`);
    assert.equal(url.hostname, v4, 'the URL parser reads an integer host as dotted IPv4');
    assert.equal(urlRefusal(url, { allowPrivate }) === null, plain === null);
  }), { numRuns: 1000 });
  fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => {
    const why = addressRefusal(s);
    if (why !== null) oneLine(why);
  }), { numRuns: 500 });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isFailure, type ReadDocument, type ReadResult } from '../../src/ingest/document.js';
import { decodeXmlText, readFeed } from '../../src/ingest/read-feed.js';
import { fixture } from './fixture-path.js';

function docs(results: ReadResult[]): ReadDocument[] {
  return results.map((r) => {
    if (isFailure(r)) assert.fail(`expected a document, got failure for ${r.input}: ${r.reason}`);
    return r;
  });
}

function readFixture(name: string, url?: string): ReadResult[] {
  const path = fixture(name);
  return readFeed(readFileSync(path), { input: path, path, url });
}

test('RSS 2.0: one document per item with title, date, url, source and text', () => {
  const path = fixture('feed/rss2.xml');
  const items = docs(readFixture('feed/rss2.xml'));
  assert.equal(items.length, 3);
  items.forEach((d, i) => {
    assert.equal(d.kind, 'feed-item');
    assert.equal(d.input, `${path}#${i + 1}`);
    assert.equal(d.path, path);
    assert.equal(d.meta.source, 'Corridor Watch & Trade Notes');
  });

  const [first, second, third] = items;
  assert.equal(first.meta.title, 'Dry port at Castelo gets customs approval');
  assert.equal(first.meta.published, '2024-05-11');
  assert.equal(first.meta.url, 'https://corridor-watch.example.net/2024/05/castelo-dry-port');
  assert.equal(
    first.text,
    'The inland dry port at Castelo has received customs approval, allowing containers to be cleared away from the coast.\n\n' +
      'The operator said the approval would cut truck waiting times at the seaport by half & free up quay space.',
    'content:encoded wins over description, HTML converted',
  );

  assert.equal(second.meta.title, 'Bridge tender & toll plan published');
  assert.equal(second.meta.published, '2024-05-09', 'dc:date');
  assert.equal(second.meta.url, 'https://corridor-watch.example.net/2024/05/bridge-tender', 'permalink guid');
  assert.equal(second.text, 'The roads agency published a tender for a cable-stayed bridge across the Rio Lento.\n\nBidders have until September to apply.');

  assert.equal(third.meta.url, 'https://corridor-watch.example.net/2024/05/ferry-link', 'relative link resolved against the channel link');
  assert.equal(third.text, 'The ferry link between the two island ports resumed on Monday after three months of dredging work.\n\nA second vessel is due to join the route in the autumn.');
});

test('Atom: html, xhtml and summary content; published before updated; link[href]', () => {
  const path = fixture('feed/atom.xml');
  const items = docs(readFixture('feed/atom.xml'));
  assert.equal(items.length, 3);
  const [a, b, c] = items;
  assert.equal(a.input, `${path}#1`);
  assert.equal(a.meta.source, 'Gridlines Bulletin');
  assert.equal(a.meta.title, 'Interconnector cable order signed');
  assert.equal(a.meta.published, '2024-06-18');
  assert.equal(a.meta.url, 'https://gridlines.example.org/posts/cable-order');
  assert.equal(a.text, 'Two transmission operators signed an order for 240 km of subsea cable for their planned interconnector.\n\nDelivery is expected in 2026.');

  assert.equal(b.meta.published, '2024-06-12', 'updated when there is no published');
  assert.equal(b.meta.url, 'https://gridlines.example.org/posts/battery-site');
  assert.equal(b.text, 'A utility picked a former coal yard as the site of a 100 MW battery.\n\nThe project still needs a grid connection agreement.');

  assert.equal(c.text, 'The grid company will upgrade the Eastfield substation to handle more wind power.');
});

test('a fetched feed resolves relative item links against the feed URL', () => {
  const items = docs(readFixture('feed/atom.xml', 'https://mirror.example.com/feeds/grid.xml'));
  assert.equal(items[1].meta.url, 'https://mirror.example.com/posts/battery-site');
});

test('feed with no items, non-XML, broken XML and non-feed XML are failures', () => {
  const cases: [string, RegExp][] = [
    ['feed/no-items.rss', /^feed has no items$/],
    ['feed/not-xml.xml', /^feed does not parse: not XML/],
    ['feed/broken.xml', /^feed does not parse: .*line 2/],
  ];
  for (const [name, reason] of cases) {
    const results = readFixture(name);
    assert.equal(results.length, 1);
    const [r] = results;
    assert.ok(isFailure(r), name);
    assert.equal(r.input, fixture(name));
    assert.match(r.reason, reason);
  }
  const [html] = readFeed('<html><body><p>Not a feed.</p></body></html>', { input: 'x.xml', path: 'x.xml' });
  assert.ok(isFailure(html));
  assert.equal(html.reason, 'XML document is not an RSS or Atom feed (root element <html>)');
});

test('a feed declaring entities (billion laughs) is refused quickly, nothing expanded', () => {
  const results = readFixture('feed/entity-expansion.xml');
  assert.equal(results.length, 1);
  const [r] = results;
  assert.ok(isFailure(r), 'refused, not read');
  assert.equal(r.reason, 'feed refused: its DOCTYPE declares entities ("a", "b", "c" and 2 more), which are never expanded');
});

test('a feed declaring an external entity is refused and the file is never read', () => {
  const [r] = readFixture('feed/external-entity.xml');
  assert.ok(isFailure(r));
  assert.equal(r.reason, 'feed refused: its DOCTYPE declares an external entity "secret" (SYSTEM "file:///etc/hostname"), which is never fetched');
});

test('items without text are failures that name the item', () => {
  const xml = '<rss version="2.0"><channel><title>T</title><item><title>Headline only</title></item><item><description>Real text about a port.</description></item></channel></rss>';
  const [first, second] = readFeed(xml, { input: 'f.rss', path: 'f.rss' });
  assert.ok(isFailure(first));
  assert.equal(first.input, 'f.rss#1');
  assert.equal(first.reason, 'feed item has a title but no text');
  assert.ok(!isFailure(second));
  assert.equal(second.input, 'f.rss#2');
  assert.equal(second.meta.title, null);
});

test('RSS 1.0 (RDF) items are read', () => {
  const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example.com/"><title>Old Wire</title><link>https://old.example.com/</link></channel>
  <item rdf:about="https://old.example.com/1"><title>Mine reopens</title><link>https://old.example.com/1</link><dc:date>2019-02-03</dc:date><description>A copper mine closed since 2015 will reopen under new owners.</description></item>
</rdf:RDF>`;
  const [d] = docs(readFeed(xml, { input: 'old.rdf', path: 'old.rdf' }));
  assert.equal(d.meta.source, 'Old Wire');
  assert.equal(d.meta.published, '2019-02-03');
  assert.equal(d.meta.url, 'https://old.example.com/1');
});

test('decodeXmlText: CDATA literal, predefined and numeric references decoded once', () => {
  assert.equal(decodeXmlText('a &amp;amp; b &lt;p&gt; &#233;&#xE9; <![CDATA[&amp; <b>]]>'), 'a &amp; b <p> éé &amp; <b>');
  assert.equal(decodeXmlText('&#0; &#xD800; &undefined;'), '\uFFFD \uFFFD &undefined;');
});

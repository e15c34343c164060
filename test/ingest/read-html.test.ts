import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isFailure, type ReadDocument, type ReadResult } from '../../src/ingest/document.js';
import { stripSiteFromTitle } from '../../src/ingest/html-meta.js';
import { htmlToText } from '../../src/ingest/html-to-text.js';
import { readHtml } from '../../src/ingest/read-html.js';
import { fixture } from './fixture-path.js';

function doc(r: ReadResult): ReadDocument {
  if (isFailure(r)) assert.fail(`expected a document, got failure: ${r.reason}`);
  return r;
}

function readFixture(name: string, url?: string): ReadResult {
  const path = fixture(name);
  return readHtml(readFileSync(path), { input: path, path, url });
}

const BOILERPLATE = [
  'cookie', 'Accept all', 'Markets', 'Energy desk', 'Ports and shipping', 'Share on LinkedIn', 'Email this story',
  'Related stories', 'Airport expansion delayed', 'Inland rail tender', 'morning briefing', 'Copyright',
  'Privacy policy', 'Terms of use', 'Double the capacity', 'window.analytics', 'position: fixed',
];

test('article page: body only, no navigation, cookie banner, share bar, related list or footer', () => {
  const d = doc(readFixture('html/article-boilerplate.html'));
  for (const phrase of BOILERPLATE) assert.ok(!d.text.includes(phrase), `boilerplate "${phrase}" leaked into the text`);
  assert.ok(d.text.startsWith('The company that runs Port Verano'), `text starts: ${d.text.slice(0, 60)}`);
  assert.ok(d.text.includes('build a rail link to the inland dry port at Castelo.'));
  assert.ok(d.text.endsWith('with the first berth opening in 2027.'));
});

test('article page: paragraphs, block quote and in-article heading are separate paragraphs', () => {
  const d = doc(readFixture('html/article-boilerplate.html'));
  const paragraphs = d.text.split('\n\n');
  assert.ok(paragraphs.includes('This terminal will double what the port can handle and bring the big ships back to our coast.'));
  assert.ok(paragraphs.includes('How the project is financed'));
  assert.ok(paragraphs.length >= 6, `got ${paragraphs.length} paragraphs`);
  assert.ok(!d.text.includes('\n\n\n'));
});

test('article page: og:title beats <title>, headline not repeated in the body', () => {
  const d = doc(readFixture('html/article-boilerplate.html'));
  assert.equal(d.meta.title, 'Port Verano operator commits $400m to second container terminal');
  assert.ok(!d.text.startsWith('Port Verano operator commits'));
});

test('article page: JSON-LD date inside @graph, as written, before <time>; publisher and og:url', () => {
  const d = doc(readFixture('html/article-boilerplate.html'));
  assert.equal(d.meta.published, '2024-03-14'); // not shifted to UTC, and not the <time> value
  assert.equal(d.meta.source, 'Coastline Business Review'); // og:site_name first
  assert.equal(d.meta.url, 'https://coastline.example.com/ports/verano-terminal'); // og:url before canonical
  assert.equal(d.kind, 'html');
});

test('body in <div class="main">: title from <title> without the site suffix, <time> date', () => {
  const d = doc(readFixture('html/main-div.html'));
  assert.equal(d.meta.title, 'Solar park financing closes in Dunmore');
  assert.equal(d.meta.published, '2023-11-08');
  assert.equal(d.meta.source, null);
  assert.equal(d.meta.url, null, 'a relative canonical link cannot be resolved without a page URL');
  assert.ok(d.text.startsWith('Developers of a 250 MW solar park'), `text starts: ${d.text.slice(0, 60)}`);
  for (const phrase of ['Most read', 'Battery plant', 'Advertise', 'Sunbelt Energy Wire', 'Storage']) {
    assert.ok(!d.text.includes(phrase), `"${phrase}" leaked into the text`);
  }
  assert.ok(d.text.includes('\n\nGrid connection\n\n'));
});

test('relative canonical link is resolved against the page URL', () => {
  const d = doc(readFixture('html/main-div.html', 'https://sunbelt.example.com/news/x?utm=1'));
  assert.equal(d.meta.url, 'https://sunbelt.example.com/2023/11/dunmore-solar-financing');
});

test('article h1 is the title when there is no og:title; article:published_time first', () => {
  const d = doc(readFixture('html/h1-title.html'));
  assert.equal(d.meta.title, 'Northern ring road goes to private operator');
  assert.equal(d.meta.published, '2022-09-30');
  assert.equal(d.meta.source, 'Highway Ledger');
  assert.ok(d.text.startsWith('A private consortium has won'));
});

test('a page with no article is a failure', () => {
  const r = readFixture('html/no-article.html');
  assert.ok(isFailure(r));
  assert.equal(r.reason, 'HTML page has no article text');
});

test('an HTML fragment without <html> or <body> is read', () => {
  const d = doc(readFixture('html/fragment.htm'));
  assert.equal(
    d.text,
    'Wind farm gets environmental permit\n\nRegulators approved the environmental study for a 60-turbine wind farm on the fictional Barren Ridge plateau, the developer said.\nConstruction could start within a year.\n\nCapacity: 360 MW\n\nCost: about 480 million dollars',
  );
});

test('JSON-LD publisher, array @type and plain datePublished; broken JSON-LD ignored', () => {
  const html = `<html><head><title>Plant expansion</title>
    <script type="application/ld+json">{ not json</script>
    <script type="application/ld+json">[{"@type":["NewsArticle"],"datePublished":"5 May 2021","publisher":[{"@type":"Organization","name":"Valley Post"}]}]</script>
    </head><body><article><p>A cement maker will add a second kiln to its plant in the valley, raising output by a third.</p></article></body></html>`;
  const d = doc(readHtml(html, { input: 'p.html', path: 'p.html' }));
  assert.equal(d.meta.published, '2021-05-05');
  assert.equal(d.meta.source, 'Valley Post');
  assert.equal(d.meta.title, 'Plant expansion');
});

test('empty or whitespace-only HTML and invalid bytes are failures', () => {
  const src = { input: 'e.html', path: 'e.html' };
  const empty = readHtml(new Uint8Array(0), src);
  assert.ok(isFailure(empty) && empty.reason === 'empty file');
  const blank = readHtml('   \n ', src);
  assert.ok(isFailure(blank) && blank.reason === 'empty file');
  const bad = readHtml(Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x00, 0x41]), src);
  assert.ok(isFailure(bad) && /binary|UTF/.test(bad.reason));
});

test('a declared legacy charset is honoured when the bytes are not UTF-8', () => {
  const html = '<html><head><meta charset="windows-1252"><title>Caf\xe9 chain</title></head><body><article><p>A caf\xe9 chain from the coast will open forty outlets in the capital next year, it said.</p></article></body></html>';
  const d = doc(readHtml(Buffer.from(html, 'latin1'), { input: 'c.html', path: 'c.html' }));
  assert.equal(d.meta.title, 'Café chain');
  assert.ok(d.text.startsWith('A café chain'));
});

test('stripSiteFromTitle', () => {
  assert.equal(stripSiteFromTitle('Port deal signed | Harbour Daily'), 'Port deal signed');
  assert.equal(stripSiteFromTitle('Port deal signed - Harbour Daily'), 'Port deal signed');
  assert.equal(stripSiteFromTitle('Terminal expansion approved | Ports | Harbour Daily'), 'Terminal expansion approved');
  assert.equal(stripSiteFromTitle('Kenya - Ethiopia rail link approved'), 'Kenya - Ethiopia rail link approved');
  assert.equal(stripSiteFromTitle('Harbour Daily | Port deal signed', 'Harbour Daily'), 'Port deal signed');
  assert.equal(stripSiteFromTitle('A short one - The Very Long Name Of A Regional Business Newspaper', 'The Very Long Name Of A Regional Business Newspaper'), 'A short one');
});

test('htmlToText: <br><br> splits paragraphs, <pre> keeps lines, tables become rows', () => {
  assert.equal(htmlToText('<p>one<br><br>two</p>'), 'one\n\ntwo');
  assert.equal(htmlToText('<pre>a  b\n  c</pre>'), 'a b\nc');
  assert.equal(htmlToText('<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Cranes</td><td>$80m</td></tr></table>'), 'Item | Cost\n\nCranes | $80m');
  assert.equal(htmlToText('<p>a &amp; b&nbsp;c</p><script>x()</script>'), 'a & b c');
});

test('a page wrapped in one <form> (ASP.NET style) keeps its story', () => {
  const html = `<html><head><title>Water plant contract - City Gazette</title></head><body>
    <form id="aspnetForm" method="post" action="./story.aspx">
      <div class="topnav"><a href="/">Home</a> <a href="/city">City</a></div>
      <div id="content">
        <p>The city water utility signed a contract for a desalination plant with a capacity of 50,000 cubic metres a day.</p>
        <p>The plant will be built on reclaimed land next to the existing power station, the utility said.</p>
        <p>Financing will come from a green bond and a loan from an export credit agency.</p>
      </div>
      <input type="hidden" name="__VIEWSTATE" value="abc">
      <div class="footer">City Gazette, all rights reserved</div>
    </form></body></html>`;
  const d = doc(readHtml(html, { input: 'w.html', path: 'w.html' }));
  assert.equal(d.meta.title, 'Water plant contract');
  assert.ok(d.text.startsWith('The city water utility signed'));
  assert.ok(d.text.includes('export credit agency'));
  assert.ok(!d.text.includes('all rights reserved') && !d.text.includes('Home'));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isFailure, type ReadDocument, type ReadResult } from '../../src/ingest/document.js';
import { parseTextHeader, readText } from '../../src/ingest/read-text.js';
import { fixture } from './fixture-path.js';

function doc(r: ReadResult): ReadDocument {
  if (isFailure(r)) assert.fail(`expected a document, got failure: ${r.reason}`);
  return r;
}

function readFixture(name: string): ReadResult {
  const path = fixture(name);
  return readText(readFileSync(path), { input: path, path });
}

test('header with all four fields', () => {
  const d = doc(readFixture('text/full-header.txt'));
  assert.deepEqual(d.meta, {
    title: 'Lakeside grid operator agrees cross-border power line',
    source: 'Meridian Energy Desk',
    published: '2024-07-02',
    url: 'https://news.example.org/energy/lakeside-interconnector',
  });
  assert.equal(d.kind, 'text');
  assert.ok(d.text.startsWith('The grid operator of the fictional Republic of Lakeside'));
  assert.ok(!d.text.includes('Title:') && !d.text.includes('Meridian Energy Desk'), 'header is not part of the text');
  assert.equal(d.text.split('\n\n').length, 3);
});

test('partial header, keys in any case and order', () => {
  const d = doc(readFixture('text/partial-header.txt'));
  assert.equal(d.meta.title, 'Harbour town picks builder for fishing port upgrade');
  assert.equal(d.meta.published, '2024-07-02');
  assert.equal(d.meta.source, null);
  assert.equal(d.meta.url, null);
  assert.ok(d.text.startsWith('The council of a small harbour town'));
});

test('no header: the whole file is body', () => {
  const d = doc(readFixture('text/no-header.txt'));
  assert.deepEqual(d.meta, { title: null, published: null, source: null, url: null });
  assert.ok(d.text.startsWith('A logistics company from Northland'));
});

test('a first block that is not all header lines is body', () => {
  const d = doc(readText('Title: Looks like a header\nbut this line is prose.\n\nMore prose.', { input: 'x', path: 'x' }));
  assert.equal(d.meta.title, null);
  assert.ok(d.text.startsWith('Title: Looks like a header'));
});

test('CRLF, odd spaces and blank-line runs are normalised', () => {
  const crlf = doc(readFixture('text/crlf.txt'));
  assert.equal(crlf.meta.published, '2023-03-03');
  assert.ok(!crlf.text.includes('\r'));
  const messy = doc(readFixture('text/messy-spacing.txt'));
  assert.equal(messy.meta.title, 'Rail freight terminal opens');
  assert.equal(messy.text, 'First paragraph with extra spaces and a non-breaking space.\n\nSecond paragraph after several blank lines. Tabbed.');
});

test('unparseable Published value leaves published null', () => {
  const d = doc(readText('Published: sometime last spring\nTitle: T\n\nBody text here.', { input: 'x', path: 'x' }));
  assert.equal(d.meta.published, null);
  assert.equal(d.meta.title, 'T');
});

test('header only, no body, is a failure', () => {
  const r = readText('Title: Only a header\nSource: Nobody\n', { input: 'h.txt', path: 'h.txt' });
  assert.ok(isFailure(r));
  assert.match(r.reason, /header but no body/);
});

test('empty, whitespace-only, binary and invalid UTF-8 bytes are failures', () => {
  const src = { input: 'f.txt', path: 'f.txt' };
  const cases: [Uint8Array, RegExp][] = [
    [new Uint8Array(0), /^empty file$/],
    [Buffer.from(' \n\t \r\n '), /only whitespace/],
    [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]), /^binary file \(NUL bytes\)$/],
    [Buffer.from('\u0001\u0002\u0003\u0004\u0005 abc \u0006\u0007\u0008\u000e\u000f'), /^binary file \(control characters\)$/],
    [Buffer.from([0x4f, 0x6b, 0x20, 0xc3, 0x28, 0x20]), /^not valid UTF-8 \(byte 0xc3 at offset 3\)$/],
    [Buffer.from([0x61, 0xff, 0x62]), /^not valid UTF-8/],
  ];
  for (const [bytes, reason] of cases) {
    const r = readText(bytes, src);
    assert.ok(isFailure(r), `expected failure for ${Buffer.from(bytes).toString('hex')}`);
    assert.match(r.reason, reason);
    assert.equal(r.input, 'f.txt');
  }
});

test('UTF-16 LE and BE with BOM are decoded; UTF-8 BOM is stripped', () => {
  const article = 'Title: Cable deal\n\nA subsea cable to the islands was approved — cost €90m.';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  be[0] = 0xfe; be[1] = 0xff;
  const utf8bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article, 'utf8')]);
  for (const bytes of [le, be, utf8bom]) {
    const d = doc(readText(bytes, { input: 'u', path: 'u' }));
    assert.equal(d.meta.title, 'Cable deal');
    assert.equal(d.text, 'A subsea cable to the islands was approved — cost €90m.');
  }
});

test('standard input and URL sources: path, kind and url', () => {
  const fromStdin = doc(readText('Body from a pipe.', { input: '-', path: null }));
  assert.equal(fromStdin.path, null);
  assert.equal(fromStdin.input, '-');
  const fromUrl = doc(readText('Body from the web.', { input: 'http://127.0.0.1/x', path: 'http://127.0.0.1/x', url: 'http://127.0.0.1/y', kind: 'url' }));
  assert.equal(fromUrl.kind, 'url');
  assert.equal(fromUrl.meta.url, 'http://127.0.0.1/y');
  const empty = readText(new Uint8Array(0), { input: '-', path: null });
  assert.ok(isFailure(empty));
  assert.equal(empty.reason, 'empty input');
});

test('parseTextHeader keeps the first value of a repeated key', () => {
  const parsed = parseTextHeader('Title: First\nTitle: Second\nURL: <https://example.com/a>\n\nBody');
  assert.equal(parsed.meta.title, 'First');
  assert.equal(parsed.meta.url, 'https://example.com/a');
  assert.equal(parsed.body, 'Body');
});

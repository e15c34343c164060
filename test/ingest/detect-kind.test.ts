import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectKind, kindFromContentType, kindFromExtension, sniffKind } from '../../src/ingest/detect-kind.js';

const bytes = (s: string): Uint8Array => Buffer.from(s, 'utf8');

test('kind from file extension', () => {
  for (const p of ['a.txt', 'a.TEXT', 'notes/a.md']) assert.equal(kindFromExtension(p), 'text');
  for (const p of ['a.html', 'a.HTM', 'a.xhtml']) assert.equal(kindFromExtension(p), 'html');
  for (const p of ['a.xml', 'a.rss', 'a.atom']) assert.equal(kindFromExtension(p), 'feed');
  for (const p of ['a.json', 'a', 'a.gold.json', 'a.pdf']) assert.equal(kindFromExtension(p), null);
});

test('kind from content-type', () => {
  assert.equal(kindFromContentType('text/html; charset=utf-8'), 'html');
  assert.equal(kindFromContentType('application/rss+xml'), 'feed');
  assert.equal(kindFromContentType('application/atom+xml; charset=UTF-8'), 'feed');
  assert.equal(kindFromContentType('text/plain'), 'text');
  assert.equal(kindFromContentType('application/octet-stream'), null);
  assert.equal(kindFromContentType(null), null);
});

test('sniffing the first bytes', () => {
  assert.equal(sniffKind(bytes('<rss version="2.0">')), 'feed');
  assert.equal(sniffKind(bytes('  <feed xmlns="http://www.w3.org/2005/Atom">')), 'feed');
  assert.equal(sniffKind(bytes('<?xml version="1.0"?>\n<!-- c -->\n<?xml-stylesheet href="s.xsl"?><rss>')), 'feed');
  assert.equal(sniffKind(bytes('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><rdf:RDF>')), 'feed');
  assert.equal(sniffKind(bytes('<!DOCTYPE html><html>')), 'html');
  assert.equal(sniffKind(bytes('\uFEFF<!doctype HTML>')), 'html');
  assert.equal(sniffKind(bytes('<html lang="en">')), 'html');
  assert.equal(sniffKind(bytes('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">')), 'html');
  assert.equal(sniffKind(bytes('<div class="story"><p>Fragment</p></div>')), 'html');
  assert.equal(sniffKind(bytes('Title: plain\n\nBody')), null);
  assert.equal(sniffKind(bytes('a < b and c > d')), null);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss>', 'utf16le')]);
  assert.equal(sniffKind(utf16), 'feed');
});

test('detectKind: a known extension wins, then sniffing, then content-type, then text', () => {
  assert.equal(detectKind({ path: 'a.txt', bytes: bytes('<html>') }), 'text');
  assert.equal(detectKind({ path: 'a.dat', bytes: bytes('<rss>') }), 'feed');
  assert.equal(detectKind({ contentType: 'text/html', bytes: bytes('<rss version="2.0">') }), 'feed');
  assert.equal(detectKind({ contentType: 'text/html', bytes: bytes('Just words') }), 'html');
  assert.equal(detectKind({ contentType: 'application/octet-stream', bytes: bytes('Just words') }), 'text');
  assert.equal(detectKind({ bytes: bytes('') }), 'text');
});

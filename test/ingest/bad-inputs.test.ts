// The bad-input corpus (test/fixtures/bad, plus the large inputs scripts/make-bad-inputs.ts
// writes into a temporary folder): each is refused with its one-line reason or read correctly,
// and no reader holds more than its byte limit, whatever the input claims or never stops sending.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { isFailure, type ReadDocument, type ReadResult } from '../../src/ingest/document.js';
import { readInput } from '../../src/ingest/read-inputs.js';
import { readHtml } from '../../src/ingest/read-html.js';
import { extractDocument } from '../../src/pipeline/ingest-documents.js';
import { validateExtraction } from '../../src/nlp/validate-extraction.js';
import { deepHtml, makeLargeBadInputs, type LargeBadInputs } from '../../scripts/make-bad-inputs.js';
import { scratchDir } from './fixture-path.js';

const BAD = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));
const bad = (name: string): string => join(BAD, name);
const MB = 1024 * 1024;
const READ = '(only text, HTML and RSS/Atom feeds are read)';

let large: LargeBadInputs;
let scratch: ReturnType<typeof scratchDir>;

before(async () => {
  scratch = scratchDir();
  large = await makeLargeBadInputs(scratch.dir);
});

after(() => scratch.cleanup());

function reasonOf(results: ReadResult[]): string {
  assert.equal(results.length, 1, 'one result');
  const [r] = results;
  assert.ok(isFailure(r), `expected a failure, got a document: ${JSON.stringify(r).slice(0, 200)}`);
  assert.ok(r.reason.length > 0 && !r.reason.includes('\n'), `one line: ${JSON.stringify(r.reason)}`);
  return r.reason;
}

function documentOf(results: ReadResult[]): ReadDocument {
  assert.equal(results.length, 1, 'one result');
  const [r] = results;
  if (isFailure(r)) assert.fail(`expected a document, got: ${r.reason}`);
  return r;
}

test('refused files, each with its one-line reason', async () => {
  const expected: Record<string, string> = {
    'empty.txt': 'empty file',
    'binary.txt': 'binary file (NUL bytes)',
    'invalid-utf8.txt': 'not valid UTF-8 (byte 0xc3 at offset 56)',
    'malformed.pdf': `not an article: PDF document ${READ}`,
    'not-an-image.png': `not an article: PNG image ${READ}`,
    'api-response.json': `not an article: JSON data ${READ}`,
    'billion-laughs.xml': 'feed refused: its DOCTYPE declares entities ("lol0", "lol1", "lol2" and 7 more), which are never expanded',
    'external-entity.xml': 'feed refused: its DOCTYPE declares an external entity "passwd" (SYSTEM "file:///etc/passwd"), which is never fetched',
  };
  for (const [name, reason] of Object.entries(expected)) {
    assert.equal(reasonOf(await readInput(bad(name))), reason, name);
  }
});

test('UTF-16 with a byte-order mark, little- and big-endian, is decoded and read', async () => {
  for (const name of ['utf16le-bom.txt', 'utf16be-bom.txt']) {
    const doc = documentOf(await readInput(bad(name)));
    assert.equal(doc.meta.title, 'River ferry terminal reopens', name);
    assert.match(doc.text, /^The river ferry terminal at Kalvar reopened on Monday/, name);
  }
});

test('HTML full of scripts and iframes: the article is read and no script, iframe or handler text leaks in', async () => {
  const doc = documentOf(await readInput(bad('scripts-and-iframes.html')));
  assert.equal(doc.meta.title, 'Cement plant kiln upgrade approved');
  assert.match(doc.text, /kiln upgrade on Tuesday that will lift output to 1\.8 million tonnes a year/);
  assert.match(doc.text, /start on site in March/);
  for (const leak of ['SCRIPT-TEXT', 'ONLOAD-TEXT', 'IFRAME-FALLBACK', 'SRCDOC-TEXT', 'JSON-LD-TEXT', 'JS-URL-TEXT', 'console.log', 'document.write']) {
    assert.ok(!doc.text.includes(leak), `${leak} leaked into the text`);
  }
});

test('an article in French is read and stored like any other; the English engine finds little in it, and its output is valid', async () => {
  const doc = documentOf(await readInput(bad('french-article.txt')));
  assert.equal(doc.meta.title, 'Une nouvelle ligne de tramway pour Valmont');
  assert.match(doc.text, /deuxième ligne de tramway/);
  const x = extractDocument(doc);
  const v = validateExtraction(x, x.text ?? '');
  assert.ok(v.ok, v.ok ? '' : v.errors.join('\n'));
  // no people or meetings are invented from French prose; at most a project or two from numbers and place names
  assert.equal(x.people.length, 0, JSON.stringify(x.people));
  assert.ok(x.projects.length <= 2, JSON.stringify(x.projects.map((p) => p.name)));
});

test('a 50 MB text is refused on its size before it is read', async () => {
  assert.equal(reasonOf(await readInput(large.hugeText)), 'file too large: 50 MB > 20 MB limit');
  // the limit is the caller's to set, and the reason follows it
  assert.equal(reasonOf(await readInput(large.hugeText, { maxBytes: 30 * MB })), 'file too large: 50 MB > 30 MB limit');
});

test('a file that reports no size (a device that never ends) is cut off at the limit', { skip: !existsSync('/dev/zero') && 'no /dev/zero' }, async () => {
  // /dev/zero has size 0 to stat and no end: a reader that trusted stat or read to the end would never return
  assert.equal(reasonOf(await readInput('/dev/zero', { maxBytes: 2 * MB })), 'file too large: over the 2 MB limit');
});

test('standard input that never ends is read no further than the limit', async () => {
  let pulled = 0;
  const endless = new Readable({
    read() {
      pulled += 64 * 1024;
      this.push(Buffer.alloc(64 * 1024, 0x61));
    },
  });
  assert.equal(reasonOf(await readInput('-', { stdin: endless, maxBytes: MB })), 'standard input too large: over the 1 MB limit');
  // what was pulled: the limit, one chunk over it, and the stream's read-ahead buffer
  assert.ok(pulled <= MB + 4 * 64 * 1024, `pulled ${pulled} bytes`);
});

test('HTML nested 10,000 deep is read (the cheap heuristics take over from Readability); past 15,000 it is refused', async () => {
  const doc = documentOf(await readInput(large.deepHtml));
  assert.equal(doc.text, 'The regional council approved a new bridge over the river near the old mill on Monday.');
  assert.equal(reasonOf([readHtml(deepHtml(20_000), { input: 'deeper', path: 'deeper' })]), 'HTML nested too deep: 20,003 levels > 15,000 limit');
});

test('a gzip file on disk is named as such, not read as text', async () => {
  const { writeFileSync } = await import('node:fs');
  const path = join(scratch.dir, 'bomb.txt');
  writeFileSync(path, large.gzipBomb);
  assert.equal(reasonOf(await readInput(path)), `not an article: gzip-compressed file ${READ}`);
});

test('a 19 MB page of article text is refused on an estimate before it is parsed; 19 MB of scripts around a short article is read', async () => {
  const { writeFileSync } = await import('node:fs');
  const para = '<p>The port authority said the new quay would open in stages over the next three years.</p>\n';
  const wordy = join(scratch.dir, 'wordy.html');
  writeFileSync(wordy, `<html><head><title>Wordy</title></head><body><article>${para.repeat(Math.floor((19 * MB) / para.length))}</article></body></html>`);
  // parsed, this page would take some 18 s and a gigabyte of memory before its text was refused
  assert.match(reasonOf(await readInput(wordy)), /^text too long: 18,\d{3},\d{3} characters > 500,000 limit \(estimated before parsing the page\)$/);

  const scripty = join(scratch.dir, 'scripty.html');
  const script = `<script>var pad = "${'x'.repeat(10_000)}";</script>`;
  writeFileSync(scripty, `<html><head><title>Scripts</title></head><body><article>${para.repeat(10)}</article>${script.repeat(1900)}</body></html>`);
  const doc = documentOf(await readInput(scripty));
  assert.ok(doc.text.length < 2000 && doc.text.startsWith('The port authority said'), doc.text.slice(0, 100));
});

test('text past the length limit is refused before extraction, with the lengths in the reason', async () => {
  const path = join(scratch.dir, 'long.txt');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(path, 'The ring road contract was signed. '.repeat(3000));
  assert.equal(reasonOf(await readInput(path, { maxTextChars: 50_000 })), 'text too long: 104,999 characters > 50,000 limit');
  documentOf(await readInput(path)); // inside the default limit
});

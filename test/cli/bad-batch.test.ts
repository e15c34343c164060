// The command line over the bad-input corpus: a folder of bad files plus two good articles goes
// in as far as it can (exit 3, exactly the two stored, one line per bad file); URLs on loopback
// need --allow-private; the per-document limits are options with clear errors.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deepHtml } from '../../scripts/make-bad-inputs.js';
import { corridor, ROOT } from './run-cli.js';

const BAD = join(ROOT, 'test/fixtures/bad');
const READ = '(only text, HTML and RSS/Atom feeds are read)';
const dir = mkdtempSync(join(tmpdir(), 'corridor-bad-batch-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a folder of bad files plus two good articles: exit 3, exactly the two stored, one line per bad file', async () => {
  const batch = join(dir, 'batch');
  mkdirSync(batch);
  for (const name of ['empty.txt', 'binary.txt', 'invalid-utf8.txt', 'billion-laughs.xml', 'external-entity.xml']) {
    copyFileSync(join(BAD, name), join(batch, name));
  }
  copyFileSync(join(BAD, 'api-response.json'), join(batch, 'api-response.txt')); // JSON behind an article extension
  writeFileSync(join(batch, 'deep.html'), deepHtml(20_000));
  writeFileSync(join(batch, 'huge.txt'), '');
  truncateSync(join(batch, 'huge.txt'), 50 * 1024 * 1024); // sparse: refused on its size, no disk used
  copyFileSync(join(ROOT, 'examples/uz-guzar-urea-2024-03-05.txt'), join(batch, 'good-one.txt'));
  copyFileSync(join(ROOT, 'examples/kg-osh-hospital-2025-09-17.html'), join(batch, 'good-two.html'));
  // a folder walk reads article extensions only, so the PDF and the image are named on the command line
  const pdf = join(BAD, 'malformed.pdf');
  const png = join(BAD, 'not-an-image.png');

  const db = join(dir, 'batch.db');
  const r = await corridor(['ingest', batch, pdf, png, '--db', db]);
  assert.equal(r.code, 3, r.stdout + r.stderr);
  assert.match(r.stdout, /^ingested: 2 new, 0 already present, 10 failed$/m);

  const expected: Record<string, string> = {
    [join(batch, 'empty.txt')]: 'empty file',
    [join(batch, 'binary.txt')]: 'binary file (NUL bytes)',
    [join(batch, 'invalid-utf8.txt')]: 'not valid UTF-8 (byte 0xc3 at offset 56)',
    [join(batch, 'billion-laughs.xml')]: 'feed refused: its DOCTYPE declares entities ("lol0", "lol1", "lol2" and 7 more), which are never expanded',
    [join(batch, 'external-entity.xml')]: 'feed refused: its DOCTYPE declares an external entity "passwd" (SYSTEM "file:///etc/passwd"), which is never fetched',
    [join(batch, 'api-response.txt')]: `not an article: JSON data ${READ}`,
    [join(batch, 'deep.html')]: 'HTML nested too deep: 20,003 levels > 15,000 limit',
    [join(batch, 'huge.txt')]: 'file too large: 50 MB > 20 MB limit',
    [pdf]: `not an article: PDF document ${READ}`,
    [png]: `not an article: PNG image ${READ}`,
  };
  const failedLines = r.stdout.split('\n').filter((l) => l.startsWith('  failed  '));
  assert.equal(failedLines.length, Object.keys(expected).length, failedLines.join('\n'));
  for (const [input, reason] of Object.entries(expected)) {
    assert.ok(failedLines.includes(`  failed  ${input}: ${reason}`), `missing line for ${input}:\n${failedLines.join('\n')}`);
  }

  const docs = JSON.parse((await corridor(['documents', '--db', db, '--format', 'json'])).stdout) as { path: string }[];
  assert.deepEqual(docs.map((d) => d.path).sort(), [join(batch, 'good-one.txt'), join(batch, 'good-two.html')]);
});

test('URLs on loopback are refused with one line unless --allow-private is given (ingest and extract)', async () => {
  const page = '<html><head><title>Dry port tender</title></head><body><article><p>The dry port at Kestrel Junction opened a tender for a second container yard on Wednesday.</p></article></body></html>';
  const server = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end(page); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`;
  const refusal = 'refused: 127.0.0.1 is a loopback address (127.0.0.0/8); --allow-private lets it through';
  try {
    const db = join(dir, 'url.db');
    const refused = await corridor(['ingest', url, '--db', db]);
    assert.equal(refused.code, 1, refused.stdout + refused.stderr);
    assert.match(refused.stdout, /^ingested: 0 new, 0 already present, 1 failed$/m);
    assert.ok(refused.stdout.includes(`  failed  ${url}: ${refusal}\n`), refused.stdout);

    const allowed = await corridor(['ingest', url, '--db', db, '--allow-private']);
    assert.equal(allowed.code, 0, allowed.stdout + allowed.stderr);
    assert.match(allowed.stdout, /^ingested: 1 new, 0 already present, 0 failed$/m);

    const extractRefused = await corridor(['extract', url]);
    assert.equal(extractRefused.code, 1);
    assert.equal(extractRefused.stderr, `corridor: ${url}: ${refusal}\n`);
    const extracted = await corridor(['extract', url, '--allow-private']);
    assert.equal(extracted.code, 0, extracted.stderr);
    assert.equal(JSON.parse(extracted.stdout).document.title, 'Dry port tender');
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
});

test('--max-bytes and --max-text-chars set the per-document limits; a malformed value is a usage error', async () => {
  const article = join(dir, 'article.txt');
  writeFileSync(article, `Title: Long notice\n\n${'The grain terminal at the river port will double its storage. '.repeat(40)}`);
  const db = join(dir, 'limits.db');

  const tooBig = await corridor(['ingest', article, '--db', db, '--max-bytes', '1KB']);
  assert.equal(tooBig.code, 1, tooBig.stdout + tooBig.stderr);
  assert.ok(tooBig.stdout.includes(`  failed  ${article}: file too large: 2.5 KB > 1 KB limit\n`), tooBig.stdout);

  const tooLong = await corridor(['extract', article, '--max-text-chars', '1000']);
  assert.equal(tooLong.code, 1);
  assert.equal(tooLong.stderr, `corridor: ${article}: text too long: 2,479 characters > 1,000 limit\n`);

  assert.equal((await corridor(['ingest', article, '--db', db, '--max-bytes', '3KB'])).code, 0);

  const badSize = await corridor(['ingest', article, '--db', db, '--max-bytes', 'lots']);
  assert.equal(badSize.code, 2);
  assert.equal(badSize.stderr, 'corridor: --max-bytes: "lots" is not a size (e.g. 20MB, 512KB, 1000000)\n');
  const badChars = await corridor(['extract', article, '--max-text-chars', '-5']);
  assert.equal(badChars.code, 2);
});

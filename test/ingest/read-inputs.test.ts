import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync, symlinkSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { isFailure, type ReadDocument, type ReadResult } from '../../src/ingest/document.js';
import { expandInputs, readInput, readInputs } from '../../src/ingest/read-inputs.js';
import { DEFAULT_MAX_BYTES } from '../../src/ingest/byte-limits.js';
import { fixture, scratchDir } from './fixture-path.js';

function docs(results: ReadResult[]): ReadDocument[] {
  return results.map((r) => {
    if (isFailure(r)) assert.fail(`expected a document, got failure for ${r.input}: ${r.reason}`);
    return r;
  });
}

test('directory walk: sorted, recursive, hidden entries and non-article files skipped', async () => {
  const dir = fixture('walk');
  const { items, failures } = await expandInputs([dir]);
  assert.deepEqual(failures, []);
  assert.deepEqual(items, [join(dir, 'a-first.html'), join(dir, 'b-second.txt'), join(dir, 'sub', 'c-third.md')]);
});

test('an explicitly named file is always tried, whatever its extension', async () => {
  const gold = fixture('walk/a-first.gold.json');
  const { items, failures } = await expandInputs([gold]);
  assert.deepEqual(items, [gold]);
  assert.deepEqual(failures, []);
});

test('missing paths are failures; "-" and URLs are kept as given', async () => {
  const missing = fixture('does-not-exist.txt');
  const { items, failures } = await expandInputs(['-', 'https://example.com/a', missing, 'http://127.0.0.1:9/x']);
  assert.deepEqual(items, ['-', 'https://example.com/a', 'http://127.0.0.1:9/x']);
  assert.deepEqual(failures, [{ input: missing, reason: 'no such file or directory' }]);

  const [r] = await readInput(missing);
  assert.ok(isFailure(r));
  assert.equal(r.reason, 'no such file or directory');
});

test('an empty directory is reported', async () => {
  const { dir, cleanup } = scratchDir();
  try {
    writeFileSync(join(dir, 'only.gold.json'), '{}');
    const { items, failures } = await expandInputs([dir]);
    assert.deepEqual(items, []);
    assert.equal(failures.length, 1);
    assert.match(failures[0].reason, /^directory has no article files/);
  } finally {
    cleanup();
  }
});

test('readInput: path is the input as given; kind from the extension', async () => {
  const path = fixture('text/full-header.txt');
  const [d] = docs(await readInput(path));
  assert.equal(d.path, path);
  assert.equal(d.input, path);
  assert.equal(d.kind, 'text');

  const feed = fixture('feed/rss2.xml');
  const items = docs(await readInput(feed));
  assert.equal(items.length, 3);
  assert.deepEqual(items.map((i) => i.input), [`${feed}#1`, `${feed}#2`, `${feed}#3`]);
  assert.ok(items.every((i) => i.path === feed && i.kind === 'feed-item'));
});

test('readInput: empty, binary, invalid UTF-8 and UTF-16 files', async () => {
  const { dir, cleanup } = scratchDir();
  try {
    const files: Record<string, Uint8Array> = {
      'empty.txt': new Uint8Array(0),
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'latin1.txt': Buffer.from('Caf\xe9 owners plan a new roastery.', 'latin1'),
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title: Wide text\n\nA UTF-16 article about a water treatment plant.', 'utf16le')]),
      'blank.md': Buffer.from('\n\n   \n'),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);

    const reasons: Record<string, string> = {};
    for (const name of ['empty.txt', 'binary.txt', 'latin1.txt', 'blank.md']) {
      const [r] = await readInput(join(dir, name));
      assert.ok(isFailure(r), name);
      assert.equal(r.input, join(dir, name));
      reasons[name] = r.reason;
    }
    assert.equal(reasons['empty.txt'], 'empty file');
    assert.equal(reasons['binary.txt'], 'not an article: PNG image (only text, HTML and RSS/Atom feeds are read)');
    assert.match(reasons['latin1.txt'], /^not valid UTF-8/);
    assert.equal(reasons['blank.md'], 'file contains only whitespace');

    const [wide] = docs(await readInput(join(dir, 'utf16.txt')));
    assert.equal(wide.meta.title, 'Wide text');
    assert.equal(wide.text, 'A UTF-16 article about a water treatment plant.');
  } finally {
    cleanup();
  }
});

test('readInput: unknown extension is sniffed; files over the 20 MB default are refused on their size', async () => {
  const { dir, cleanup } = scratchDir();
  try {
    writeFileSync(join(dir, 'story.dat'), '<!doctype html><html><body><article><p>A sniffed HTML article about an airport terminal that opened this week.</p></article></body></html>');
    const [d] = docs(await readInput(join(dir, 'story.dat')));
    assert.equal(d.kind, 'html');

    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, DEFAULT_MAX_BYTES + 1); // sparse: no real disk use
    const [r] = await readInput(big);
    assert.ok(isFailure(r));
    assert.equal(r.reason, 'file too large: 20.1 MB > 20 MB limit');

    const [asDir] = await readInput(dir);
    assert.ok(isFailure(asDir));
    assert.equal(asDir.reason, 'is a directory');
  } finally {
    cleanup();
  }
});

test('readInput: standard input is sniffed and has a null path', async () => {
  const feed = Buffer.from('<rss version="2.0"><channel><title>Piped</title><item><title>One</title><description>Piped feed item text.</description></item></channel></rss>');
  const items = docs(await readInput('-', { stdin: Readable.from([feed]) }));
  assert.equal(items.length, 1);
  assert.equal(items[0].input, '-#1');
  assert.equal(items[0].path, null);
  assert.equal(items[0].kind, 'feed-item');

  const [text] = docs(await readInput('-', { stdin: Readable.from([Buffer.from('Title: From a pipe\n\nPiped plain '), Buffer.from('text body.')]) }));
  assert.equal(text.kind, 'text');
  assert.equal(text.path, null);
  assert.equal(text.meta.title, 'From a pipe');
  assert.equal(text.text, 'Piped plain text body.');

  const [empty] = await readInput('-', { stdin: Readable.from([]) });
  assert.ok(isFailure(empty));
  assert.equal(empty.reason, 'empty input');
});

test('readInput: unsupported URL schemes and stream errors become failures', async () => {
  const [ftp] = await readInput('ftp://files.example.com/a.txt');
  assert.ok(isFailure(ftp));
  assert.equal(ftp.reason, 'unsupported URL scheme "ftp:" (only http and https)');

  const broken = new Readable({ read() { this.destroy(new Error('pipe broke')); } });
  const [r] = await readInput('-', { stdin: broken });
  assert.ok(isFailure(r));
  assert.equal(r.input, '-');
  assert.equal(r.reason, 'cannot read standard input: pipe broke');
});

test('readInputs: expansion failures, then every item in order', async () => {
  const { dir, cleanup } = scratchDir();
  try {
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'two.txt'), 'Second article text about a grain terminal.');
    writeFileSync(join(dir, 'a.txt'), 'First article text about a toll bridge.');
    writeFileSync(join(dir, 'c.html'), '<html><body><nav>Menu</nav></body></html>');
    symlinkSync(dir, join(dir, 'b', 'loop')); // a cycle must not hang the walk
    const seen: string[] = [];
    for await (const r of readInputs([join(dir, 'missing'), dir])) {
      seen.push(isFailure(r) ? `fail:${r.input}:${r.reason}` : `doc:${r.input}`);
    }
    assert.deepEqual(seen, [
      `fail:${join(dir, 'missing')}:no such file or directory`,
      `doc:${join(dir, 'a.txt')}`,
      `doc:${join(dir, 'b', 'two.txt')}`,
      `fail:${join(dir, 'c.html')}:HTML page has no article text`,
    ]);
  } finally {
    cleanup();
  }
});

test('a folder inside one already given adds nothing twice and is no failure', async () => {
  const both = await expandInputs(['examples', 'examples/feeds']);
  const one = await expandInputs(['examples']);
  assert.deepEqual(both.failures, []);
  assert.deepEqual(both.items, one.items);
});

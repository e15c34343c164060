// Writes the bad inputs too large to keep in git (test/fixtures/bad holds the small ones):
// a 50 MB plain-text file, an HTML page nested 10,000 elements deep and a gzip bomb (a small
// body that decodes to 64 MB). Tests call makeLargeBadInputs() into a temporary folder; run
// by hand with `npx tsx scripts/make-bad-inputs.ts DIR` to look at them.

import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

export interface LargeBadInputs {
  /** 50 MB of real sentences: must be refused on its size, not read. */
  hugeText: string;
  /** 10,000 nested <div>s around one paragraph. */
  deepHtml: string;
  /** gzip bytes that decode to 64 MB of spaces; served with Content-Encoding: gzip. */
  gzipBomb: Buffer;
}

export const HUGE_TEXT_BYTES = 50 * 1024 * 1024;
export const DEEP_HTML_LEVELS = 10_000;
export const GZIP_BOMB_DECODED_BYTES = 64 * 1024 * 1024;

const SENTENCE = 'The port authority said the new quay would open in stages over the next three years. ';

/** Streams the huge file out in 1 MB pieces so the generator itself never holds 50 MB. */
async function writeHugeText(path: string): Promise<void> {
  const piece = Buffer.from(SENTENCE.repeat(Math.ceil((1024 * 1024) / SENTENCE.length))).subarray(0, 1024 * 1024);
  const out = createWriteStream(path);
  for (let written = 0; written < HUGE_TEXT_BYTES; written += piece.length) {
    if (!out.write(piece)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

export function deepHtml(levels = DEEP_HTML_LEVELS): string {
  return '<!doctype html><html><head><title>Deep page</title></head><body>'
    + '<div>'.repeat(levels)
    + '<p>The regional council approved a new bridge over the river near the old mill on Monday.</p>'
    + '</div>'.repeat(levels)
    + '</body></html>';
}

/** Spaces compress to almost nothing: 64 MB gzips to about 64 KB. */
export function gzipBomb(decodedBytes = GZIP_BOMB_DECODED_BYTES): Buffer {
  return gzipSync(Buffer.alloc(decodedBytes, 0x20), { level: 9 });
}

export async function makeLargeBadInputs(dir: string): Promise<LargeBadInputs> {
  mkdirSync(dir, { recursive: true });
  const hugeText = join(dir, 'huge-50mb.txt');
  await writeHugeText(hugeText);
  const deep = join(dir, 'deep-10000.html');
  writeFileSync(deep, deepHtml());
  const bomb = gzipBomb();
  writeFileSync(join(dir, 'gzip-bomb.gz'), bomb);
  return { hugeText, deepHtml: deep, gzipBomb: bomb };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: npx tsx scripts/make-bad-inputs.ts DIR\n');
    process.exit(2);
  }
  const made = await makeLargeBadInputs(dir);
  process.stdout.write(`${made.hugeText}\n${made.deepHtml}\n${join(dir, 'gzip-bomb.gz')} (${made.gzipBomb.length} bytes)\n`);
}

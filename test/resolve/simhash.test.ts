import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { BANDS, bands, hammingDistance, NEAR_DUPLICATE_BITS, simhash } from '../../src/resolve/simhash.js';

test('property: two hashes fewer bits apart than there are bands share a band, so the lookup finds every such pair', () => {
  fc.assert(fc.property(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: BANDS - 1 }), (h, flips) => {
    let g = h;
    for (const b of flips) g ^= 1n << BigInt(b);
    assert.equal(hammingDistance(h, g), flips.length);
    const a = bands(h);
    const b = bands(g);
    assert.ok(a.some((x, i) => x === b[i]));
  }));
});

test('a republished story (new headline, last paragraph cut) stays near; another report on the same project does not', () => {
  const original = readFileSync('examples/uz-guzar-urea-2024-03-05.txt', 'utf8');
  const paragraphs = original.slice(original.indexOf('\n\n') + 2).trim().split('\n\n');
  const text = paragraphs.join('\n\n');
  const republished = `Korean builder wins Uzbek fertilizer contract\n\n${paragraphs.slice(0, -1).join('\n\n')}`;
  const later = readFileSync('examples/uz-guzar-urea-2025-06-18.html', 'utf8');
  assert.ok(hammingDistance(simhash(text), simhash(republished)) <= NEAR_DUPLICATE_BITS);
  assert.ok(hammingDistance(simhash(text), simhash(later)) > NEAR_DUPLICATE_BITS * 2);
});

/** The SimHash as first written (words by regular expression, 64 counters): the stored hashes' definition. */
function referenceSimhash(text: string): bigint {
  const fnv = (s: string) => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619); return h >>> 0; };
  const mix = (h: number) => { h = Math.imul(h ^ (h >>> 16), 0x85ebca6b); h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35); return (h ^ (h >>> 16)) >>> 0; };
  const words = (text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv);
  const counts = new Array<number>(64).fill(0);
  for (let i = 0; i < Math.max(1, words.length - 2); i++) {
    let s = 0x2545f491;
    for (let k = i; k < Math.min(i + 3, words.length); k++) s = mix(Math.imul(s ^ words[k], 0x9e3779b1));
    const lo = mix(s ^ 0x68e31da4);
    const hi = mix(Math.imul(s, 0x85ebca77) ^ 0xb5297a4d);
    for (let b = 0; b < 32; b++) { counts[b] += (lo >>> b) & 1 ? 1 : -1; counts[b + 32] += (hi >>> b) & 1 ? 1 : -1; }
  }
  let h = 0n;
  for (let b = 0; b < 64; b++) if (counts[b] > 0) h |= 1n << BigInt(b);
  return h;
}

test('the hash stored for a text never changes: the same as the plain definition, on any text', () => {
  // Stored documents keep their hash: a faster way of computing it must give the same bits.
  for (const text of ['', 'one', 'two words', 'Ärger über Straße', 'Шымкент ТЭЦ-3, 2025', '北京 上海 项目', 'café cafe\u0301 ﬁne ①② x\ud800y \ud83d\ude00 𝔘𝔫𝔦 𐐷', 'word '.repeat(3000)]) {
    assert.equal(simhash(text), referenceSimhash(text), text.slice(0, 40));
  }
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), (a, b) => {
    assert.equal(simhash(a), referenceSimhash(a));
    assert.equal(simhash(`${a} ${b}`), referenceSimhash(`${a} ${b}`));
  }));
});

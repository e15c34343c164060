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

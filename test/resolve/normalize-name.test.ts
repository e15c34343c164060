import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldCase, foldName, normalizeName } from '../../src/resolve/normalize-name.js';

test('folds case, diacritics and letters NFKD keeps', () => {
  assert.equal(normalizeName('Vučić'), 'vucic');
  assert.equal(normalizeName('Øresund Straße'), 'oresund strasse');
  assert.equal(foldCase('ŁÓDŹ Co.'), 'lodz co.');
});

test('punctuation: dashes and spaces collapse, dotted acronyms join, apostrophes vanish, & is and', () => {
  assert.equal(normalizeName('Kenkiyak–Atyrau'), normalizeName('Kenkiyak - Atyrau'));
  assert.equal(normalizeName('S.A.'), 'sa');
  assert.equal(normalizeName("Xi'an"), 'xian');
  assert.equal(normalizeName('China Road & Bridge'), 'china road and bridge');
  assert.equal(normalizeName('  Grand   Canal, Phase II. '), 'grand canal phase ii');
});

test('a leading "the" goes, a lone "the" stays', () => {
  assert.equal(normalizeName('The Export-Import Bank of China'), 'export import bank of china');
  assert.equal(normalizeName('The'), 'the');
  assert.equal(normalizeName('Theodore Park'), 'theodore park');
});

test('property: normalisation is idempotent and only leaves lower-case words and single spaces', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
    const n = normalizeName(s);
    assert.equal(normalizeName(n), n);
    assert.equal(foldName(n), n);
    assert.ok(!/\s{2,}|^\s|\s$/.test(n));
  }));
});

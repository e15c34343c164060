import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { cleanCount, ftsQuery, likeContains, likePrefix } from '../../src/store/search-query.js';

test('an FTS query quotes every word and makes the last a prefix', () => {
  assert.equal(ftsQuery('Beskol refinery'), '"Beskol" "refinery"*');
  assert.equal(ftsQuery('a OR b NEAR(c)'), '"a" "OR" "b" "NEAR" "c"*');
  assert.equal(ftsQuery('"); DROP'), '"DROP"*');
  assert.equal(ftsQuery('Vučić'), '"Vučić"*');
  assert.equal(ftsQuery('%%'), null);
  assert.equal(ftsQuery('  '), null);
});

test('property: an FTS query only ever holds quoted words', () => {
  fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => {
    const q = ftsQuery(s);
    if (q !== null) assert.match(q, /^"[\p{L}\p{N}]+"( "[\p{L}\p{N}]+")*\*$/u);
  }));
});

test('LIKE patterns escape wildcards and the escape character', () => {
  assert.equal(likeContains('50%_off\\'), '%50\\%\\_off\\\\%');
  assert.equal(likePrefix('energy.'), 'energy.%');
});

test('counts: non-negative integers, or undefined for no limit', () => {
  assert.equal(cleanCount(3.7), 3);
  assert.equal(cleanCount(-2), 0);
  assert.equal(cleanCount(Number.NaN), undefined);
  assert.equal(cleanCount(Infinity), undefined);
  assert.equal(cleanCount('5'), undefined);
  assert.equal(cleanCount(undefined), undefined);
});

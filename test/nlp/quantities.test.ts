import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './helpers.js';

const q = (text: string) => docOf(text).quantities.map(({ value, unit, qualifier, min, item, perYear }) => ({ value, unit, qualifier, ...(min !== undefined ? { min } : {}), ...(item ? { item } : {}), perYear }));
const money = (text: string) => docOf(text).money.map(({ value, currency, qualifier, min }) => ({ value, currency, qualifier, ...(min !== undefined ? { min } : {}) }));

test('power in digits and words normalises to MW', () => {
  assert.deepEqual(q('a 1.2GW farm').map((x) => [x.value, x.unit]), [[1200, 'MW']]);
  assert.deepEqual(q('a two-gigawatt park').map((x) => [x.value, x.unit]), [[2000, 'MW']]);
  assert.deepEqual(q('the 100-megawatt unit').map((x) => [x.value, x.unit]), [[100, 'MW']]);
  assert.deepEqual(q('720,000 kilowatts').map((x) => [x.value, x.unit]), [[720, 'MW']]);
});

test('mass, length and per-year throughput', () => {
  const r = q('to 14 million tons a year and a 652-km road and 1,384 m of deck');
  assert.deepEqual(r.map((x) => [x.value, x.unit, x.perYear]), [[14000000, 't', true], [652, 'km', false], [1.384, 'km', false]]);
  assert.deepEqual(q('12 Mt per year').map((x) => x.value), [12000000]);
});

test('qualifiers and ranges', () => {
  assert.equal(q('up to 2.7 billion kWh')[0].qualifier, 'up_to');
  assert.equal(q('more than 500 km')[0].qualifier, 'over');
  const r = q('10–12 million tonnes');
  assert.equal(r[0].value, 12000000);
  assert.equal(r[0].min, 10000000);
});

test('counts of things, in words, and sums over a coordination', () => {
  assert.deepEqual(q('two hundred diesel locomotives').map((x) => [x.value, x.unit, x.item]), [[200, 'units', 'locomotive']]);
  assert.deepEqual(q('40 mainline and 60 shunting locomotives').map((x) => [x.value, x.item]), [[100, 'locomotive']]);
});

test('money with symbols, codes, scale words and currency words', () => {
  assert.deepEqual(money('a $2bn loan'), [{ value: 2e9, currency: 'USD', qualifier: 'exact' }]);
  assert.deepEqual(money('KZT 50 billion'), [{ value: 5e10, currency: 'KZT', qualifier: 'exact' }]);
  assert.deepEqual(money('about €800 million'), [{ value: 8e8, currency: 'EUR', qualifier: 'about' }]);
  assert.deepEqual(money('some 140 billion tenge'), [{ value: 1.4e11, currency: 'KZT', qualifier: 'about' }]);
  assert.deepEqual(money('Sh150 billion'), [{ value: 1.5e11, currency: 'KES', qualifier: 'exact' }]);
});

test('a conversion in parentheses is marked as such', () => {
  const m = docOf('worth 5.1 billion yuan (about $700 million)').money;
  assert.equal(m.length, 2);
  assert.equal(m[1].conversionOf, 0);
  assert.equal(m[1].qualifier, 'about');
});

test('plain numbers without a unit are not quantities', () => {
  assert.deepEqual(q('In 2024 some 30 people came, one of them late.'), []);
});

test('a range of money may repeat the currency on its upper bound', () => {
  const m = docOf('The line is estimated to cost $1.8 billion to $2.2 billion.').money;
  assert.equal(m.length, 1, JSON.stringify(m));
  assert.equal(m[0].value, 2.2e9);
  assert.equal(m[0].min, 1.8e9);
});

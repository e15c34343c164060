import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './helpers.js';

const dates = (text: string, published = '2025-03-12') => docOf(text, published).dates.map((d) => [d.value, d.precision]);

test('absolute dates in several orders', () => {
  assert.deepEqual(dates('Signed on 4 February 2024 and July 2, 2023 and 2022-11-30.'), [['2024-02-04', 'day'], ['2023-07-02', 'day'], ['2022-11-30', 'day']]);
});

test('a day and month without a year take the publication year', () => {
  assert.deepEqual(dates('TASHKENT, March 3 (Wire) —'), [['2025-03-03', 'day']]);
  // a date well after publication belongs to the year before
  assert.deepEqual(dates('on December 20'), [['2024-12-20', 'day']]);
});

test('weekdays resolve to the latest such day on or before publication (a Wednesday)', () => {
  assert.deepEqual(dates('on Tuesday', '2025-03-12'), [['2025-03-11', 'day']]);
  assert.deepEqual(dates('on Wednesday', '2025-03-12'), [['2025-03-12', 'day']]);
  assert.deepEqual(dates('on Thursday', '2025-03-12'), [['2025-03-06', 'day']]);
});

test('relative days, months and years', () => {
  assert.deepEqual(dates('earlier today'), [['2025-03-12', 'day']]);
  assert.deepEqual(dates('yesterday'), [['2025-03-11', 'day']]);
  assert.deepEqual(dates('last year'), [['2024', 'year']]);
  assert.deepEqual(dates('last October'), [['2024-10', 'month']]);
  assert.deepEqual(dates('in January'), [['2025-01', 'month']]);
  assert.deepEqual(dates('earlier this month'), [['2025-03', 'month']]);
});

test('"may" the verb and short month words alone are not dates', () => {
  assert.deepEqual(dates('The bank may lend more. Mar is a word too.'), []);
});

test('no publication date: relative dates are left out, absolute ones kept', () => {
  assert.deepEqual(docOf('on Tuesday and 5 May 2021', '').dates.map((d) => d.value), ['2021-05-05']);
});

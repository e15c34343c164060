import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './helpers.js';

// Invented sentences: ranges written with 'between ... and', counts of two kinds of one thing, and service
// frequencies, which are no count of things at all.

test("'between X and Y' keeps both bounds: the upper as value, the lower as min (spec: ranges)", () => {
  const d = docOf('Orvel Hydro says the dam will have between 300 and 450 MW, and puts the bill at between $1.2 billion and $1.6 billion.');
  assert.deepEqual(d.quantities.map((x) => [x.value, x.min, x.unit]), [[450, 300, 'MW']]);
  assert.deepEqual(d.money.map((x) => [x.value, x.min, x.currency]), [[1_600_000_000, 1_200_000_000, 'USD']]);
});

test("'and' without 'between' joins no range: two figures stay two", () => {
  const d = docOf('The first unit has 300 MW and the second 450 MW.');
  assert.deepEqual(d.quantities.map((x) => [x.value, x.min]), [[300, undefined], [450, undefined]]);
});

test('two kinds of one thing counted together are one count, their sum', () => {
  const [q] = docOf('Tarvin Rail will buy 120 mainline and 35 shunting locomotives.').quantities;
  assert.deepEqual([q.value, q.unit, q.item], [155, 'units', 'locomotive']);
});

test('a count per day or per week is how often a service runs, not a number of things', () => {
  assert.deepEqual(docOf('The line will carry up to twelve container trains a day.').quantities, []);
  assert.deepEqual(docOf('Kessary Ferries plans three sailings and 40 buses a week.').quantities, []);
  // a yearly output of a factory stays a count
  assert.deepEqual(docOf('The works will build 250 buses a year.').quantities.map((x) => [x.value, x.item]), [[250, 'bus']]);
});

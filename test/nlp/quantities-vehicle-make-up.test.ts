import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, docOf } from './helpers.js';

// Invented sentences: a fleet counted in multiple units, and a hyphened count that says how each vehicle (or road)
// is made up ("five-car trains", "a four-lane road") rather than how many there are.

test('"12 electric multiple units" is a count of units', () => {
  const q = docOf('Velmora Rail has ordered 12 electric multiple units for its suburban lines.').quantities;
  assert.deepEqual(q.map((x) => [x.value, x.unit, x.item]), [[12, 'units', 'multiple unit']]);
});

test('"the five-car trains" counts no trains', () => {
  const q = docOf('The five-car trains will run on the Tarvin line.').quantities;
  assert.deepEqual(q, []);
});

test('a fleet of multiple units keeps its count when the next sentence gives the cars per train', () => {
  const x = run('Velmora Rail has ordered 12 electric multiple units from Orvel Vagon a.s. for $300 million. The five-car trains will run on the Tarvin line.');
  const p = x.projects.find((q) => q.type === 'rolling_stock');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => [c.value, c.unit]), [[12, 'units']]);
});

test('"twenty-five locomotives" is still a count', () => {
  const q = docOf('Kessary Rail will buy twenty-five locomotives.').quantities;
  assert.deepEqual(q.map((x) => [x.value, x.item]), [[25, 'locomotive']]);
});

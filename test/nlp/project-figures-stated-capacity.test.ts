import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a second figure in the same unit is usually a comparison, but one stated as a capacity ("with a
// capacity of ...") in the facility's own sentence is a capacity too.

test("'a urea unit with a capacity of 300,000 tonnes a year' beside the complex's 900,000 t is a second capacity", () => {
  const x = run('The Tarvin ammonia complex will turn gas into 900,000 tonnes a year of ammonia, part of which will feed a downstream urea unit with a capacity of 300,000 tonnes a year.');
  const p = x.projects.find((q) => q.type === 'fertilizer_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => c.value).sort((a, b) => a - b), [300_000, 900_000]);
});

test('a figure the capacity grows from is not a second capacity', () => {
  const x = run('Orsk Cement will raise the Tarvin cement plant to 2 million tonnes a year, from a capacity of 1.2 million tonnes.');
  const p = x.projects.find((q) => q.type === 'manufacturing_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => c.value), [2_000_000]);
});

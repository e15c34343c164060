import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './helpers.js';

// Invented sentences: a scale, a unit and a period glued into one hyphenated word are one capacity.

test("'a 45,000-tonne-a-year smelter', 'a 1.5 million-tonne mill', 'a 2 million-tonne-a-year line' are capacities", () => {
  const d = docOf('Corvane will build a 1.5 million-tonne grinding mill, a 45,000-tonne-a-year smelter and a 2 million-tonne-a-year clinker line.');
  assert.deepEqual(d.quantities.map((q) => [q.value, q.unit, q.perYear]), [[1_500_000, 't', false], [45_000, 't', true], [2_000_000, 't', true]]);
});

test("'a 20,000 cubic-metre-a-day plant' is a daily volume; 'a four-lane road' is still no quantity", () => {
  const d = docOf('Marsa will tender a 20,000 cubic-metre-a-day plant and a four-lane road.');
  assert.deepEqual(d.quantities.map((q) => [q.value, q.unit]), [[20_000, 'm3/d']]);
});

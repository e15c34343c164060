import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a sentence naming no facility but speaking of the project gives a second named product.

test("'Planned output is up to 700,000 tons of urea a year, plus up to 60,000 tons of methanol': both outputs", () => {
  const x = run('Velm Chemicals will build a gas chemical complex at Dorsk, the company said on Monday.\n\nPlanned output is up to 700,000 tons of urea a year, plus up to 60,000 tons of methanol, and the total bill is estimated at $1.1 billion.');
  assert.deepEqual(x.projects.map((p) => p.capacity.map((c) => [c.value, c.unit])), [[[700_000, 't'], [60_000, 't']]]);
});

test('counter-case: a second figure of the same unit naming no other product is a comparison, not a second output', () => {
  const x = run('Velm Chemicals will build a gas chemical complex at Dorsk, the company said on Monday.\n\nPlanned output is up to 700,000 tons of urea a year, against 500,000 tons at its older site.');
  assert.deepEqual(x.projects.map((p) => p.capacity.map((c) => c.value)), [[700_000]]);
});

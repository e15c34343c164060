import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: an aggregate word ('trade', 'total') inside a capitalised name sums nothing.

test("'a 400,000-tonne-a-year plant in the Kessary Free Trade Zone' keeps its size", () => {
  const x = run("Velmora's Orsk Petrochemicals signed an EPC contract with Dalmin's Brenn Process Engineers for a 400,000-tonne-a-year polypropylene plant in the Kessary Free Trade Zone.");
  assert.deepEqual(x.projects.map((p) => p.capacity.map((c) => [c.value, c.unit])), [[[400_000, 't']]]);
});

test("counter-case: lower-case 'trade' after the figure still marks a sum of trade", () => {
  const x = run('Velmora will build a 50 MW solar plant at Kessary. Velmora and Dalmin want $400 million of bilateral trade by 2027.');
  assert.equal(x.projects[0].amount, null);
});

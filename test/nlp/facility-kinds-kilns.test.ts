import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// A kiln (a cement or lime kiln, a clinker line) or a furnace of a steel works is a production unit built as works
// of its own: a manufacturing plant.

test('a new kiln is a plant project', () => {
  const p = run('Devnya Cement AD is adding a second kiln at its works near Varna. The kiln will add 1.5 million tonnes a year and cost about 140 million euros.').projects;
  assert.equal(p.length, 1);
  assert.equal(p[0].type, 'manufacturing_plant');
  assert.equal(p[0].amount?.value, 140_000_000);
});

test('an electric arc furnace is a plant project', () => {
  const p = run('Galati Steel SA signed a contract with Danubia Engineering to build an electric arc furnace of 1.2 million tonnes a year for 300 million euros.').projects;
  assert.equal(p.length, 1);
  assert.equal(p[0].type, 'manufacturing_plant');
});

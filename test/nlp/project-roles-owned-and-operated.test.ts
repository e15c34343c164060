import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "owned and operated by B", "owned and run by B": a body that both owns and runs the works is named first for what it
// owns (as "owns and operates" already is); the nearer "operated by" inside the phrase does not make it a mere operator.
test('a body that owns and operates the works is their owner', () => {
  const x = run('The 40 MW Tarsk hydropower plant, owned and operated by Ostrel Hydro JSC, will get new turbines next year.');
  assert.equal(roleOf(x, 'hydro_power_plant', 'Ostrel Hydro JSC'), 'owner', JSON.stringify(x.projects));
  const y = run('The Ostrel container terminal is owned and run by Tarsk Port Holdings, which plans to double its capacity.');
  assert.equal(roleOf(y, 'port', 'Tarsk Port Holdings'), 'owner', JSON.stringify(y.projects));
});

// Counter-case: "operated by B" alone still makes B the operator.
test('a body that only operates the works stays their operator', () => {
  const x = run('The 40 MW Tarsk hydropower plant, operated by Ostrel Hydro JSC, will get new turbines next year.');
  assert.equal(roleOf(x, 'hydro_power_plant', 'Ostrel Hydro JSC'), 'operator', JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "The plant belongs to B": the works belong to their owner. A company that belongs to a group only says how the two
// companies hang together.
test('the body the works belong to is their owner', () => {
  const x = run('Brenmoor Energy has finished the 50 MW Vratsa solar plant. The plant belongs to Ardeno Solar EOOD, a project company in which Brenmoor Energy holds 70%.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Ardeno Solar EOOD'), 'owner', JSON.stringify(x.projects));
});

test('the group a company belongs to does not own its works by that', () => {
  const x = run('Vratsa Cement, which belongs to Brenmoor Holding, will build a 20 MW solar plant near Montana.');
  assert.notEqual(roleOf(x, 'solar_power_plant', 'Brenmoor Holding'), 'owner', JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "built for the ministry by B": the body after "for" is the client, the one after "by" the builder it hired.
test('the agent of a build participle after its beneficiary is the contractor', () => {
  const x = run('The 300 MW Ruse gas power plant is being built for the Ministry of Energy by Turkey\'s Ardeno Insaat AS. Works started in May.');
  assert.equal(roleOf(x, 'thermal_power_plant', 'Ardeno Insaat AS'), 'contractor', JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "will handle construction" is a builder's part and "will run the plant" an operator's, in a sentence that names the
// project only by "the plant" or not at all.
test('"B will handle construction, and C will run the plant" gives contractor and operator', () => {
  const x = run('Oskel Solar LLC will build a 200 MW solar plant near Tarvin. Kessary Engineering Ltd will handle construction, and Nordvik Power AS will run the plant.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Kessary Engineering Ltd'), 'contractor', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'solar_power_plant', 'Nordvik Power AS'), 'operator', JSON.stringify(x.projects));
});

test('"construction will be handled by B" makes B the contractor', () => {
  const x = run('Oskel Solar LLC will build a 200 MW solar plant near Tarvin. Construction will be handled by Kessary Engineering Ltd from May.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Kessary Engineering Ltd'), 'contractor', JSON.stringify(x.projects));
});

test('the carrier that will run a fleet it ordered is the fleet\'s buyer', () => {
  const x = run('Velmora Railways Corporation (VRC), which will run the new trains, has ordered 20 electric locomotives from Kessary Rail Systems for $150 million.');
  assert.equal(roleOf(x, 'rolling_stock', 'Velmora Railways Corporation'), 'buyer', JSON.stringify(x.projects));
});

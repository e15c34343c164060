import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// The agent of a verb of sponsoring in the passive ("tendered by B", "proposed by B") undertakes the works.
test('the body a pipeline is tendered by is its developer', () => {
  const x = run('The 62-km Targovishte water pipeline will be tendered separately by the state water company Ardeno Water Services, which expects to invite bids in the autumn.');
  assert.equal(roleOf(x, 'water_supply', 'Ardeno Water Services'), 'developer', JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleOf, run } from './helpers.js';

// "A is lending $X, B $Y and C $Z": the verb is said once for the whole list; every member with its own sum shares it.
test('every lender of a list that states the verb once is a financier', () => {
  const x = run([
    'Brightwater Energy SA reached financial close on its 120 MW wind farm near Kessary on Tuesday.',
    'The Northern Investment Bank will lend $90 million, the Tarvin Development Fund $60 million and the Coastal Credit Union $25 million.',
  ].join(' '));
  assert.equal(roleOf(x, 'wind_power_plant', 'Northern Investment Bank'), 'financier');
  assert.equal(roleOf(x, 'wind_power_plant', 'Tarvin Development Fund'), 'financier');
  assert.equal(roleOf(x, 'wind_power_plant', 'Coastal Credit Union'), 'financier');
});

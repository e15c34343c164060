import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// A national grid company that approves a plant's connection regulates it ('other', like a public body); one the
// power is sold to buys it.
test('a grid company is "other" unless it buys the output', () => {
  const x = run('Work on the Tarvin Ridge wind farm, 420 MW, goes on through the winter for its owner, Steppe Wind LLP. Kessary Electricity Grid Operating Company, which runs the high-voltage network, cleared the plant\'s connection last week.');
  assert.equal(roleOf(x, 'wind_power_plant', 'Kessary Electricity Grid Operating Company'), 'other', JSON.stringify(x.projects));
  const y = run('The 100 MW solar plant near Navoi sells its output to Velmora Electric Grid JSC under a 25-year power purchase agreement.');
  assert.equal(roleOf(y, 'solar_power_plant', 'Velmora Electric Grid JSC'), 'buyer', JSON.stringify(y.projects));
});

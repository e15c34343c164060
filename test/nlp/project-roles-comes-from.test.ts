import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// What "comes from" a body says what the body gives: goods make it a supplier, money a financier, anything else no
// part at all.
test('"the inverters will come from B" makes B a supplier', () => {
  const x = run('Oskel Solar LLC will build a 200 MW solar plant near Tarvin. The EPC contract went to Kessary Engineering Ltd, while the inverters will come from Nordvik Electric AS.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Nordvik Electric AS'), 'supplier', JSON.stringify(x.projects));
});

test('"the rest of the money will come from B" makes B a financier; "the delegation came from B" gives no part', () => {
  const x = run('Oskel Solar LLC will build a 200 MW solar plant near Tarvin. The delegation came from Nordvik Electric AS. The rest of the money will come from the Tarvin Pension Fund.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Tarvin Pension Fund'), 'financier', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'solar_power_plant', 'Nordvik Electric AS'), undefined, JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// A later member of a list of names takes the cue that the member before it has: "financing from A (AA) and the B
// (BB)" makes both lenders, though the cue stands more than eight words before B.
test('the second of two names after "financing from" is a financier too', () => {
  const x = run('Builders placed the last beam on the new Velmora Regional Hospital, a 300-bed facility being built with financing from the Northern Cooperation Bank (NCB) and the Tarvin Fund for Reconstruction (TFR).');
  assert.equal(roleOf(x, 'hospital', 'Northern Cooperation Bank'), 'financier', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'hospital', 'Tarvin Fund for Reconstruction'), 'financier', JSON.stringify(x.projects));
});

test('a list member with a cue of its own keeps it ("built by A, financed by B and operated by C")', () => {
  const x = run('The 40 MW Oskel solar plant will be built by Kessary Construct LLC, financed by the Velmora Lending Fund and operated by Tarvin Power LLC from 2027.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Kessary Construct LLC'), 'contractor', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'solar_power_plant', 'Velmora Lending Fund'), 'financier', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'solar_power_plant', 'Tarvin Power LLC'), 'operator', JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "A signed a power purchase agreement with B": A buys the output, B sells it (the project company, its developer).
test('the signer of a purchase agreement is the buyer, the body it is signed with the seller (developer)', () => {
  const x = run('In June, the Kessary Power Authority signed a 25-year power purchase agreement with Velmora Solar Energy Company K.S.C.C., the project company formed by the winning bidders, for a 900 MW solar park at Tarvin.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Velmora Solar Energy Company K.S.C.C.'), 'developer', JSON.stringify(x.projects));
  const y = run('The state utility, the Société Velmorienne de l\'Électricité (SVE), on Tuesday signed a 25-year power purchase agreement with a Spanish consortium for a 200-megawatt solar plant near Tozeur.');
  assert.equal(roleOf(y, 'solar_power_plant', 'Société Velmorienne de l\'Électricité'), 'buyer', JSON.stringify(y.projects));
});

// "which holds the engineering, procurement and construction contract": a contract held is work to do, not a stake.
test('a body that holds the works contract is the contractor', () => {
  const x = run('The addendum was signed by the project company Tarvin Hydro S.A. and by Hexi Water Conservancy Engineering Co., Ltd., which holds the engineering, procurement and construction contract for the 240 MW hydroelectric plant.');
  assert.equal(roleOf(x, 'hydro_power_plant', 'Hexi Water Conservancy Engineering Co., Ltd.'), 'contractor', JSON.stringify(x.projects));
});

test('output sold "under a power purchase agreement with B" goes to B, the buyer', () => {
  const x = run('The 20 MW waste-to-energy plant near Tarvin will export about 150 GWh a year to the grid under a 20-year power purchase agreement with Velmora Electricity (VEL).');
  assert.equal(roleOf(x, 'waste_to_energy_plant', 'Velmora Electricity'), 'buyer', JSON.stringify(x.projects));
});

// Who buys under a power purchase agreement is the utility, whichever side of "signed ... with" it stands on.
test('in a power purchase agreement the utility is the buyer and the project company the seller, on either side', () => {
  const x = run('Velmora Solar Kessary Ltd signed a 25-year power purchase agreement on Tuesday with the Kessary Public Service Company (KPS) for a 60 MW solar farm near Tarvin.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Kessary Public Service Company'), 'buyer', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'solar_power_plant', 'Velmora Solar Kessary Ltd'), 'developer', JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "KDB, the development bank of the region" lends: "development" inside "development bank" is no developer's cue.
test('a body described as a development bank is a financier, not a developer', () => {
  const x = run('Tarvin Hydro S.A. is building a 240 MW hydroelectric plant on the Velmora river. KDB, the development bank of the Kessary region, approved a $300 million loan in August.');
  assert.equal(roleOf(x, 'hydro_power_plant', 'KDB'), 'financier', JSON.stringify(x.projects));
});

// "Saudi Velmora has allocated the feedstock": whoever provides a plant's feedstock supplies it.
test('the body that allocates or provides a plant\'s feedstock is its supplier', () => {
  const x = run('Kessary Petrochemical Company will build a 450,000-tonne polypropylene plant at Jubail. Velmora Oil Company has allocated the propane feedstock for 20 years.');
  assert.equal(roleOf(x, 'petrochemical_plant', 'Velmora Oil Company'), 'supplier', JSON.stringify(x.projects));
});

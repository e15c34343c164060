import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// Invented sentences: a body that wins leave from the state to build develops the works; one that wins a contract
// builds them for someone.

test('winning approval, a permit or the go-ahead makes the developer', () => {
  assert.equal(roleOf(run('Tarvin Solar won approval for a 200 MW solar park in Dara.'), 'solar_power_plant', 'Tarvin Solar'), 'developer');
  assert.equal(roleOf(run('Kessel Wind won a building permit for a 90 MW wind farm near Osk.'), 'wind_power_plant', 'Kessel Wind'), 'developer');
  assert.equal(roleOf(run('Velmora Cement won the government go-ahead for a cement plant in Dara.'), 'manufacturing_plant', 'Velmora Cement'), 'developer');
});

test('winning a contract or a deal to build still makes the contractor', () => {
  assert.equal(roleOf(run('Kessel Construction won the contract for a 200 MW solar park in Dara.'), 'solar_power_plant', 'Kessel Construction'), 'contractor');
  assert.equal(roleOf(run('Dara Builders won a $90 million deal to build the Osk bridge.'), 'bridge', 'Dara Builders'), 'contractor');
});

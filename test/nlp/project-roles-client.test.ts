import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleOf, run } from './helpers.js';

// "A signed a contract with B to build X": A gives the works contract to a builder, so A is the client the works are
// built for (their developer) and B the contractor; a public body that does so is the client too.
test('the body that signs a works contract "with" a builder is the client, not a second contractor', () => {
  const x = run('Tarvin Metro Company signed a contract with Kessary Builders Ltd to build a 12 km metro line in Tarvin.');
  assert.equal(roleOf(x, 'railway', 'Tarvin Metro Company'), 'developer');
  assert.equal(roleOf(x, 'railway', 'Kessary Builders Ltd'), 'contractor');
});

test('a builder described by its home town ("with Velmora-based B") is still the one the contract goes to', () => {
  const x = run('Tarvin Water Company signed a construction contract with Velmora-based Ostra Pipes AS for a 40 km water pipeline.');
  assert.equal(roleOf(x, 'water_supply', 'Tarvin Water Company'), 'developer');
});

test('a ministry that signs a works contract far from its name is the client of the works', () => {
  const x = run('The Kessary Ministry of Education on Thursday signed a $40 million (about 2.1 billion dinars) contract with Marlow Construction Plc to build a 900-pupil secondary school in Tarvin.');
  assert.equal(roleOf(x, 'education_facility', 'Kessary Ministry of Education'), 'developer');
  assert.equal(roleOf(x, 'education_facility', 'Marlow Construction Plc'), 'contractor');
});

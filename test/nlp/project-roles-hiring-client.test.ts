import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleOf, run } from './helpers.js';

// The body that hands a works contract to another, or picks, hires or appoints another to do the works, is the
// client the works are done for (their developer); the body picked or given the contract does them.

test('a contract awarded "to B" far past the contract noun makes the awarding body the client', () => {
  const x = run('Korvath Energy awarded the construction contract for its 250 MW solar plant in Basra to Melden Construction LLC on Monday.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Korvath Energy'), 'developer');
  assert.equal(roleOf(x, 'solar_power_plant', 'Melden Construction LLC'), 'contractor');
});

test('a contract given over a longer phrase and a place: the giver stays the client', () => {
  const x = run('Tarvin Cement Company has given the civil works contract for its new 1.2 million-tonne cement plant near Lomsk to Ostra Builders Ltd on Tuesday.');
  assert.equal(roleOf(x, 'manufacturing_plant', 'Tarvin Cement Company'), 'developer');
  assert.equal(roleOf(x, 'manufacturing_plant', 'Ostra Builders Ltd'), 'contractor');
});

test('"A has selected B as EPC contractor": A is the client, B the contractor', () => {
  const x = run('Korvath Energy has selected Melden Construction LLC as EPC contractor for its 250 MW solar plant in Basra.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Korvath Energy'), 'developer');
  assert.equal(roleOf(x, 'solar_power_plant', 'Melden Construction LLC'), 'contractor');
});

test('"A appointed B as the turbine supplier": A is the client, B the supplier', () => {
  const x = run('Brenmoor Wind Ltd appointed Sorvik Turbines A/S as the turbine supplier for a 90 MW wind farm in Zhanatas.');
  assert.equal(roleOf(x, 'wind_power_plant', 'Brenmoor Wind Ltd'), 'developer');
  assert.equal(roleOf(x, 'wind_power_plant', 'Sorvik Turbines A/S'), 'supplier');
});

test('"A chose B to operate the plant": A is the client, B the operator', () => {
  const x = run('Dunvale Water Company chose Pirrel Services Ltd to operate a seawater desalination plant in Sohar.');
  assert.equal(roleOf(x, 'water_supply', 'Dunvale Water Company'), 'developer');
  assert.equal(roleOf(x, 'water_supply', 'Pirrel Services Ltd'), 'operator');
});

test('"A has hired B to build": B is the contractor, A the developer', () => {
  const x = run('Korvath Energy has hired Melden Construction LLC to build a 250 MW solar plant in Basra.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Korvath Energy'), 'developer');
  assert.equal(roleOf(x, 'solar_power_plant', 'Melden Construction LLC'), 'contractor');
});

test('"A engaged B to construct": B is the contractor, A the developer', () => {
  const x = run('Lomsk Fertiliser Company engaged Ostra Builders Ltd last month to construct a 600,000-tonne urea plant in Navoi.');
  assert.equal(roleOf(x, 'fertilizer_plant', 'Lomsk Fertiliser Company'), 'developer');
  assert.equal(roleOf(x, 'fertilizer_plant', 'Ostra Builders Ltd'), 'contractor');
});

// counter-cases: no one is hired; the subject builds itself, or hires staff, not a body
test('counter-case: "A will build the plant", with no one hired, keeps A the developer', () => {
  const x = run('Korvath Energy will build a 250 MW solar plant in Basra.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Korvath Energy'), 'developer');
});

test('counter-case: "A was selected by B as contractor": A, the one selected, is the contractor', () => {
  const x = run('Melden Construction LLC was selected by Korvath Energy as EPC contractor for a 250 MW solar plant in Basra.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Melden Construction LLC'), 'contractor');
});

test('counter-case: "A, the contractor hired by B, will build" keeps A the contractor', () => {
  const x = run('Melden Construction LLC, which was hired by Korvath Energy, will build a 250 MW solar plant in Basra as EPC contractor.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Melden Construction LLC'), 'contractor');
});

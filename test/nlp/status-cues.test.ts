import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Status cues and facility phrases added to data/lexicon/statuses.json and facilities.json.
const only = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p;
};

test('turning the first soil starts construction; late commissioning is still construction', () => {
  assert.equal(only('On Friday officials turned the first soil for the Antofagasta desalination plant, built by Aqualis S.A.', 'water_supply').status, 'construction');
  assert.equal(only('Bintang Works will soon hand over a coker unit at the Dumai refinery, which is in the final stage of commissioning.', 'refinery').status, 'construction');
});

test('a public hearing on a plan means it is announced; "will not go ahead" cancels', () => {
  assert.equal(only('The grid operator held a public hearing on a new power line in Styria.', 'transmission_line').status, 'announced');
  assert.equal(only('Baltic Volt S.A. said it will not go ahead with a 400 MW combined-cycle gas plant at Płock.', 'thermal_power_plant').status, 'cancelled');
});

test('small modular reactors, combined-cycle gas plants and electric multiple units are facilities', () => {
  assert.equal(only('Norda Chemicals hired consultants to study whether a small modular reactor could heat its works in Tarnów.', 'nuclear_power_plant').type, 'nuclear_power_plant');
  assert.ok(only('Kestrel Rail Works will deliver 18 electric multiple units to the state carrier in Riga.', 'rolling_stock'));
});

test('works that have begun or started producing are operating; a plan to start producing is not', () => {
  assert.equal(only('The Tarvin copper mine of Kessary Metals has begun production, two years late.', 'mine').status, 'operating');
  assert.equal(only('Velmora Steel said its new rolling mill in Tarvin started producing in May.', 'manufacturing_plant').status, 'operating');
  assert.notEqual(only('The Tarvin copper mine of Kessary Metals will not have begun production before 2028.', 'mine').status, 'operating');
});

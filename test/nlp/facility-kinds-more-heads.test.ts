import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: facility heads the lexicon lacked (a branch line, an electrolyser, a hybrid solar and wind
// project, an intermodal terminal, a ro-ro terminal, an HVDC link).

const kinds = (text: string) => run(text).projects.map((p) => p.type);

test("'a 4-km branch line' is a railway, not the airport it runs to", () => {
  assert.deepEqual(kinds('Velmo Rail has shelved a 4-km branch line and station at Kessary International Airport.'), ['railway']);
});

test("'a 500 MW electrolyser' is a hydrogen plant", () => {
  assert.deepEqual(kinds('Halvar Energy will build a 500 MW electrolyser at the port of Semmer.'), ['petrochemical_plant']);
});

test("'a hybrid solar and wind project of roughly 200 MW' is one renewable plant", () => {
  assert.deepEqual(kinds('Carvel Energie is developing a hybrid solar and wind project of roughly 200 MW in Ostra County.'), ['solar_power_plant']);
});

test('an intermodal terminal, a ro-ro terminal and an HVDC link are works', () => {
  assert.deepEqual(kinds('Dunmore Logistics will build a $60 million intermodal terminal at Kessary.'), ['logistics_hub']);
  assert.deepEqual(kinds('The port authority awarded a $45 million contract for a ro-ro terminal at Velmo.'), ['port']);
  assert.deepEqual(kinds('Tessgrid and Brava Power signed an agreement for a 600-km HVDC link between Tessaly and Brava.'), ['transmission_line']);
});

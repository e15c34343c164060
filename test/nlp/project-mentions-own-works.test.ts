import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: whether a facility word names works of their own (a separate link, a wharf, a jetty) or only
// a landmark or a place name.

const types = (text: string) => run(text).projects.map((p) => p.type).sort();

test('a wharf extension is port works', () => {
  assert.deepEqual(types('In Tarvin, the $80 million extension of the international wharf is 60% complete.'), ['port']);
});

test('an inter-island jetty with its cost is port works', () => {
  assert.deepEqual(types('Kessary Marine has finished a $12 million inter-island jetty at Velmora.'), ['port']);
});

test("a 'reverse-osmosis plant' is water supply works", () => {
  assert.deepEqual(types('Brenmoor Water will build a reverse-osmosis plant near Velmora that will produce 60,000 cubic metres a day.'), ['water_supply']);
});

test("a '3 MW solar and storage plant' is a solar plant", () => {
  assert.deepEqual(types('The Tarvin utility put out to tender a 3 MW solar and storage plant for Velmora island.'), ['solar_power_plant']);
});

test("'next to the airport' places a solar farm; the airport is a landmark", () => {
  assert.deepEqual(types("Tonga's power utility signed a deal to buy the output of an 8 MW solar farm near Nuku'alofa, next to the airport, from Harbour Light Energy Ltd of Wellington, which will build and run it."), ['solar_power_plant']);
});

test("'the airport' is still the project when the text has already made it one", () => {
  const x = run('Brenmoor Aero will build a $300 million airport at Velmora. A hotel will stand next to the airport.');
  assert.deepEqual(x.projects.map((p) => p.type), ['airport']);
});

test("a 'separate' line from the plant site is a project of its own", () => {
  const x = run('Brenmoor Geo will build a 50-megawatt geothermal power plant near Velmora. The utility is tendering a separate 132 kV line of about 80 kilometres from the site to Tarvin.');
  assert.deepEqual(x.projects.map((p) => p.type).sort(), ['thermal_power_plant', 'transmission_line']);
});

test('without a word of separateness, a line from the plant stays part of it', () => {
  const x = run('Brenmoor Geo will build a 50-megawatt geothermal power plant near Velmora. The utility is building a 132 kV line of about 80 kilometres from the plant to Tarvin.');
  assert.deepEqual(x.projects.map((p) => p.type), ['thermal_power_plant']);
});

test("'in Port Moresby' is a town, not a port project", () => {
  assert.deepEqual(types('Brenmoor Fibre Ltd signed a contract on Monday with the government in Port Moresby for a $90 million data centre.'), ['data_center']);
});

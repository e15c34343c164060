import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: an airport, a port or a mine named as the site where other works are built ("a solar plant will
// be built at Redmoor Airport", "a plant of 20 MWp at the port of Tarrow", "near Talvik airport") is no project of its
// own; the works at it are. Counter-cases: the airport or port itself being extended, or called new.

const kinds = (text: string) => run(text).projects.map((p) => p.type).sort();

test("'a 15 MW solar power plant will be built at Redmoor Airport': the airport is the site", () => {
  assert.deepEqual(kinds('A 15 MW solar power plant will be built at Redmoor Airport under an agreement signed on Friday between the airport company and Sunvia.'), ['solar_power_plant']);
});

test("'a solar plant with 8 MWh of batteries at Redmoor Airport': the airport is the site", () => {
  assert.deepEqual(kinds('Harlow Energy will build a 12 MW solar plant with 8 MWh of batteries at Redmoor Airport, the operator said.'), ['solar_power_plant']);
});

test("'a solar park of 20 MW at the port of Tarrow': the port is the site", () => {
  assert.deepEqual(kinds('Sunvia signed a contract to build a solar park of 20 MW at the port of Tarrow for $18 million.'), ['solar_power_plant']);
});

test("'a 30 MW solar plant and a 10 MWh battery at its Kessary copper mine': the mine is the site", () => {
  assert.deepEqual(kinds('Bramwell Mining will build a 30 MW solar plant and a 10 MWh battery at its Kessary copper mine to cut diesel use, the company said.'), ['solar_power_plant']);
});

test("'a hybrid plant of 40 MW near Talvik airport': the airport is a landmark", () => {
  assert.deepEqual(kinds('A consortium led by Orvane will build a solar farm of 40 MW near Talvik airport.'), ['solar_power_plant']);
});

test('counter-case: an airport being expanded is the works, with the solar plant beside it', () => {
  assert.deepEqual(kinds('Redmoor Airport will be expanded with a second runway costing $200 million, the transport ministry said. Separately, Sunvia will build a 10 MW solar farm in Dorvan.'), ['airport', 'solar_power_plant']);
});

test('counter-case: a new port where a terminal is built is the works', () => {
  assert.deepEqual(kinds('Tarrow Ports will build a new deep-water port at Kessary Bay for $900 million, with construction due to start in May.'), ['port']);
});

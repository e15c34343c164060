import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a decision to stop works is the stop; works begun are construction, whatever papers the sentence
// also mentions.

const statusOf = (text: string, type: string) => run(text).projects.find((p) => p.type === type)?.status;

test("'the board decided to discontinue the refurbishment of the 7 MW Tarvin hydropower plant' is cancelled", () => {
  assert.equal(statusOf('On 3 May the board of Brenmoor Energy decided to discontinue the refurbishment of the 7 MW Tarvin hydropower plant after the water licence was not extended.', 'hydro_power_plant'), 'cancelled');
});

test("'voted to scrap' plans for a plant is cancelled", () => {
  assert.equal(statusOf('The council of Velmora voted to scrap the 40 MW Kessary solar plant after the land deal fell through.', 'solar_power_plant'), 'cancelled');
});

test("'plans to discontinue' is still only a plan", () => {
  assert.equal(statusOf('Brenmoor Energy plans to discontinue the refurbishment of the Tarvin hydropower plant next year.', 'hydro_power_plant'), 'announced');
});

test("'began works last week on a wastewater treatment plant ... under a contract signed in January' is construction", () => {
  assert.equal(statusOf('Calvaro Aguas began works last week on a wastewater treatment plant in the Velmora district for the city utility, under a $90 million contract signed in January.', 'water_supply'), 'construction');
});

test("'the tender was scrapped' for a bypass is cancelled", () => {
  assert.equal(statusOf('The 12 km Tarvin bypass will wait: the tender was scrapped in March after only one bid arrived.', 'road'), 'cancelled');
});

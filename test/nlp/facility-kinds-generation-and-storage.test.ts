import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a generating plant named with its storage under one head, the generation word a bare modifier
// joined by 'and' to the storage phrase ("a 90 MW solar and 40 MWh battery storage project"). The storage phrase was
// read alone, so the works were taken for a storage plant; the spec makes storage built as part of a plant that plant's.

const kinds = (text: string) => run(text).projects.map((p) => p.type);

test("'a 90 MW solar and 40 MWh battery storage project' is a solar plant", () => {
  const x = run('Carvane Energy signed a contract on Monday with Dellmore Engineering to build a 90 MW solar and 40 MWh battery storage project in Osterby, Valdoria.');
  assert.deepEqual(x.projects.map((p) => p.type), ['solar_power_plant']);
  assert.ok(x.projects[0].capacity.some((c) => c.unit === 'MW' && c.value === 90));
});

test("'a 70 MW solar power and battery energy storage system' is a solar plant", () => {
  assert.deepEqual(kinds('Tessaly Power will build a 70 MW solar power and battery energy storage system near Brennick, in Valdoria.'), ['solar_power_plant']);
});

test("'a 120 MW wind power and energy storage project' is a wind farm", () => {
  assert.deepEqual(kinds('Norvik Wind has started building a 120 MW wind power and energy storage project in the Calder hills of Valdoria.'), ['wind_power_plant']);
});

test("'a 60 MW photovoltaic and 30 MWh energy storage facility' is a solar plant", () => {
  assert.deepEqual(kinds('The ministry approved a 60 MW photovoltaic and 30 MWh energy storage facility in Marrow district.'), ['solar_power_plant']);
});

test('counter-case: a standalone battery storage project stays storage', () => {
  assert.deepEqual(kinds('Orvane Energy has started building a 200 MW / 800 MWh battery storage project in Kestrel province.'), ['energy_storage']);
});

test("counter-case: a storage project after a solar plant named in full is that plant's part", () => {
  assert.deepEqual(kinds('Carvane Energy will build a 90 MW solar farm and a 40 MWh battery storage system in Osterby, Valdoria.'), ['solar_power_plant']);
});

test("counter-case: 'gas and battery storage project' is no generation pair: storage stays storage", () => {
  assert.deepEqual(kinds('Osterby Utilities will tender a 50 MWh battery storage project next year, its chief executive said.'), ['energy_storage']);
});

// Invented sentences: a generating plant under a general head ("a 100 MW solar scheme", "a 45 MW PV facility") that the
// lexicon knows only with a kind word before 'plant' or 'farm'. Unread, only the battery beside it was seen, and the works
// were taken for a storage plant.

test("'a 100 MW solar scheme ... with a 50 MWh battery' is a solar plant", () => {
  assert.deepEqual(kinds('Kellan Power signed a contract on Monday to build a 100 MW solar scheme in Dorrick, Valdoria, with a 50 MWh battery.'), ['solar_power_plant']);
});

test("'a 45 MW PV facility', 'a 60 MW photovoltaic power project', 'a 30 MW solar energy system' are solar plants", () => {
  assert.deepEqual(kinds('Brightwell Energy will build a 45 MW PV facility near Harrowgate, in Valdoria.'), ['solar_power_plant']);
  assert.deepEqual(kinds('Brightwell Energy will build a 60 MW photovoltaic power project near Harrowgate, in Valdoria.'), ['solar_power_plant']);
  assert.deepEqual(kinds('Brightwell Energy will build a 30 MW solar energy system near Harrowgate, in Valdoria.'), ['solar_power_plant']);
});

test("'a 200 MW wind power development' is a wind farm", () => {
  assert.deepEqual(kinds('Norvik Wind has won approval for a 200 MW wind power development in the Calder hills of Valdoria.'), ['wind_power_plant']);
});

test("'a 50 MW solar thermal plant', 'a 50 MW CSP plant' are solar plants", () => {
  assert.deepEqual(kinds('Sunmere will build a 50 MW solar thermal plant in the Orvane desert of Valdoria.'), ['solar_power_plant']);
  assert.deepEqual(kinds('Sunmere will build a 50 MW CSP plant in the Orvane desert of Valdoria.'), ['solar_power_plant']);
});

test("counter-case: 'a 2 GW solar module manufacturing facility' is no solar plant", () => {
  assert.ok(!kinds('Halden Solar will build a 2 GW solar module manufacturing facility in Dorrick, Valdoria.').includes('solar_power_plant'));
});

test("counter-case: 'a 100 MW project' with no word of generation names no power plant kind from the head", () => {
  assert.deepEqual(kinds('Kellan Power said a 100 MW project was possible one day, without giving details.'), []);
});

test("'a 300 MW windfarm', 'a windpark', 'a 400 MW offshore wind development' are wind farms", () => {
  assert.deepEqual(kinds('Norvik Wind signed a contract on Monday for a 300 MW windfarm in Dessa, Valdoria.'), ['wind_power_plant']);
  assert.deepEqual(kinds('Norvik Wind signed a contract on Monday for a 300 MW windpark in Dessa, Valdoria.'), ['wind_power_plant']);
  assert.deepEqual(kinds('Norvik Wind won approval for a 400 MW offshore wind development off Dessa, Valdoria.'), ['wind_power_plant']);
});

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

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: solar works under heads the lexicon lacked (a rooftop PV system, a photovoltaic installation, an
// agrivoltaic project, a floating solar array, a solar photovoltaic (PV) project). Unread, the storage or the airport or
// port beside them was taken for the works.

const kinds = (text: string) => run(text).projects.map((p) => p.type);

test("'a 12 MW rooftop PV system ... at Redmoor Airport' is a solar plant at the airport, not the airport", () => {
  assert.deepEqual(kinds('Harlow Energy will install a 12 MW rooftop PV system with 8 MWh of batteries at Redmoor Airport, the airport said.'), ['solar_power_plant']);
});

test("'a photovoltaic installation of 20 MWp at the port of Tarrow' is a solar plant", () => {
  assert.deepEqual(kinds('Sunvia signed a contract to build a photovoltaic installation of 20 MWp at the port of Tarrow, together with a battery storage unit of 10 MWh.'), ['solar_power_plant']);
});

test("'a 50 MWp agrivoltaic project and a 25 MWh battery' is one solar plant, the battery its part", () => {
  assert.deepEqual(kinds('Kessary Power will develop a 50 MWp agrivoltaic project and a 25 MWh battery energy storage system in Dorvan.'), ['solar_power_plant']);
});

test("'a floating solar array of 25 MW' is a solar plant, the battery next to it its part", () => {
  assert.deepEqual(kinds('Brightfield will build a floating solar array of 25 MW on the reservoir and a 50 MWh battery storage system next to it.'), ['solar_power_plant']);
});

test("'a 70 MWp solar photovoltaic (PV) project' is a solar plant", () => {
  const x = run('Lumo Energy signed a power purchase agreement for a 70 MWp solar photovoltaic (PV) project in Mirova. The project includes a battery energy storage system (BESS) of 35 MWh.');
  assert.deepEqual(x.projects.map((p) => p.type), ['solar_power_plant']);
});

test('counter-case: a standalone battery storage project stays storage', () => {
  assert.deepEqual(kinds('Orvane Energy has started building a 200 MW / 800 MWh battery storage project in Kestrel province, the first standalone storage plant in the country.'), ['energy_storage']);
});

test('counter-case: solar panels on homes named in passing are no project', () => {
  assert.deepEqual(kinds('Many families in Velmo have put solar panels on their roofs to cut their bills, the mayor said.'), []);
});

test("hybrid solar and storage heads are one solar plant: 'a solar + storage plant', 'a PV-plus-storage facility', 'a solar-and-battery complex'", () => {
  assert.deepEqual(kinds('The utility tendered a solar + storage plant of 45 MW at Talvik.'), ['solar_power_plant']);
  assert.deepEqual(kinds('The 40 MW PV-plus-storage facility at Tarrow port will supply the cranes. Lumo Energy is building it.'), ['solar_power_plant']);
  assert.deepEqual(kinds('The Kessary solar-and-battery complex will combine 200 MW of photovoltaics with 400 MWh of lithium-ion batteries.'), ['solar_power_plant']);
});

test("'a 90 MW solar PV power station' is a solar plant, not a thermal one", () => {
  assert.deepEqual(kinds('Tallis signed a deal for a 90 MW solar PV power station with battery storage in Mirova province.'), ['solar_power_plant']);
});

test("storage 'of' or supplied 'to' a solar plant is that plant's part", () => {
  assert.deepEqual(kinds('Brightfield signed an EPC contract for the battery energy storage system of its 120 MW Talvik solar plant.'), ['solar_power_plant']);
  assert.deepEqual(kinds('Orvane won a tender to supply 25 MWh of battery storage to the 50 MW Kessary solar park.'), ['solar_power_plant']);
});

test('counter-case: storage supplied to the grid stays a storage project', () => {
  assert.deepEqual(kinds('Orvane won a tender to build a 100 MWh battery storage system for the national grid near Kessary.'), ['energy_storage']);
});

test("'a photovoltaic energy storage project', 'a PV and energy storage project' are solar plants; 'an energy storage project' alone is storage", () => {
  assert.deepEqual(kinds('Dorvan Solar signed a contract for a 200 MW photovoltaic energy storage project in Kessary.'), ['solar_power_plant']);
  assert.deepEqual(kinds('Lumo signed an agreement on a PV and energy storage project of 300 MW in Mirova.'), ['solar_power_plant']);
  assert.deepEqual(kinds('Lumo signed an agreement on a 300 MWh energy storage project in Mirova.'), ['energy_storage']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: facility words the lexicon lacked, so the works they name were not found at all (a tunnel, a
// grid battery, a data hall, a cable landing station, a subsea cable, a treatment plant, pumping stations, a bus
// station, an LNG import terminal, telecom towers); and counter-cases where the same words name no works.

const kinds = (text: string) => run(text).projects.map((p) => p.type);

test('a tunnel is road works; a rail tunnel is railway works', () => {
  assert.deepEqual(kinds('Kestrel Metro Ltd will dig a 4-km tunnel under the Danube at Galați, the company said on Monday.'), ['road']);
  assert.deepEqual(kinds('The ministry awarded Brava Build a €210 million contract for a road tunnel through the hills near Tetovo.'), ['road']);
  assert.deepEqual(kinds('Work on the 9-km rail tunnel at Semmering will start in May, Alpen Bahnbau GmbH said.'), ['railway']);
  assert.deepEqual(kinds('Ostra Tunnelling has been picked to bore a railway tunnel of 7 km between Kessary and Velmo.'), ['railway']);
});

test('a grid battery is energy storage', () => {
  assert.deepEqual(kinds('Ardent Power AG has started building a 100 MWh battery in Tulcea.'), ['energy_storage']);
  assert.deepEqual(kinds('In Tulcea, Ardent Power AG plans a 50 MW battery, it said in a filing.'), ['energy_storage']);
  assert.deepEqual(kinds('Nordlys Energi signed a $40 million deal for a grid-scale battery at Narvik.'), ['energy_storage']);
});

test('a battery factory is a factory, and batteries named as a product or sector are no works', () => {
  assert.deepEqual(kinds('Velmo Cells will build a battery factory in Győr that will make 20 GWh of cells a year.'), ['manufacturing_plant']);
  assert.deepEqual(kinds('Kessary Motors plans a $900 million battery gigafactory near Pécs.'), ['manufacturing_plant']);
  assert.deepEqual(kinds('Shares in battery makers rose on Tuesday as lithium prices fell in Shanghai.'), []);
  assert.deepEqual(kinds('Demand for electric-vehicle batteries is slowing in Europe, analysts at Brava Research said.'), []);
});

test('a data hall is a data centre', () => {
  assert.deepEqual(kinds('Orsa Data AB put into service the first data hall of its campus in Luleå on Monday. The hall has 30 MW of IT capacity.'), ['data_center']);
  assert.deepEqual(kinds('Kessary Cloud will add a 12 MW data hall at its site in Velmo by 2027.'), ['data_center']);
});

test('a cable landing station and a subsea cable are telecom works; a subsea power cable is a power line', () => {
  assert.deepEqual(kinds('Selva Logistics Ltd will build a cable landing station at Ngala, in Kilifi county.'), ['telecom_network']);
  assert.deepEqual(kinds('Brenta Cables SpA has signed a contract to lay a 120-km subsea cable between Varna and Batumi.'), ['telecom_network']);
  assert.deepEqual(kinds('Norsea Grid will lay a 300 MW subsea power cable between Bergen and Aberdeen.'), ['transmission_line']);
});

test('a treatment plant and its upgrade are water works', () => {
  assert.deepEqual(kinds('The utility approved the upgrade of its Vidin treatment plant, which will raise output from 300 to 500 litres per second.'), ['water_supply']);
  assert.deepEqual(kinds('Halden Water AS won a €12 million contract to rehabilitate the treatment plant in Ruse.'), ['water_supply']);
});

test('pumping stations and a bus station are works', () => {
  assert.deepEqual(kinds('Halden Water AS will rehabilitate 12 pumping stations on the canal near Karshi under a $48 million loan.'), ['water_supply']);
  assert.deepEqual(kinds('The council opened a new bus station in Pleven on Saturday. The station cost €4 million.'), ['logistics_hub']);
});

test('an LNG import terminal is works of its own (type other), not the container port named before', () => {
  assert.deepEqual(kinds('Larch Energy proposed a floating LNG import terminal at Puerto Barrios in 2022, but shelved it last year.'), ['other']);
  assert.deepEqual(kinds('Osprey Gas plans a $500 million regasification terminal at Kessary.'), ['other']);
  assert.deepEqual(kinds('Velmo Ports has started work on a $400 million container terminal at Puerto Barrios. A floating LNG import terminal proposed at Puerto Barrios in 2021 by Larch Energy was shelved last year.'), ['port', 'other']);
});

test('telecom towers are a telecom network', () => {
  assert.deepEqual(kinds('Norvik Telecom will put up 300 telecom towers in rural Kakheti under a $60 million contract.'), ['telecom_network']);
  assert.deepEqual(kinds('Skylink Towers Ltd has agreed to buy 1,200 mobile towers in Ghana for $250 million.'), ['telecom_network']);
});

test("a hydropower plant's diversion or headrace tunnel is part of the plant, not road works", () => {
  assert.deepEqual(kinds('Kura Hydro LLC will build a 90 MW hydropower plant on the Tskhenistskali near Lentekhi. The design was revised to shorten the diversion tunnel.'), ['hydro_power_plant']);
  assert.deepEqual(kinds('Boring of the 6-km headrace tunnel of the 120 MW Ostra hydropower plant began in April, Ostra Hydro Ltd said.'), ['hydro_power_plant']);
});

test('pumping stations that lift water to farmland are irrigation works; those that feed homes are water supply', () => {
  assert.deepEqual(kinds('Halden Water AS and the ministry signed a $90 million loan to rehabilitate the pumping stations of the Navoi canal, which lifts water to farmland in the Bukhara region.'), ['irrigation']);
  assert.deepEqual(kinds('The money will replace 20 pumping stations that irrigate about 150,000 hectares along the Syr Darya near Kyzylorda, Kessary Agro said.'), ['irrigation']);
  assert.deepEqual(kinds('Velmo Vodovod will build two pumping stations to bring drinking water to 80,000 residents of Nis, at a cost of €14 million.'), ['water_supply']);
});

test('a product or trade named after "battery" is no storage works', () => {
  assert.deepEqual(kinds('The nickel is used to make battery chemicals in Ningde, Brava Metals said.'), []);
  assert.deepEqual(kinds('Lithium prices hit battery producers in Shenzhen hard this year.'), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: an existing port that goods pass through on their way ("ship the towers through the port of X",
// "a line that carries freight from the port of Y to the north") and a street given as an address ("the borehole on
// Kessel Road") are context for other works, not projects. A node called new, or a street said to be worked on, stays.

const types = (x: ReturnType<typeof run>) => x.projects.map((p) => p.type).sort();

test('towers shipped through a named port, with the object between verb and preposition: the port is a transit point', () => {
  const x = run('Velmora Grid is building a 150-km transmission line to Tarvin. Its supplier Kessary Steel will ship the first 300 towers through the port of Brenmoor in August.');
  assert.deepEqual(types(x), ['transmission_line'], JSON.stringify(x.projects));
});

test('cement sent abroad via a port, a long object before "via": the port is a transit point', () => {
  const x = run('Orvel Cement is building a $200 million clinker plant in Tarvin. It plans to send most of its cement to buyers abroad via the port of Kessary from 2027.');
  assert.deepEqual(types(x), ['manufacturing_plant'], JSON.stringify(x.projects));
});

test('a railway that carries freight from a port to the interior: the port is where the route starts', () => {
  const x = run('Halden Rail is rebuilding the 210-km Ostra–Belvik railway for $400 million; the line carries freight from the port of Marrow to the interior.');
  assert.deepEqual(types(x), ['railway'], JSON.stringify(x.projects));
});

test('blades trucked from a port to the site, in a later sentence: the port is where the route starts', () => {
  const x = run('The 40 MW Belvik wind farm will cost $60 million.\n\nIts blades will be hauled on low-loaders from the Marrow port to the site over the winter.');
  assert.deepEqual(types(x), ['wind_power_plant'], JSON.stringify(x.projects));
});

test('goods routed through an airport: the airport is a transit point', () => {
  const x = run('Kestrel Pharma will open a $30 million vaccine plant in Ostra next year. It will fly the first doses out via the Ostra International Airport to clinics across the region.');
  assert.ok(!types(x).includes('airport'), JSON.stringify(x.projects));
});

test('counter-case: ore exported through a planned port that a company will build: the port is works', () => {
  const x = run('Tarvin Minerals will export its ore through the planned port of Velmo, which Kessary Ports will build for $500 million.');
  assert.deepEqual(types(x), ['port'], JSON.stringify(x.projects));
});

test('counter-case: containers shipped from a port with no route onward, where a terminal is being built: the terminal is works', () => {
  const x = run('Kessary Ports will ship containers from the port of Marrow, where it is building a $250 million terminal.');
  assert.deepEqual(types(x), ['port'], JSON.stringify(x.projects));
});

test('counter-case: a port that will be built, with no moving verb before it, stays a project', () => {
  const x = run('Kessary Ports will build a $300 million container terminal at the port of Marrow, to handle cargo from 2028.');
  assert.deepEqual(types(x), ['port'], JSON.stringify(x.projects));
});

test('counter-case: gas carried through a pipeline names the works', () => {
  const x = run('Orvel Gas will carry 5 bcm a year through the new 300-km Tarvin pipeline, which it is building for $900 million.');
  assert.deepEqual(types(x), ['pipeline'], JSON.stringify(x.projects));
});

test('a borehole on a named road: the road is an address', () => {
  const x = run('Brenmoor Water is laying a 12-km pipeline to the town for $20 million. At the borehole on Kessel Road, residents still queue from dawn.');
  assert.deepEqual(types(x), ['water_supply'], JSON.stringify(x.projects));
});

test('offices off a named street and a return to it later: the street is an address', () => {
  const x = run('Kestrel Solar opened its offices off Station Road in Tarvin, where it will build a 50 MW solar plant.\n\nBack on Station Road, shopkeepers say power cuts are daily.');
  assert.deepEqual(types(x), ['solar_power_plant'], JSON.stringify(x.projects));
});

test('a market stall on a named avenue: the avenue is an address', () => {
  const x = run('Traders on Ngong Road say the new 40 MW Ostra gas plant, which Orvel Power is building for $55 million, cannot come soon enough.');
  assert.deepEqual(types(x), ['thermal_power_plant'], JSON.stringify(x.projects));
});

test('counter-case: a council that will widen a named road: the road is works', () => {
  const x = run('The Tarvin council will widen Kessel Road to four lanes for $12 million, the city said.');
  assert.deepEqual(types(x), ['road'], JSON.stringify(x.projects));
});

test('counter-case: works on a named road: the road is works', () => {
  const x = run('Work on Kessel Road began in May; Kessary Builders will rebuild 9 km of it for $14 million.');
  assert.deepEqual(types(x), ['road'], JSON.stringify(x.projects));
});

// A named facility where goods or ships call, where something goes on today, or which does something today, is context
// for the works of the news, unless the sentence builds or changes it.

test('a named power station that supplies the town today: context, not works', () => {
  const x = run('Kestrel Solar will build a 30 MW solar plant near Ba for $40 million. The Vuda power station supplies the town today, burning heavy fuel oil.');
  assert.deepEqual(types(x), ['solar_power_plant'], JSON.stringify(x.projects));
});

test('diesel use at a named power station that a solar plant will cut: context, not works', () => {
  const x = run('Kestrel Solar will build a 30 MW solar plant near Ba for $40 million.\n\nIt should cut diesel use at the Vuda power station by 18 million litres a year.');
  assert.deepEqual(types(x), ['solar_power_plant'], JSON.stringify(x.projects));
});

test('shipments that arrive at a named port: the port is where they call', () => {
  const x = run('Shipments of turbine blades for the 60 MW Tarvin wind farm arrive at the port of Marrow next month, Orvel Wind said.');
  assert.deepEqual(types(x), ['wind_power_plant'], JSON.stringify(x.projects));
});

test('a ferry that docked at a named terminal: the terminal is where it called', () => {
  const x = run('Halden Ferries has ordered two 150-metre ferries for $180 million from a yard in Ostra. Its old ship docked yesterday at the Belvik ferry terminal after a storm.');
  assert.ok(!types(x).includes('port'), JSON.stringify(x.projects));
});

test('a named bridge which carries the traffic today, beside a new bridge: only the new bridge is works', () => {
  const x = run('Congestion on the Tarvin Bridge, which carries most of the traffic, has pushed the city to plan a second bridge.\n\nKessary Roads will build the 1.2-km bridge for $90 million.');
  assert.ok(!x.projects.some((p) => p.name.includes('Tarvin Bridge')), JSON.stringify(x.projects));
});

test('counter-case: a named coal plant that serves the island today and will be expanded: works', () => {
  const x = run('The Brenmoor coal plant serves most of the island, but Kessary Energy will expand it by 50 MW for $70 million.');
  assert.deepEqual(types(x), ['thermal_power_plant'], JSON.stringify(x.projects));
});

test('counter-case: a refinery that produces today and will be modernised: works', () => {
  const x = run('The Belvik Refinery produces 100,000 barrels a day and will be modernised by Orvel Engineering for $1.2 billion.');
  assert.deepEqual(types(x), ['refinery'], JSON.stringify(x.projects));
});

test('counter-case: a new airport that handles its first flights: works', () => {
  const x = run('The new Ostra airport handles its first flights in May; Kestrel Airports built it for $400 million.');
  assert.deepEqual(types(x), ['airport'], JSON.stringify(x.projects));
});

test('counter-case: a terminal built at a named port where ships call: the terminal is works', () => {
  const x = run('Velmora Shipping will build a $200 million terminal at the port of Marrow, where container ships now call at the old quay.');
  assert.deepEqual(types(x), ['port'], JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: an existing port that goods pass through on their way ("ship the towers through the port of X",
// "a line that carries freight from the port of Y to the north") and a street given as an address ("the borehole on
// Hastings Road") are context for other works, not projects. A node called new, or a street said to be worked on, stays.

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
  const x = run('Brenmoor Water is laying a 12-km pipeline to the town for $20 million. At the borehole on Hastings Road, residents still queue from dawn.');
  assert.deepEqual(types(x), ['water_supply'], JSON.stringify(x.projects));
});

test('offices off a named street and a return to it later: the street is an address', () => {
  const x = run('Kestrel Solar opened its offices off Station Road in Tarvin, where it will build a 50 MW solar plant.\n\nBack on Station Road, shopkeepers say power cuts are daily.');
  assert.deepEqual(types(x), ['solar_power_plant'], JSON.stringify(x.projects));
});

test('a market stall on a named avenue: the avenue is an address', () => {
  const x = run('Traders on Kenyatta Road say the new 40 MW Ostra gas plant, which Orvel Power is building for $55 million, cannot come soon enough.');
  assert.deepEqual(types(x), ['thermal_power_plant'], JSON.stringify(x.projects));
});

test('counter-case: a council that will widen a named road: the road is works', () => {
  const x = run('The Tarvin council will widen Hastings Road to four lanes for $12 million, the city said.');
  assert.deepEqual(types(x), ['road'], JSON.stringify(x.projects));
});

test('counter-case: works on a named road: the road is works', () => {
  const x = run('Work on Hastings Road began in May; Kessary Builders will rebuild 9 km of it for $14 million.');
  assert.deepEqual(types(x), ['road'], JSON.stringify(x.projects));
});

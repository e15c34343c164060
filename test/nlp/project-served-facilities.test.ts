import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. A facility the works named before it serve ("a solar plant to power the container terminal",
// "will supply power to the Velora copper mine") is no project of the news: its place is the works' place, and a later
// "the plant" still speaks of the works. Storage named with the plant it belongs to ("25 MW of solar capacity with
// 50 MWh of battery storage", "a battery paired with a solar park") is that plant (the spec: storage built as part of a
// plant belongs to the plant's project). Counter-cases: a served facility said to be new, a concession to run a
// terminal, storage that backs up capacity named after it, storage alone.

const brief = (text: string) => run(text).projects.map((p) => `${p.type} @${p.places.join('+')}`).sort();

test("'a solar plant to power the container terminal at Lobrava' is a solar plant at Lobrava, and no port works", () => {
  assert.deepEqual(brief('Kessel Ports will build a solar plant to power the container terminal at Lobrava, Angola.'), ['solar_power_plant @Lobrava']);
});

test("'a solar power plant to supply the Tarvo mine ... The plant will cost $30 million' gives the sum to the solar plant", () => {
  const x = run('Solmar Energy will build a solar power plant to supply the Tarvo mine in Zambia. The plant will cost $30 million.');
  assert.deepEqual(x.projects.map((p) => p.type), ['solar_power_plant']);
  assert.equal(x.projects[0].amount?.value, 30_000_000);
});

test("'will supply power to the Velora copper mine': the mine is served, not works", () => {
  assert.deepEqual(run('A 40 MW solar plant will supply power to the Velora copper mine in Zambia.').projects.map((p) => p.type), ['solar_power_plant']);
});

test('counter-case: a served facility said to be new is works of its own', () => {
  const types = run('Velkor Gas will build a 120 km pipeline to supply gas to the new Dara power plant in Nigeria.').projects.map((p) => p.type).sort();
  assert.ok(types.includes('thermal_power_plant'), types.join(','));
});

test('counter-case: a concession to run a terminal names the terminal as works', () => {
  assert.deepEqual(run('Marlin Ports won a 30-year concession to run the container terminal at Lobrava, Angola.').projects.map((p) => p.type), ['port']);
});

test("'25 MW of solar photovoltaic capacity with 50 MWh of battery storage' is a solar plant", () => {
  const x = run('The project combines 25 MW of solar photovoltaic capacity with 50 MWh of battery storage. It will be built in Osk, Namibia, by Norden Solar Ltd.');
  assert.deepEqual(x.projects.map((p) => p.type), ['solar_power_plant']);
  assert.equal(x.projects[0].sector, 'energy.renewables');
});

test("'a 30 MW battery storage system paired with a 40 MW solar park' is one solar park", () => {
  assert.deepEqual(brief('Solvik Energy won approval for a 30 MW battery storage system paired with a 40 MW solar park in Cahora, Moldova.'), ['solar_power_plant @Cahora']);
});

test('counter-case: storage that backs up wind capacity named after it stays storage', () => {
  assert.deepEqual(run('The grid operator plans 200 MW of battery storage to back up 500 MW of wind capacity in the north of Chile.').projects.map((p) => p.type), ['energy_storage']);
});

test('counter-case: storage alone stays storage', () => {
  assert.deepEqual(run('Velta Power will build a 100 MWh battery storage plant in Osk, Namibia, at a cost of $60 million.').projects.map((p) => p.type), ['energy_storage']);
});

test("'a 120 km pipeline will feed the Darvo refinery' is the pipeline, not a part of the refinery", () => {
  assert.deepEqual(run('A 120 km pipeline will feed the Darvo refinery in Nigeria with crude from the delta.').projects.map((p) => p.type), ['pipeline']);
  assert.deepEqual(run('Kessel Grid will build a 60 km power line to supply the Osk copper mine in Zambia.').projects.map((p) => p.type), ['transmission_line']);
});

test('counter-case: a pipeline that feeds the plant the sentence builds stays its part', () => {
  assert.deepEqual(run('Velkor Water will build a desalination plant and a 14 km pipeline to feed the plant.').projects.map((p) => p.type), ['water_supply']);
});

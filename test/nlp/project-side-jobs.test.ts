import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented articles. A plant's contractor that "will also build" a line to a grid substation builds the plant's grid
// connection: a part of the plant (its length an item), not a second project that takes the contractor away. A line the
// text says is built by another body (the grid company) is planned and contracted separately: a project of its own.

const kinds = (text: string) => run(text).projects.map((p) => p.type).sort();

test("'X, which will also build a 15-km, 66 kV line to the utility's substation' after a solar plant: one project", () => {
  const x = run('Kalden Solar closed financing for a 60 MW solar plant near Mariental. Construction was awarded to Qinghe Electric Co., which will also build a 15-kilometre, 66 kV line to the utility\'s Hardap substation. Qinghe will start in July.');
  assert.deepEqual(x.projects.map((p) => p.type), ['solar_power_plant']);
  assert.equal(x.projects[0].organizations.find((o) => o.name === 'Qinghe Electric Co.')?.role, 'contractor');
});

test("'Brightline will also build a 225 kV line to the Laayoune substation' in a wind-farm story: one project", () => {
  assert.deepEqual(kinds('Ventisca Wind signed a contract with Brightline Turbines for a 90 MW wind farm near Tarfaya. Brightline will also build a 33 km, 225 kV line to the Laayoune substation, and expects to finish the farm by 2027.'), ['wind_power_plant']);
});

test('a line to a substation a paragraph after the plant, by its builder, stays in the plant', () => {
  const x = run([
    'Sundara Energy has started work on a 120 MW solar park at Hambantota.',
    'The engineering contract went to Lotus Power Engineering Ltd. The company is also laying an 18-km, 132 kV transmission line to the Ambalantota grid substation.',
  ].join('\n\n'));
  assert.deepEqual(x.projects.map((p) => p.type), ['solar_power_plant']);
});

test('a line to a substation that serves a mine, built by the mine\'s contractor, stays in the mine', () => {
  assert.deepEqual(kinds('Korvex Mining will open a copper mine at Tarvin Hill. Dresden Anlagenbau GmbH won the construction contract and will also put up a 40-km, 110 kV power line to the Osveya substation.'), ['mine']);
});

test("counter-case: 'a new 33 kV line ..., to be built by the grid company GridLink' is its own project", () => {
  const x = run('Norvik Power reached financial close on a 40 MW solar park at Sampa. The grid link will be a new 33 kV line to Kumasi, to be built by the national grid company GridLink Ghana.');
  assert.deepEqual(x.projects.map((p) => p.type).sort(), ['solar_power_plant', 'transmission_line']);
  assert.ok(!x.projects.find((p) => p.type === 'solar_power_plant')!.organizations.some((o) => o.name === 'GridLink Ghana'));
});

test("counter-case: 'the line will be built by Velmora Grid' after a plant: the line is its own project", () => {
  const x = run('Tarvin Hydro plans a 200 MW hydropower plant on the Kessa river. A 90-km, 220 kV line to the Orlen substation will be built and financed by Velmora Grid Company.');
  assert.deepEqual(x.projects.map((p) => p.type).sort(), ['hydro_power_plant', 'transmission_line']);
});

test('counter-case: a named line with its own route stays its own project even when the same firm builds it', () => {
  assert.deepEqual(kinds('Kalden Solar closed financing for a 60 MW solar plant near Mariental. Qinghe Electric Co. will build the plant and will also build the Mariental–Keetmans 132 kV line.'), ['solar_power_plant', 'transmission_line']);
});

test("counter-case: 'the grid operator KSE (an org) plans to construct a 62-km line from the plant site to the substation' is its own project", () => {
  const x = run([
    'Orvel Hydro LLC signed loans for a 120 MW hydropower plant at Lentra on the Kessa river.',
    'To connect the plant to the national grid, Kessa State Grid (KSG) plans to construct a 48-kilometre, 220 kV transmission line from Lentra to the Mestia substation. Its design will start next year.',
  ].join('\n\n'));
  assert.deepEqual(x.projects.map((p) => p.type).sort(), ['hydro_power_plant', 'transmission_line']);
});

test("counter-case: the plant's buyer, a utility, building the line apart ('to be built by the buyer') gives a project of its own", () => {
  const x = run('Tamara Renewables Ltd will build a 100 MW solar park at Mannar, and Lanka Grid Board will buy its output for 20 years. The grid link will be a new 132 kV line to Vavuniya, to be built by Lanka Grid Board.');
  assert.deepEqual(x.projects.map((p) => p.type).sort(), ['solar_power_plant', 'transmission_line']);
});

test("the plant's contractor that also lays the connection ('Tavria Energo will also lay ...') keeps it in the plant", () => {
  const x = run([
    'Dnipro Wind Holding has hired Tavria Energo to build a 150 MW wind farm near Mykolaiv.',
    'Tavria Energo will also lay a 25 km, 150 kV cable to the Mykolaiv substation, the developer said.',
  ].join('\n\n'));
  assert.deepEqual(x.projects.map((p) => p.type), ['wind_power_plant']);
});

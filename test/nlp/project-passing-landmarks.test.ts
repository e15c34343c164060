import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a port, road or airport named only to say where something else is ("an hour inland from the
// port of X", "villages along the road to Y") or which way goods travel ("ship it through the port of Z") is context,
// not a project.

const types = (x: ReturnType<typeof run>) => x.projects.map((p) => p.type).sort();

test('a factory an hour inland from the port of a city: the port is a landmark', () => {
  const x = run('Two hours inland from the port of Velmora Bay, Kestrel Tyres is building a 4 million-tyre factory for $300 million.');
  assert.deepEqual(types(x), ['manufacturing_plant'], JSON.stringify(x.projects));
});

test('villages along the road to a town: the road is a landmark', () => {
  const x = run('Kessary Aguas S.A. won the tender for the Tarvin independent water project, a seawater plant on the coast of North Batinah that will serve Sohar and the hamlets along the road to Wadi Bani Kharus.');
  assert.deepEqual(types(x), ['water_supply'], JSON.stringify(x.projects));
});

test('a plant some way south of the airport: the airport is a landmark', () => {
  const x = run('The 80 MW solar farm, ten kilometres south of the airport at Tarvin, will cost $70 million.');
  assert.deepEqual(types(x), ['solar_power_plant'], JSON.stringify(x.projects));
});

test('towers exported through a named port: the port is a transit point', () => {
  const x = run('Velmora Grid is building a 150-km transmission line to Tarvin. The towers come from a mill in Kessary that will export them through the port of Brenmoor in May.');
  assert.deepEqual(types(x), ['transmission_line'], JSON.stringify(x.projects));
});

test('a pipeline that gas flows through is still the works', () => {
  const x = run('Gas will be exported through the new 300-km Tarvin pipeline, which Orvel is building for $900 million.');
  assert.deepEqual(types(x), ['pipeline'], JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a substation or storage named first and joined by 'and'/'with' to a line or plant named right
// after is a part of those works, not a project of its own; new heads for power lines ('electricity highway',
// 'transmission corridor', 'grid interconnection') so a line is not taken for a road. Counter-cases: a substation alone,
// and two parts joined to each other.

const kinds = (text: string) => run(text).projects.map((p) => p.type).sort();

test("'a 400 kV substation and a 120-km high-voltage line to Talvik' is one line", () => {
  assert.deepEqual(kinds('Dorvan Power will build a 400 kV substation and a 120-km high-voltage line to Talvik for $80 million.'), ['transmission_line']);
});

test("'a 40 MWh battery and a 20 MW solar plant' is one solar plant", () => {
  assert.deepEqual(kinds('Orvane will build a 40 MWh battery and a 20 MW solar plant at Kessary for $30 million.'), ['solar_power_plant']);
});

test('counter-case: a substation alone is grid works', () => {
  assert.deepEqual(kinds('Dorvan Power will build a 400 kV substation in Kessary for $40 million, the utility said.'), ['power_grid']);
});

test("'a 300-km power highway' is a power line, not a road", () => {
  assert.deepEqual(kinds('The 300-km power highway between Kessary and Talvik will carry wind power to the capital.'), ['transmission_line']);
  assert.deepEqual(kinds('Velmo Grid will build a 300-km transmission corridor between Kessary and Talvik for $200 million.'), ['transmission_line']);
  assert.deepEqual(kinds('Kessary Grid will build a 400 kV grid interconnection between Dorvan and Talvik, the ministry said on Monday.'), ['transmission_line']);
});

test('counter-case: a highway is still a road', () => {
  assert.deepEqual(kinds('The 300-km highway between Kessary and Talvik will be built by Dorvan Roads for $400 million.'), ['road']);
});

test("'the 220 kV Kessary–Talvik line' is a power line, and the substation upgraded with it its part", () => {
  assert.deepEqual(kinds('Velmo Grid will build the 220 kV Kessary–Talvik line and upgrade the Talvik substation for $50 million.'), ['transmission_line']);
  assert.deepEqual(kinds('Velmo Grid will build the 220 kV Kessary–Talvik line for $50 million.'), ['transmission_line']);
});

test("'a 132 kV grid connection line from Sarnvik to Talvik' is a power line", () => {
  assert.deepEqual(kinds('The 132 kV grid connection line from Dorra to Talvik will cost $12 million, Velmo Grid said.'), ['transmission_line']);
});

test('counter-case: a route line with no voltage is not made a power line', () => {
  assert.ok(!kinds('Velmo Rail will build the 120-km Kessary–Talvik line for $500 million.').includes('transmission_line'));
});

test("a new 132 kV line to Talvik to be built by the grid board, named once, is a line of its own", () => {
  const x = run('DORRA, Feb 4 — Velmo Electricity Board (VEB) signed a PPA with Kestrel Renewables Ltd for a 90 MW solar park at Dorra. The grid link, a new 132 kV line to Talvik, will be built by VEB.');
  assert.deepEqual(x.projects.map((p) => p.type).sort(), ['solar_power_plant', 'transmission_line']);
});

test('counter-case: a 110 kV substation feeding a campus, named once, is no project of its own', () => {
  assert.deepEqual(kinds('Korvel Data broke ground on a 30 MW data centre campus in Dorra. The campus will take power through a new 110 kV substation that the developer is paying for.'), ['data_center']);
});

test("'A 50 MW battery will be installed alongside it' after a solar plant is the plant's part", () => {
  assert.deepEqual(kinds('Kestrel Power will build a solar power plant in Dorvan. A 50 MW battery energy storage system will be installed alongside it, at a cost of $40 million.'), ['solar_power_plant']);
});

test('counter-case: a battery project of its own in the next sentence stays storage', () => {
  assert.deepEqual(kinds('Kestrel Power will build a 100 MW solar power plant in Dorvan. Separately, Orvane will build a 200 MWh battery storage project in Talvik for $90 million.'), ['energy_storage', 'solar_power_plant']);
});

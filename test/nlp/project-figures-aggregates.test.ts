import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: which figure of a sentence is a project's own, and which adds up many deals, prices a unit
// of output or counts two kinds of one fleet.

const find = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects));
  return p;
};

test('two kinds of one fleet counted together are one capacity, their sum (issue 3: 100 + 100 = 200 units)', () => {
  const p = find('Kessary Rail has ordered 120 mainline and 35 shunting locomotives from Orvel Works.', 'rolling_stock');
  assert.deepEqual(p.capacity.map((c) => [c.value, c.unit, c.item]), [[155, 'units', 'locomotive']]);
});

test("'the largest of the new projects is a 900 MW plant' picks one project out: its figure is its own", () => {
  const p = find('The largest of the new projects is a 900 MW solar park at Tarvin, in the farming belt near the border.', 'solar_power_plant');
  assert.deepEqual(p.capacity.map((c) => c.value), [900]);
});

test("a cost stated right after 'budget' ('paid from the state budget at a cost of') is the project's own", () => {
  const p = find('The 800-megawatt Tarvin gas power plant is being paid for from the state budget at a cost of about $700 million.', 'thermal_power_plant');
  assert.equal(p.amount?.value, 700_000_000);
});

test("a figure with 'per' after it anywhere further on in the sentence is still the project's; a price per unit is not", () => {
  const p = find('Velmora Power is building a 400 MW gas-fired plant using 3 million cubic metres per day.', 'thermal_power_plant');
  assert.deepEqual(p.capacity.map((c) => c.value), [400]);
  const q = find('Velmora Power is building a gas-fired plant at Kessary for about $3 million per megawatt.', 'thermal_power_plant');
  assert.equal(q.amount ?? null, null);
});

test("'from X to Y': the figure the works start from is no capacity; the one they reach is", () => {
  const p = find('Tarvin Refining signed a deal to take the Kessary refinery from its current 4 Mt to 9 Mt per year.', 'refinery');
  assert.deepEqual(p.capacity.map((c) => c.value), [9_000_000]);
  const q = find('Orvel Logistics said the expansion of its dry port at Velmora will lift handling capacity to about 2 million tonnes a year, from roughly 700,000 tonnes.', 'logistics_hub');
  assert.deepEqual(q.capacity.map((c) => c.value), [2_000_000]);
});

test("'a combined value of' still sums several deals, even with a cost noun before the figure", () => {
  const x = run('Orvel Hydro is building a dam near Tarvin. Velmoran firms are carrying out more than 30 projects in the country with a combined value of about $4 billion.');
  assert.equal(x.projects.find((q) => q.type === 'hydro_power_plant')?.amount ?? null, null);
});

test("'an annual capacity of' is a size: 'annual' sums money over a year, not a capacity", () => {
  const p = find('Orvel Cement is building a cement plant at Tarvin with an annual capacity of 1 million tonnes.', 'manufacturing_plant');
  assert.deepEqual(p.capacity.map((c) => c.value), [1_000_000]);
});

test('locomotives a plant will supply over ten years are its output, not a fleet order of their own', () => {
  const x = run('Orvel Rail signed a deal for a locomotive assembly plant at Tarvin. The plant would supply 100 mainline and 50 shunting locomotives to the national carrier over ten years.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.capacity.map((c) => c.value)]), [['manufacturing_plant', [150]]]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: the size of one unit of a plant is not the plant's capacity; a total capacity is the plant's
// own size; the stated cost of the works wins over one lender's share.

const caps = (x: ReturnType<typeof run>, type: string) => x.projects.find((p) => p.type === type)?.capacity.map((c) => `${c.value} ${c.unit}`) ?? null;

test("'two 45 MW units' sizes a unit, not the plant", () => {
  const x = run('Marrow Geo signed a contract for a geothermal power plant with two 45 MW units near Velmora.');
  assert.deepEqual(caps(x, 'thermal_power_plant'), []);
});

test("'each of 5 MW' sizes a turbine: the wind farm's total installed capacity is its size", () => {
  const x = run('Tarvin Wind Farm. Erection of the 20 machines, each of 5 MW, for a total installed capacity of 100 MW, is half done.');
  const c = caps(x, 'wind_power_plant');
  assert.ok(c, JSON.stringify(x.projects));
  assert.ok(c.includes('100 MW') && !c.includes('5 MW'), JSON.stringify(c));
});

test("'turbines of 4 MW each' alone gives the wind farm no capacity", () => {
  const x = run('Brenmoor Energy is building the Kessary wind farm with turbines of 4 MW each.');
  assert.deepEqual(caps(x, 'wind_power_plant'), []);
});

test("'loans totalling $300 million for a 50-megawatt plant': the aggregate cue sums the loans, the 50 MW is the plant's", () => {
  const x = run('Two lenders on Monday signed loans totalling $300 million for a 50-megawatt geothermal power plant near Velmora.');
  assert.deepEqual(caps(x, 'thermal_power_plant'), ['50 MW']);
});

test('the cost of the works stated in the same sentence wins over the first lender share', () => {
  const x = run('Lenders signed loans for a 40 MW geothermal power plant near Velmora, the first in Calvaro. The Calvaro Development Bank is lending $90 million and the rest of the roughly $260 million cost comes as equity.');
  const p = x.projects.find((q) => q.type === 'thermal_power_plant');
  assert.equal(p?.amount?.value, 260_000_000, JSON.stringify(p));
});

test('a later stated cost replaces an amount that was only a loan', () => {
  const x = run('The Tarvin water treatment plant near Velmora will treat 90 million litres a day. The Brenmoor Bank is co-financing the project with $120 million, and the government will contribute $40 million, bringing the total cost to $410 million.');
  const p = x.projects.find((q) => q.type === 'water_supply');
  assert.equal(p?.amount?.value, 410_000_000, JSON.stringify(x.projects));
});

test("'the budget has been revised to' a sum after a loan for the project: the budget is the amount", () => {
  const x = run('Kessary wind farm. Erection of the turbines is 60% complete. In July the Brenmoor Bank signed a loan of EUR 80 million for the project. The budget has been revised to EUR 150 million, from EUR 130 million at the investment decision.');
  const p = x.projects.find((q) => q.type === 'wind_power_plant');
  assert.equal(p?.amount?.value, 150_000_000, JSON.stringify(x.projects));
});

test("'the state budget has been revised to' a sum is a purse, not the cost that replaces a loan", () => {
  const x = run('The Brenmoor Bank signed a loan of $50 million for the 30 km Tarvin bypass. The state budget has been revised to $4 billion.');
  const p = x.projects.find((q) => q.type === 'road');
  assert.equal(p?.amount?.value, 50_000_000, JSON.stringify(x.projects));
});

test('a definite substation after a wind farm is part of it, not a project', () => {
  const x = run('Kessary wind farm. Erection of the 30 turbines is 60% complete. Because the substation now has to be built to a higher standard, the cost has risen to EUR 150 million.');
  assert.deepEqual(x.projects.map((p) => p.type), ['wind_power_plant']);
  assert.equal(x.projects[0].amount?.value, 150_000_000);
});

test("'aims to add more than 2,000 MW of new capacity by 2030' is a national target, not the line's capacity", () => {
  const x = run('To connect the plant to the grid, Velmora Grid plans a 48-kilometre, 220 kV transmission line from Kessary to Tarvin. It should be noted that Velmora aims to add more than 2,000 MW of new generating capacity by 2030.');
  assert.deepEqual(caps(x, 'transmission_line'), ['48 km']);
});

test("'wants to pave a further 800 kilometres of rural roads by 2029' is a target, not the road's length", () => {
  const x = run('The Brenmoor Bank approved a $90 million loan for the Tarvin road. The government also wants to pave a further 800 kilometres of rural roads by 2029, a programme without financing yet.');
  const road = x.projects.find((p) => p.type === 'road' && p.name.includes('Tarvin'));
  assert.ok(road, JSON.stringify(x.projects));
  assert.ok(!road.capacity.some((c) => c.value === 800), JSON.stringify(road.capacity));
});

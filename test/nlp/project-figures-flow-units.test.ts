import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a water flow in litres per second is kept in the unit the text states (spec: other units
// verbatim), and the same figure restated in parentheses in another unit is not a second capacity.

const caps = (x: ReturnType<typeof run>, type: string) => x.projects.find((p) => p.type === type)?.capacity.map((c) => `${c.value} ${c.unit}`) ?? null;

test("'450 litres per second' keeps its unit", () => {
  const x = run('Works began on Monday on the Vratsa drinking-water treatment plant, which will supply 450 litres per second to the town.');
  assert.deepEqual(caps(x, 'water_supply'), ['450 l/s']);
});

test("a flow restated in parentheses in another unit is one capacity, as first stated", () => {
  const x = run('Dunavia Water is building the Ruse desalination plant, which will produce 43,200 cubic metres of water a day (500 litres per second).');
  assert.deepEqual(caps(x, 'water_supply'), ['43200 m3/d']);
});

test("'a 400-hectare (988-acre) park': the acres restate the hectares", () => {
  const x = run('Nordic Parks will develop the Dobrich industrial park on 400 hectares (988 acres) of former farmland, the company said.');
  assert.deepEqual(caps(x, 'industrial_zone'), ['400 ha']);
});

test("'up to 90 million litres a day' keeps its unit as litres/day (spec: other units verbatim)", () => {
  const x = run('Dunavia Water will build the Vidin water treatment plant, which will treat up to 90 million litres a day.');
  const p = x.projects.find((q) => q.type === 'water_supply');
  assert.ok(p, JSON.stringify(x.projects.map((q) => q.name)));
  assert.deepEqual(p.capacity.map((c) => `${c.value} ${c.unit} ${c.qualifier}`), ['90000000 litres/day up_to']);
});

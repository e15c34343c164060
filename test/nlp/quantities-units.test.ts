import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './helpers.js';

// Units beyond power, mass and length, and numbers that only look like capacities.
const q = (text: string) => docOf(text).quantities.map(({ value, unit, item }) => [value, unit, ...(item ? [item] : [])]);

test('floor and film area in square metres keeps m2', () => {
  assert.deepEqual(q('a line able to coat 250 million square metres of foil a year'), [[250e6, 'm2', 'foil']]);
  assert.deepEqual(q('a 12,000 m² warehouse'), [[12000, 'm2']]);
});

test('water flows: imperial gallons a day as MIGD, litres per second kept as l/s (spec: other units verbatim)', () => {
  assert.deepEqual(q('will desalinate 45 million imperial gallons a day'), [[45, 'MIGD']]);
  assert.deepEqual(q('a 30 MIGD plant'), [[30, 'MIGD']]);
  assert.deepEqual(q('delivering 500 litres per second'), [[500, 'l/s']]);
  assert.deepEqual(q('a 40,000 cubic metre a day plant'), [[40000, 'm3/d']]);
});

test('a daily rate glued into one word, and a long what-is-measured before the period', () => {
  assert.deepEqual(q('a 650-tonne-per-day incinerator'), [[650, 't/d']]);
  assert.deepEqual(q('burns 800 tonnes of mixed household refuse per day'), [[800, 't/d', 'mixed household refuse']]);
});

test('wastewater plants sized in population equivalent', () => {
  assert.deepEqual(q('a treatment works for 180,000 population equivalent'), [[180000, 'PE']]);
});

test('a voltage or a share is not a count of the thing after it', () => {
  assert.deepEqual(q('a new 132 kV substation'), []);
  assert.deepEqual(q('about 35 percent of its wagons'), []);
  assert.deepEqual(q('some 20 per cent of the trucks'), []);
  assert.deepEqual(q('a 400 kV line and 12 substations'), [[12, 'units', 'substation']]);
});

test("'cubic metres a second', 'm3/s': a flow rate per second keeps its period in the unit", () => {
  const d = docOf('The Velmora treatment plant will treat 1.8 cubic metres a second; the Tarvin intake takes 2 m3/s.');
  assert.deepEqual(d.quantities.map((q) => [q.value, q.unit]), [[1.8, 'm3/s'], [2, 'm3/s']]);
});

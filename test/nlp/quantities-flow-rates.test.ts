import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, run } from './helpers.js';

// Invented sentences: volume and mass rates per second or per hour keep their period in the unit.

const units = (text: string) => docOf(text).quantities.map((q) => [q.value, q.unit]);

test("'1,200 litres of treated water per second' is 1200 l/s", () => {
  assert.deepEqual(units('The plant has been pumping 1,200 litres of treated water per second to the Velm mine.'), [[1200, 'l/s']]);
});

test("'90 tonnes an hour' is 90 t/h and '2.5 cubic metres a second' stays m3/s", () => {
  assert.deepEqual(units('A crusher of 90 tonnes an hour and a pump of 2.5 cubic metres a second.'), [[90, 't/h'], [2.5, 'm3/s']]);
});

test("the works' output 'from 400 to 650 litres per second' is their capacity in l/s", () => {
  const x = run('Dorsk Water will expand the Orsa treatment plant at Velm. The works will raise its output from 400 to 650 litres per second and cost €21 million in total.');
  assert.deepEqual(x.projects.map((p) => p.capacity.map((c) => [c.value, c.unit])), [[[650, 'l/s']]]);
});

test('counter-case: litres with no period stay litres; a daily rate stays litres/day', () => {
  assert.deepEqual(units('a 150 litres tank and 20 million litres a day'), [[150, 'litres'], [20_000_000, 'litres/day']]);
});

test("counter-case: 'a total of 900 MW' right before the figure still marks an aggregate", () => {
  const x = run('Velm Power will build a 60 MW solar plant at Dorsk. The firm has a total of 900 MW in the country.');
  assert.deepEqual(x.projects.map((p) => p.capacity.map((c) => c.value)), [[60]]);
});

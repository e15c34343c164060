import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// The body that is the subject of the sentence naming the facility in its predicate ("A broke ground on a plant", "A will
// not go ahead with a plant") undertakes the project: its developer, though no role word stands next to it.
test('the sole subject of a sentence about a facility is its developer', () => {
  const a = run('Velmora Data Parks s.r.o. broke ground on Monday on a 30 MW data centre near Brno.');
  assert.equal(roleOf(a, 'data_center', 'Velmora Data Parks s.r.o.'), 'developer', JSON.stringify(a.projects));
  const b = run('Polish chemicals group Tarvin Chemicals S.A. will not go ahead with a 400 MW combined-cycle gas plant at Płock after it lost the auction.');
  assert.equal(roleOf(b, 'thermal_power_plant', 'Tarvin Chemicals S.A.'), 'developer', JSON.stringify(b.projects));
  const c = run('Ardlow Steel Ltd, which makes pipes in Katowice, said it had hired consultants to study whether a 100 MW solar power plant could supply the works.');
  assert.equal(roleOf(c, 'solar_power_plant', 'Ardlow Steel Ltd'), 'developer', JSON.stringify(c.projects));
});

test('the subject of a clause after a parent ("A said its unit, B, had connected a plant") is B, not A', () => {
  const x = run('Kestrel Energy Co., Ltd. said its local subsidiary, Kestrel Steppe Solar LLC, had connected the first 40 megawatts of an 80-megawatt solar plant near Navoi to the grid.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Kestrel Steppe Solar LLC'), 'developer', JSON.stringify(x.projects));
  assert.notEqual(roleOf(x, 'solar_power_plant', 'Kestrel Energy Co., Ltd.'), 'developer', JSON.stringify(x.projects));
});

test('a body after a preposition, or one of two joint subjects, is not made the developer', () => {
  const x = run('Ardlow Minerals LLP and Kestrel Metals Co., Ltd. signed a memorandum on a 50,000-tonne copper smelter near Tarvin.');
  for (const n of ['Ardlow Minerals LLP', 'Kestrel Metals Co., Ltd.']) assert.equal(roleOf(x, 'manufacturing_plant', n), 'partner', JSON.stringify(x.projects));
});

test('with two facilities in the sentence, its subject develops the first one after it ("A wants a solar farm beside the glass plant")', () => {
  const x = run('Ostrava Glassworks a.s. opened a float glass plant near Velmora in 2019. A spokesman said Ostrava Glassworks a.s. now wants a 20 MW solar farm beside the glass plant to cut its power bill.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Ostrava Glassworks a.s.'), 'developer');
});

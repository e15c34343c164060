import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleOf, run } from './helpers.js';

// "the company's plan for a floating solar plant", "B's proposal for a cement plant": the body whose plan, idea or
// proposal the works are develops them.

test('a manager presented "the company\'s idea for" a plant: the company develops it', () => {
  const x = run('Anna Berg, managing director of the Austrian company Korvath Wasserkraft GmbH, presented the company\'s idea for a 120 MW floating solar plant on the Banja reservoir.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Korvath Wasserkraft GmbH'), 'developer');
});

test('"B\'s proposal for a cement plant" was discussed: B develops it', () => {
  const x = run('Ministers on Tuesday discussed Tallis Cement Ltd\'s proposal for a 1 million-tonne cement plant near Lomsk.');
  assert.equal(roleOf(x, 'manufacturing_plant', 'Tallis Cement Ltd'), 'developer');
});

test('"plans by B for a wind farm" read through the possessive form "B\'s plans for"', () => {
  const x = run('The regional council approved Brenmoor Wind SA\'s plans for a 90 MW wind farm near Osh on Friday.');
  assert.equal(roleOf(x, 'wind_power_plant', 'Brenmoor Wind SA'), 'developer');
});

test('counter-case: "B\'s plan for the region" names no works of B', () => {
  const x = run('Korvath Energy will build a 100 MW wind farm in Zhanatas, in line with the Tarvin Development Agency\'s plan for the region.');
  assert.notEqual(roleOf(x, 'wind_power_plant', 'Tarvin Development Agency'), 'developer');
});

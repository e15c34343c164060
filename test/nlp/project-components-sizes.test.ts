import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: the size of a part a project is said to include, written over describing words or after 'of'.

const caps = (x: ReturnType<typeof run>) => x.projects.map((p) => [p.type, p.capacity.map((c) => [c.value, c.unit])]);

test("'a 25 MW captive power plant' listed as a part is an item capacity of the complex", () => {
  const x = run('Norvik Minerals has started building a copper smelter at Delmora. The smelter, designed to process 400,000 tonnes of concentrate a year, is being built by Tarsel Engineering. The complex includes a 32-km water pipeline from the Orsa reservoir and a 25 MW captive power plant.');
  assert.deepEqual(caps(x), [['manufacturing_plant', [[400_000, 't'], [32, 'km'], [25, 'MW']]]]);
});

test("'The scheme, estimated at $140 million, includes a 132 kV line of about 55 kilometres' sizes a part of the plant under discussion", () => {
  const x = run('Velan Hydro said access roads for the 60 MW plant on the Kestrel River in Marrow District had been under construction since March.\n\nThe scheme, estimated at $140 million, includes a 132 kV line of about 55 kilometres to Torvale.');
  assert.deepEqual(caps(x), [['hydro_power_plant', [[60, 'MW'], [55, 'km']]]]);
  assert.equal(x.projects[0].amount?.value, 140_000_000);
});

test('counter-case: a sentence opening on works that never follow a named project gives no part size', () => {
  const x = run('The scheme, estimated at $140 million, includes a 132 kV line of about 55 kilometres to Torvale.');
  assert.ok(x.projects.every((p) => !p.capacity.some((c) => c.unit === 'km' && c.value === 55) || p.type === 'transmission_line'));
});

test("counter-case: 'a new 40 MW plant' named as a project of its own keeps its own size", () => {
  const x = run('Velan Hydro will build a new 40 MW solar plant near Torvale, the company said.');
  assert.deepEqual(caps(x), [['solar_power_plant', [[40, 'MW']]]]);
});

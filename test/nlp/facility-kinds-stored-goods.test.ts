import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: "storage facility" alone names energy storage, so a facility storing grain, oil, gas or water, or a
// pumped-storage power station, was read as a battery plant. What is stored says what the works are.

const kinds = (text: string) => run(text).projects.map((p) => p.type);

test("'a grain storage facility' is an agricultural facility", () => {
  assert.deepEqual(kinds('Dessa Agro signed an agreement on Monday to build a grain storage facility in Orsk, Valdoria, at a cost of $20 million.'), ['agricultural_facility']);
});

test("'an oil storage facility', 'an underground gas storage facility' are oil and gas works, not energy storage", () => {
  const x = run('Valdor Petroleum signed an agreement on Monday to build an oil storage facility in Orsk, Valdoria, at a cost of $80 million.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.sector]), [['other', 'energy.oil_gas']]);
  assert.deepEqual(kinds('Valdor Gas will build an underground gas storage facility near Orsk, Valdoria, at a cost of $300 million.'), ['other']);
});

test("'a 1.2 GW pumped storage power station' is a hydropower plant", () => {
  assert.deepEqual(kinds('Valdor Hydro will build a 1.2 GW pumped storage power station near Orsk, Valdoria, at a cost of $1.5 billion.'), ['hydro_power_plant']);
});

test("'a water storage facility' is water supply works", () => {
  assert.deepEqual(kinds('Orsk Water will build a water storage facility in Orsk, Valdoria, at a cost of $12 million.'), ['water_supply']);
});

test('counter-case: a 100 MWh storage facility and a battery storage facility stay energy storage', () => {
  assert.deepEqual(kinds('Valdor Power will build a 100 MWh storage facility in Orsk, Valdoria, at a cost of $50 million.'), ['energy_storage']);
  assert.deepEqual(kinds('Valdor Power will build a battery storage facility in Orsk, Valdoria, at a cost of $50 million.'), ['energy_storage']);
});

test("farm works the lexicon lacked: a slaughterhouse, a fish farm, a cotton gin are agricultural facilities", () => {
  assert.deepEqual(kinds('Dessa Agro will build a slaughterhouse in Orsk, Valdoria, at a cost of $15 million.'), ['agricultural_facility']);
  assert.deepEqual(kinds('Dessa Agro will build a fish farm in Orsk, Valdoria, at a cost of $15 million.'), ['agricultural_facility']);
  assert.deepEqual(kinds('Dessa Agro will build a cotton gin in Orsk, Valdoria, at a cost of $15 million.'), ['agricultural_facility']);
});

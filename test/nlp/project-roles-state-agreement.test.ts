import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleOf, run } from './helpers.js';

// A public body that signs an agreement on works with a company hands the works to that company: the company is their
// developer, the public body (that neither owns, finances nor buys) 'other'.

test('"The ministry signed an agreement with A on a wind farm": A develops it', () => {
  const x = run('The Ministry of Energy signed an agreement with Korvath Energy on a 100 MW wind farm in Zhanatas.');
  assert.equal(roleOf(x, 'wind_power_plant', 'Korvath Energy'), 'developer');
  assert.equal(roleOf(x, 'wind_power_plant', 'Ministry of Energy'), 'other');
});

test('a memorandum with a regional government for a cement plant: the company develops it', () => {
  const x = run('The Tashkent Regional Administration on Friday signed a memorandum of understanding with Ostra Cement Ltd for a 1 million-tonne cement plant.');
  assert.equal(roleOf(x, 'manufacturing_plant', 'Ostra Cement Ltd'), 'developer');
});

test('the company first, the ministry after "with": the company still develops the works', () => {
  const x = run('Korvath Energy signed an investment agreement with the Ministry of Energy on a 100 MW wind farm in Zhanatas.');
  assert.equal(roleOf(x, 'wind_power_plant', 'Korvath Energy'), 'developer');
  assert.equal(roleOf(x, 'wind_power_plant', 'Ministry of Energy'), 'other');
});

test('counter-case: two companies signing an agreement on a plant stay partners', () => {
  const x = run('Korvath Energy signed an agreement with Tallis Power Ltd on a 100 MW wind farm in Zhanatas.');
  assert.notEqual(roleOf(x, 'wind_power_plant', 'Tallis Power Ltd'), 'developer');
});

test('counter-case: a loan agreement with a company from a ministry does not make the company the lender or developer by this rule', () => {
  const x = run('The Ministry of Finance signed a loan agreement with Velmora Development Bank for a 100 MW wind farm in Zhanatas.');
  assert.equal(roleOf(x, 'wind_power_plant', 'Velmora Development Bank'), 'financier');
});

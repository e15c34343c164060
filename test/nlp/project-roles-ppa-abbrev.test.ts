import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleOf, run } from './helpers.js';

// A purchase agreement named by its short form ("PPA") has the utility on the buying side and the other signer as the
// seller, the works' developer, as the spelled-out "power purchase agreement" has; words of time may stand between the
// agreement and "with".

test('"The utility signed a PPA earlier today with B for a solar park": B develops, the utility buys', () => {
  const x = run('Tarvin Electricity Board (TEB) signed a 20-year PPA earlier today with Korvath Renewables Ltd (India) for a 120 MW solar park at Sampur.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Korvath Renewables Ltd'), 'developer');
  assert.equal(roleOf(x, 'solar_power_plant', 'Tarvin Electricity Board'), 'buyer');
});

test('the company first: "B signed a PPA with the utility"', () => {
  const x = run('Korvath Renewables Ltd signed a PPA with Tarvin Electricity Board for a 120 MW solar park at Sampur.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Korvath Renewables Ltd'), 'developer');
  assert.equal(roleOf(x, 'solar_power_plant', 'Tarvin Electricity Board'), 'buyer');
});

test('a spelled-out agreement with words of time before "with"', () => {
  const x = run('Velmora Grid Company signed a 25-year power purchase agreement on Monday with Brenmoor Wind SA for a 90 MW wind farm near Osh.');
  assert.equal(roleOf(x, 'wind_power_plant', 'Brenmoor Wind SA'), 'developer');
  assert.equal(roleOf(x, 'wind_power_plant', 'Velmora Grid Company'), 'buyer');
});

test('counter-case: a loan agreement signed "on Monday with B" makes B the lender, not a seller', () => {
  const x = run('Korvath Renewables Ltd signed a loan agreement on Monday with Velmora Capital Ltd for a 120 MW solar park at Sampur.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Velmora Capital Ltd'), 'financier');
});

test('counter-case: "signed an offtake agreement last month with B": B takes the output, the buyer', () => {
  const x = run('Kessary Nickel Ltd is building a 60,000-tonne nickel processing plant in Kolaka. It signed a ten-year offtake agreement last month with Hoshino Battery Co., Ltd for half the output of the plant.');
  const p = x.projects.find((q) => q.organizations.some((o) => o.name.startsWith('Hoshino Battery')));
  assert.equal(p?.organizations.find((o) => o.name.startsWith('Hoshino Battery'))?.role, 'buyer');
});

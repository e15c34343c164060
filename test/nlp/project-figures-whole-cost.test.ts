import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. "will cost $300 million in total" is the whole cost of the works and wins over a lender's loan;
// "deals ... worth $900 million in total" still sums several deals.
const amountOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.amount ? `${p.amount.value} ${p.amount.currency}` : null;
};

test("'which will cost $300 million in total' is the amount, not the $120 million loan", () => {
  assert.equal(amountOf('Orvane Bank signed a $120 million loan for the Kessary wind farm of Halvern Power, which will cost $300 million in total.', 'wind_power_plant'), '300000000 USD');
  assert.equal(amountOf('Orvane Bank lent $120 million for the Kessary wind farm of Halvern Power. The wind farm will cost $300 million in total.', 'wind_power_plant'), '300000000 USD');
});

test("'deals ... worth $900 million in total' is no amount of one project", () => {
  assert.equal(amountOf('Halvern Power signed deals for the Kessary wind farm and two other plants worth $900 million in total.', 'wind_power_plant'), null);
});

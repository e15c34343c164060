import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. "with a budget of $X" and "the/a $X budget" are the works' own budget, hence their amount (also
// for works dropped or whose tender was cancelled: the price tag stays theirs); a purse the money comes from ("the
// state budget", "from the budget") or a city's yearly budget is not.
const amountOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.amount ? `${p.amount.value} ${p.amount.currency}` : null;
};

test("'with a budget of' is the amount", () => {
  assert.equal(amountOf('Marshgate Refining proposed a hydrogen production plant at Shuaiba, with a budget of up to $700 million. The plant was dropped last year.', 'manufacturing_plant'), '700000000 USD');
  assert.equal(amountOf('Harlan Wind plans a 60 MW wind farm at Kavarna with a budget of €80 million.', 'wind_power_plant'), '80000000 EUR');
  assert.equal(amountOf('The province launched a 200-bed hospital at Bulolo with a budget of K150 million last week.', 'hospital'), '150000000 PGK');
});

test("'the $X budget' after the sum is the amount, not the bid beside it", () => {
  assert.equal(amountOf('The port authority cancelled the tender for a container terminal at Durrës after the only bid came in at €150 million, well above the €110 million budget.', 'port'), '110000000 EUR');
  assert.equal(amountOf('Harlan Wind will build a 60 MW wind farm at Kavarna. The bids exceeded the €80 million budget by a third.', 'wind_power_plant'), '80000000 EUR');
});

test('a purse or a yearly budget is no amount (counter-cases)', () => {
  assert.equal(amountOf('The city has a budget of $2 billion this year and plans a 300-bed hospital at Ruse.', 'hospital'), null);
  assert.equal(amountOf('The ministry will build a 40 km road from Ruse to Byala, paid from the state budget of $300 million.', 'road'), null);
  assert.equal(amountOf('The ministry will build a 40 km road from Ruse to Byala; the ministry has an annual budget of $300 million.', 'road'), null);
});

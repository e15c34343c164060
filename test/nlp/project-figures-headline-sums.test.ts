import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented articles. A sum in the headline that no word marks as a loan or a total of several deals is the cost of
// the works the headline names: their amount when the body gives none or only a lender's share. A loan in the
// headline is no cost, and a cost the body states stays.
const amountOf = (title: string, text: string, type: string) => {
  const x = run(text, '2025-03-12', title);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.amount ? `${p.amount.value} ${p.amount.currency}` : null;
};

test('the headline sum replaces a loan the body gives', () => {
  assert.equal(amountOf('Kessary wind farm to cost $300m', 'Halvern Power will build the 120 MW Kessary wind farm near Ruse. Orvane Bank signed a $120 million loan for it.', 'wind_power_plant'), '300000000 USD');
  assert.equal(amountOf('Marlin Ports to buy Varna grain terminal, plans €180m expansion', "Marlin Ports has agreed to buy the Varna grain terminal from Dobro Holdings. The company will double the terminal's throughput to 5 million tonnes a year. The IFC is considering a loan of up to €70 million for the expansion.", 'agricultural_facility'), '180000000 EUR');
});

test('the headline sum is the amount when the body gives none', () => {
  assert.equal(amountOf('Tessel Grid starts $85m battery project in Most', 'Tessel Grid has started building a 60 MW battery storage system at Most. The grid operator will run it.', 'energy_storage'), '85000000 USD');
});

test('a loan in the headline or a cost in the body is kept (counter-cases)', () => {
  assert.equal(amountOf('Orvane Bank lends $120m for Kessary wind farm', 'Orvane Bank signed a loan for the 120 MW Kessary wind farm near Ruse. The farm will cost $300 million.', 'wind_power_plant'), '300000000 USD');
  assert.equal(amountOf('Halvern signs $900m of deals at Ruse forum', 'Halvern Power will build the 120 MW Kessary wind farm near Ruse, which will cost $250 million.', 'wind_power_plant'), '250000000 USD');
});

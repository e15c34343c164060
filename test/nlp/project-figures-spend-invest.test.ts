import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. What the developer spends or invests in the works ("is spending $520 million on the plant",
// "will invest $520 million in it") is their cost, and wins over a lender's loan named before; money spent on studies
// is paperwork before the works, and a country-wide investment total is no project's.
const amountOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.amount ? `${p.amount.value} ${p.amount.currency}` : null;
};

test('a sum invested or spent on the works wins over the loan stated before', () => {
  assert.equal(amountOf('The Orvane Bank lent $200 million for a lithium hydroxide plant at Mejillones. Kanto Metals will invest $520 million in the plant.', 'manufacturing_plant'), '520000000 USD');
  assert.equal(amountOf('The Orvane Bank lent $200 million for a lithium hydroxide plant at Mejillones. Kanto Metals is spending $520 million on the plant.', 'manufacturing_plant'), '520000000 USD');
  assert.equal(amountOf('Tarim Bank signed a €40 million loan for the Kessary wind farm of Halvern Power; Halvern is investing €95 million in the farm.', 'wind_power_plant'), '95000000 EUR');
});

test('a sum spent on studies or a country-wide total does not replace the loan (counter-cases)', () => {
  assert.equal(amountOf('The Orvane Bank lent $200 million for a lithium hydroxide plant at Mejillones, where Kanto Metals has spent $30 million on studies.', 'manufacturing_plant'), '200000000 USD');
  assert.equal(amountOf('Kanto Metals has spent $30 million on feasibility studies for a lithium hydroxide plant at Mejillones.', 'manufacturing_plant'), null);
  assert.equal(amountOf('The Orvane Bank lent $200 million for a lithium hydroxide plant at Mejillones. Chinese firms have invested more than $4 billion in the country since 2015.', 'manufacturing_plant'), '200000000 USD');
});

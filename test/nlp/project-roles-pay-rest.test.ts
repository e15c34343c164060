import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// A body that pays the rest, the balance or the cost of the works is one of their financiers, also in a sentence that
// does not name them; a body that pays a bare sum (for a stake, for an asset) is not made a financier by the verb.

test('"B pays the rest", "B will pay for the balance": the payer finances the works under discussion', () => {
  for (const [text, org] of [
    ['A 30-kilometre water main from Maseru to Brel is being laid by Kessary Construction Ltd. The scheme costs $50 million. Most of it is a loan from Darvo Bank; the government of Lesotho pays the rest.', 'Government of Lesotho'],
    ['Ulvan Water Company will build a 40-kilometre water main to Tesk. Norra Bank is lending $30 million, and Tesk Holding will pay for the balance from its own funds.', 'Tesk Holding'],
  ]) {
    const x = run(text);
    assert.equal(roleOf(x, 'water_supply', org), 'financier', `${text}\n${JSON.stringify(x.projects.map((p) => p.organizations))}`);
  }
});

test('a bare sum paid, or paying someone, makes no financier', () => {
  for (const [text, org] of [
    ['Ulvan Water Company will build a 40-kilometre water main to Tesk. Brask Capital paid $20 million for a 30% stake in Ulvan Water Company last year.', 'Brask Capital'],
    ['Ulvan Water Company will build a 40-kilometre water main to Tesk. Brask Capital pays its staff in dollars.', 'Brask Capital'],
  ]) {
    const x = run(text);
    assert.notEqual(roleOf(x, 'water_supply', org), 'financier', `${text}\n${JSON.stringify(x.projects.map((p) => p.organizations))}`);
  }
});

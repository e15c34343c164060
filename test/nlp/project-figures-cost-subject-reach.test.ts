import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a sentence opening on the value of the contract a paragraph or two after the contract was signed.

const order = 'On 3 May, a contract for the supply of twenty mainline diesel locomotives and 300 freight wagons was signed between Kessel Rail and Varna Works.';
const ceremony = 'The signing ceremony was attended by the Minister of Transport Aldo Brenn and the Chairman of Kessel Rail Piet Morr. The contract was signed by Piet Morr and Ivo Varn.';

test("'The total value of the contract is ...' after a paragraph on the ceremony is the order's amount", () => {
  const x = run([order, ceremony, 'The total value of the contract is USD 180 million, to be financed by a long-term loan from Orsk Bank.'].join('\n\n'));
  assert.deepEqual(x.projects.map((p) => [p.type, p.amount?.value]), [['rolling_stock', 180_000_000]]);
});

test("'The contract is worth ...' after a paragraph on the ceremony is the order's amount", () => {
  const x = run([order, ceremony, 'The contract is worth USD 180 million.'].join('\n\n'));
  assert.equal(x.projects[0].amount?.value, 180_000_000);
});

test('counter-case: a sum in a sentence not opening on the cost of the contract stays off after a gap', () => {
  const x = run([order, ceremony, 'Kessel Rail posted revenue of USD 900 million last year.'].join('\n\n'));
  assert.equal(x.projects[0].amount, null);
});

test('counter-case: once other works were named, the cost sentence does not reach back past them', () => {
  const x = run([order, 'Kessel Rail is also building a 120-km railway line from Dorsk to Velm.', ceremony, 'The total value of the contract is USD 180 million.'].join('\n\n'));
  assert.equal(x.projects.find((p) => p.type === 'rolling_stock')?.amount ?? null, null);
});

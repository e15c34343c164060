import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented interviews. A question that names no works but asks after a figure or after 'it' ("What does it cost?",
// "And the cost?") asks about the works under discussion; the paragraph that answers it gives them its sum, even
// when the works were last named two paragraphs before. A question about something else (earnings, the market)
// gives the works nothing.
const amountOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.amount ? `${p.amount.value} ${p.amount.currency}` : null;
};

test("'What does it cost?' after the works were named: the answer's sum is their amount", () => {
  assert.equal(amountOf('Kavrin Energy is building the Sarvel wind farm near Gobustan.\n\nQ: What does it cost?\n\nA: It will cost $410 million.', 'wind_power_plant'), '410000000 USD');
  assert.equal(amountOf('Kavrin Energy is building the Sarvel wind farm near Gobustan.\n\nQ: What does it cost, and who is paying?\n\nMammadov: Around $410 million all in. Two lenders are lending $250 million between them; the rest is equity.', 'wind_power_plant'), '410000000 USD');
});

test("'And the cost?' two answers after the works were named", () => {
  const text = 'Q: Tell us about the Orlin nickel plant.\n\nA: It will make 40,000 tonnes of nickel a year on Kabaena island, built by Teluk Metals.\n\nQ: And the cost?\n\nWidodo: Around one and a half billion dollars, roughly Rp 24 trillion at today\'s rate.';
  const x = run(text);
  const p = x.projects.find((q) => /nickel/.test(q.name));
  assert.ok(p, JSON.stringify(x.projects.map((q) => q.name)));
  assert.equal(p.amount?.value, 1_500_000_000);
  assert.equal(p.amount?.currency, 'USD');
});

test("'How much is the investment?' with the answer's loan after the cost", () => {
  assert.equal(amountOf('Q: What are you building in Ruse?\n\nA: A float glass line, Zlatna Glass AD is the owner and Stroy Montazh the contractor.\n\nQ: How much is the investment?\n\nA: About 90 million euros. A local bank lends 40 million euros of it.', 'manufacturing_plant'), '90000000 EUR');
});

test('a question about earnings is no question about the cost (counter-case)', () => {
  assert.equal(amountOf('Kavrin Energy is building the Sarvel wind farm near Gobustan.\n\nQ: Where do you sell the power, and what does the company earn?\n\nA: To the state utility. We earn about $40 million a year.', 'wind_power_plant'), null);
  assert.equal(amountOf('Kavrin Energy is building the Sarvel wind farm near Gobustan.\n\nQ: How is the market this year?\n\nA: Prices fell by a tenth. Our exports reached about $3 million.', 'wind_power_plant'), null);
});

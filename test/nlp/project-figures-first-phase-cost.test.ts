import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented mini-articles. "The first phase is budgeted at $480 million" two paragraphs after a concession for a
// terminal, in a story that names a second phase only later, is the cost of the terminal under discussion: the
// second phase is the future of these works, not the project the story is about.
const amountOf = (text: string, type: string) => {
  const p = run(text).projects.find((q) => q.type === type && !/second/.test(q.name));
  assert.ok(p, type);
  return p.amount ? p.amount.value : null;
};

const concession = "Tarvo's port authority on Tuesday awarded a 25-year concession to build and run a new container terminal at Porto Lenga to a consortium led by Kestrel Harbour Ltd.\n\n"
  + 'Lenga Port Company, the state company that manages the harbour, said the consortium had offered the highest yearly fee. Kestrel holds 60% of the consortium. The other 40% belongs to Grupo Varela, a family conglomerate.\n\n';

test('the first phase budgeted two paragraphs on, before a second phase is named, is the terminal\'s cost', () => {
  const text = `${concession}The first phase is budgeted at about $480 million. It includes a 600-metre quay and four cranes. A second phase could take the terminal to 1.5 million TEU, but no date has been set.`;
  assert.equal(amountOf(text, 'port'), 480e6);
});

test('"the project will cost" two paragraphs on is the cost of the works under discussion', () => {
  const text = `${concession}The project will cost $300 million, the authority said.`;
  assert.equal(amountOf(text, 'port'), 300e6);
});

// Counter-cases: with the later stage named first, the first phase is another part's history; a cost verb after a
// plural subject or a bare sum two paragraphs on is not taken.
test('the first phase after the second phase was named is another stage', () => {
  const text = 'The president on Friday opened the second phase of the Lenga container terminal, built by Kestrel Harbour Ltd.\n\n'
    + 'Lenga Port Company said traffic grew 12% last year. Kestrel holds 60% of the operator.\n\n'
    + 'The first phase is budgeted at about $210 million in the old plan and opened in 2019.';
  const x = run(text);
  assert.ok(!x.projects.some((p) => p.amount?.value === 210e6), JSON.stringify(x.projects.map((p) => [p.name, p.amount])));
});

test('a sum with no cost subject two paragraphs on stays out', () => {
  const text = `${concession}Officials said $300 million had been spent on roads in the province.`;
  assert.equal(amountOf(text, 'port'), null);
});

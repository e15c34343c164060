import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const orgsOf = (x: ReturnType<typeof run>, type: string) => x.projects.filter((p) => p.type.startsWith(type)).flatMap((p) => p.organizations.map((o) => `${o.name}:${o.role}`));

const ORDER = 'Ostrava Rail Ltd has ordered 14 electric multiple units from Vagona Works a.s. for its suburban network around Tbilsk, the company said on Monday.\n\nThe trains will cost €200 million and will be delivered from 2028.\n\n';

test('"signed a loan with the railway": the railway is the borrowing body, and the loan finances the works under discussion', () => {
  const x = run(ORDER + 'The Caspian Development Bank signed a €120 million sovereign-guaranteed loan with the railway in July.');
  assert.ok(!x.projects.some((p) => p.type === 'railway'), JSON.stringify(x.projects));
  assert.ok(orgsOf(x, 'rolling_stock').includes('Caspian Development Bank:financier'), JSON.stringify(x.projects));
});

test('a bank whose verb gives a sum ("has approved a further €60 million") lends to the works under discussion', () => {
  const x = run(ORDER + 'The Nordic Green Bank has approved a further €60 million; the Oslo-based lender expects to sign in October.');
  assert.ok(orgsOf(x, 'rolling_stock').includes('Nordic Green Bank:financier'), JSON.stringify(x.projects));
});

test('a bank that only judges or reports a sum, or approves works, is not made a lender by it', () => {
  const x = run(ORDER + 'The Nordic Green Bank puts the cost at €210 million. The Baltic Savings Bank posted €60 million in profit last year.');
  const fin = orgsOf(x, 'rolling_stock');
  assert.ok(!fin.includes('Nordic Green Bank:financier') && !fin.includes('Baltic Savings Bank:financier'), JSON.stringify(x.projects));
});

test('a loan for the railway still names works, and the railway with "the" after other prepositions stays works', () => {
  const x = run('The Caspian Development Bank signed a €120 million loan for the railway between Tbilsk and Lomsk, a 300-kilometre line.');
  assert.ok(x.projects.some((p) => p.type === 'railway'), JSON.stringify(x.projects));
});

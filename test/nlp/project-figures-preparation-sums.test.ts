import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a sum that pays for the design or a study of works is not the works' amount; a sum in a currency
// named by its word ("leva", "tala") is read in that currency.

const amountOf = (x: ReturnType<typeof run>, type: string) => {
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => q.name)));
  return p.amount ? `${p.amount.value} ${p.amount.currency}` : null;
};

test("'approved 2 million lev on Thursday to pay for the design' is no amount of the road", () => {
  const x = run('Mayor Ivan Petrov wants a 12-kilometre bypass around Lovech. The council approved 2 million lev on Thursday to pay for the design, but nobody has offered to pay for the road itself.');
  assert.equal(amountOf(x, 'road'), null);
});

test("'$800,000 for a feasibility study' is no amount of the port", () => {
  const x = run('The Silistra river port will be expanded by Danubia Ports, which has set aside $800,000 for a feasibility study.');
  assert.equal(amountOf(x, 'port'), null);
});

test("'for the design and construction of' pays for the works", () => {
  const x = run('Danubia Ports signed a $45 million contract for the design and construction of the Silistra river port.');
  assert.equal(amountOf(x, 'port'), '45000000 USD');
});

test("'about 68 million leva' is in Bulgarian lev", () => {
  const x = run('Lovech Power signed an agreement to buy the output of a 12 MW solar farm at Teteven from Danubia Solar, which will build and run it for about 68 million leva.');
  assert.equal(amountOf(x, 'solar_power_plant'), '68000000 BGN');
});

test("'25 million tala' is in Samoan tala", () => {
  const x = run('Apia Energy is building a 6 MW solar farm at Vaitele for 25 million tala.');
  assert.equal(amountOf(x, 'solar_power_plant'), '25000000 WST');
});

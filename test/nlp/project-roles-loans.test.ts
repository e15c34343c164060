import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "A approved a loan to B for the mains", "A signed a loan with B for a college": A lends, B borrows for its works.
test('the lender is the financier and the borrower ("a loan to B", "a loan with B") is not', () => {
  const x = run('The Northern Investment Bank\'s board on Thursday approved a $150 million loan (roughly NPR 20 billion) to Velmora Valley Water Limited (VVWL), the valley\'s water utility, for 320 km of new water distribution mains in Tarvin.');
  assert.equal(roleOf(x, 'water_supply', 'Northern Investment Bank'), 'financier', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'water_supply', 'Velmora Valley Water Limited'), 'developer', JSON.stringify(x.projects));
  const y = run('Kessary\'s Economic Cooperation Fund (ECF) on Wednesday signed a $75 million loan with the Government of Velmora for a nursing college in Tarvin, with places for 1,200 students.');
  assert.equal(roleOf(y, 'education_facility', 'Economic Cooperation Fund'), 'financier', JSON.stringify(y.projects));
  assert.notEqual(roleOf(y, 'education_facility', 'Government of Velmora'), 'financier', JSON.stringify(y.projects));
});

// "The court ordered all works halted": an order that commands is no purchase.
test('a body that orders the works halted is not their buyer', () => {
  const x = run('Gobi Coal Washing LLC is building a coal washing plant near Tsogttsetsii. On Thursday the Umnugovi Administrative Court ordered all works halted until the regulator approves a revised assessment.');
  const p = x.projects[0];
  assert.ok(p, JSON.stringify(x.projects));
  assert.notEqual(p.organizations.find((o) => o.name === 'Umnugovi Administrative Court')?.role, 'buyer', JSON.stringify(p.organizations));
});

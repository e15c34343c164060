import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleOf, run } from './helpers.js';

// A body that only lets the site takes no part in the works beyond the lease: its role is 'other'.
test('the body a plant\'s site is leased from is "other", not a partner', () => {
  const x = run('Norrvik Cement AB will build a 2 million tonne cement plant near Tarvin on a plot leased from the Tarvin Harbour Trust.');
  assert.equal(roleOf(x, 'manufacturing_plant', 'Tarvin Harbour Trust'), 'other');
  assert.equal(roleOf(x, 'manufacturing_plant', 'Norrvik Cement AB'), 'developer');
});

test('a landlord described before its name ("the estate\'s owner, B") is "other", not an owner', () => {
  const x = run('Pellworth Foods Ltd is building a 40,000-tonne cold storage warehouse in Kessary on ground rented from the estate\'s owner, Marlow Lands Plc, for 30 years.');
  assert.equal(roleOf(x, 'logistics_hub', 'Marlow Lands Plc'), 'other');
  assert.equal(roleOf(x, 'logistics_hub', 'Pellworth Foods Ltd'), 'developer');
});

test('a sentence after the project saying a body "has leased the site" to the developer puts that body on as "other"', () => {
  const x = run('Quorra Compute Ltd broke ground on Friday on a 30 MW data centre outside Velmora. The Velmora Port Board (VPB) has leased the site to the company for 25 years.');
  assert.equal(roleOf(x, 'data_center', 'Velmora Port Board'), 'other');
});

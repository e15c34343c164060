// "A and B signed a power purchase agreement": the utility buys, the other signer sells, as the works' developer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const rolesOf = (text: string) => Object.fromEntries((run(text).projects[0]?.organizations ?? []).map((o) => [o.name, o.role]));

test('joint signers of a purchase agreement: the utility is the buyer, the company the developer, in either order', () => {
  for (const text of [
    'Orvena Power Holdings and the Tarvel Electricity Company signed a power purchase agreement for the 300 MW Lovech solar plant.',
    'The Tarvel Electricity Company and Orvena Power Holdings signed a power purchase agreement for the 300 MW Lovech solar plant.',
  ]) assert.deepEqual(rolesOf(text), { 'Orvena Power Holdings': 'developer', 'Tarvel Electricity Company': 'buyer' }, text);
});

test('the company after "and" and a country\'s possessive still sells', () => {
  const roles = rolesOf('Tarvel Electricity Company (TEC) and Japan\'s Orvena Power Holdings signed a power purchase agreement for the 300 MW Lovech solar plant.');
  assert.equal(roles['Orvena Power Holdings'], 'developer', JSON.stringify(roles));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// A lender's board approving a loan, a borrower signing a loan with a bank, and a public body hiring a builder: who
// finances, who borrows and who builds.

test("a bank whose board of directors approved a loan is the financier; the ministry that borrows owns the works", () => {
  const x = run('The Dobrudzha Investment Bank\'s board of directors has approved a EUR 85 million loan to the Ministry of Transport of Bulgaria for the upgrade of the 30-km Silistra bypass.');
  assert.equal(roleOf(x, 'road', 'Dobrudzha Investment Bank'), 'financier', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'road', 'Ministry of Transport of Bulgaria'), 'owner', JSON.stringify(x.projects));
});

test('a company that signs a loan with a bank borrows it for its own works', () => {
  const x = run('Lovech Power Corporation signed a $300 million loan with the Dobrudzha Investment Bank for the 60 MW Pleven wind farm.');
  assert.equal(roleOf(x, 'wind_power_plant', 'Lovech Power Corporation'), 'developer', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'wind_power_plant', 'Dobrudzha Investment Bank'), 'financier', JSON.stringify(x.projects));
});

test('a builder that signs a works contract with a ministry is its contractor, whichever side it stands on', () => {
  for (const text of [
    'Varna Stroy AD signed a contract with the Ministry of Regional Development to build the 32-km Shumen bypass.',
    'The Ministry of Regional Development and Varna Stroy AD on Monday signed the works contract for the 32-km Shumen bypass.',
  ]) {
    const x = run(text);
    assert.equal(roleOf(x, 'road', 'Varna Stroy AD'), 'contractor', JSON.stringify(x.projects));
    assert.equal(roleOf(x, 'road', 'Ministry of Regional Development'), 'developer', JSON.stringify(x.projects));
  }
});

test('"the utility" does not refer back to a fund', () => {
  const x = run('Kavarna Energy Holdings signed an agreement with the Targovishte Regional Fund on the 80 MW Ruse solar plant. The utility will buy the power from the plant.');
  assert.notEqual(roleOf(x, 'solar_power_plant', 'Targovishte Regional Fund'), 'buyer', JSON.stringify(x.projects));
});

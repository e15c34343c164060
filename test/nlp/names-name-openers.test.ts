import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Words such as "First", "New", "Top" or "Next" are function words at the start of a sentence,
// but they also open company names. A capitalised run that ends in a legal form or an
// organisation's head word keeps them.

const cases: [string, string][] = [
  ['Top Reach Cement Pty Ltd will build the kiln near Townsville.', 'Top Reach Cement Pty Ltd'],
  ['The wharf will be rebuilt by Top Reach Marine Pty Ltd, a Cairns firm.', 'Top Reach Marine Pty Ltd'],
  ['First Ardley Minerals said on Monday that the mine would reopen in May.', 'First Ardley Minerals'],
  ['Shares of First Ardley Minerals rose after the licence was renewed.', 'First Ardley Minerals'],
  ['New Harwick Energy LLC signed the power purchase agreement on Friday.', 'New Harwick Energy LLC'],
  ['The lenders include New Harwick Bank and two export-credit agencies.', 'New Harwick Bank'],
  ['Next Orwen Power Corporation has bid for the second block.', 'Next Orwen Power Corporation'],
  ['The turbines come from Second Lantern Group, which also supplies the blades.', 'Second Lantern Group'],
];

for (const [sentence, want] of cases) {
  test(`"${want}" keeps its opening word`, () => {
    const orgs = names(run(sentence).organizations);
    assert.ok(orgs.includes(want), `${want} not in ${orgs.join(' | ')}`);
  });
}

test('an opening word before a name that is not a company\'s stays out of it', () => {
  const x = run('Next year Harwick Group will start work. First, Orwen Holdings must raise the money. New investors include Lantern Group.');
  const orgs = names(x.organizations);
  for (const n of ['Harwick Group', 'Orwen Holdings', 'Lantern Group']) assert.ok(orgs.includes(n), `${n} not in ${orgs.join(' | ')}`);
  for (const n of orgs) assert.ok(!/^(Next|First|New) /.test(n), `${n} took the function word`);
});

test('only listed openers: "The", "In" or "This" never open a company name', () => {
  const x = run('In Harwick Energy LLC the founders hold half. This Orwen Power Corporation plant is the largest.');
  const orgs = names(x.organizations);
  assert.ok(orgs.includes('Harwick Energy LLC'), orgs.join(' | '));
  assert.ok(orgs.includes('Orwen Power Corporation'), orgs.join(' | '));
});

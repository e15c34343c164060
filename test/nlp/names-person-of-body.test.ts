// "NAME of BODY" where no given name in the lexicon marks the person: the body's own head ends the body's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('"Boris Kanev of Acme Holdings": a person from a body, though the lexicon knows neither name', () => {
  const x = run('Boris Kanev of Tarvel Rail Company said the first trains would run in May. Kanev did not give a price.');
  assert.deepEqual(names(x.people), ['Boris Kanev']);
  assert.deepEqual(names(x.organizations), ['Tarvel Rail Company']);
  assert.deepEqual(x.people[0].roles, [{ title: null, organization: 'Tarvel Rail Company' }]);
});

test('"John Miller of Acme Holdings" gives him the body; a title for that body later takes its place', () => {
  const x = run('John Miller of Acme Holdings said the depot would open in May. Miller, chief executive of Acme Holdings, added that the price was fixed.');
  assert.deepEqual(x.people[0].roles, [{ title: 'chief executive', organization: 'Acme Holdings' }]);
  const y = run('John Miller of Acme Holdings said the depot would open in May.');
  assert.deepEqual(y.people[0].roles, [{ title: null, organization: 'Acme Holdings' }]);
});

test('a body whose name takes "of" after its head, or whose words are ordinary nouns, stays one body', () => {
  for (const text of ['Industrial Bank of Velmora said it would lend the money.', 'Export Credit of Orvena Group said it would insure the loan.', 'Global Engineering of Tarvel Holdings will build the depot.']) {
    const x = run(text);
    assert.equal(x.people.length, 0, `${text} ${JSON.stringify(x.people)}`);
  }
});

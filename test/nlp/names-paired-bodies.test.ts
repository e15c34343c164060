// Two bodies joined by "and" where the text announces parties ("a consortium of", "a joint venture between").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('"a consortium of Tarvel Engineering and Orvena Power" is two bodies; a later short form joins the second', () => {
  const x = run('The plant will be built by a consortium of Tarvel Engineering and Orvena Power. Orvena\'s chief executive Petra Novak said work would start in spring.');
  assert.deepEqual(names(x.organizations), ['Tarvel Engineering', 'Orvena Power']);
  assert.deepEqual(x.people[0]?.roles, [{ title: 'chief executive', organization: 'Orvena Power' }], JSON.stringify(x.people));
});

test('a name with "and" inside it stays whole among the parties', () => {
  const x = run('It is a joint venture between Tarvin Oil and Gas Company and Orvena Power Holdings.');
  assert.deepEqual(names(x.organizations), ['Tarvin Oil and Gas Company', 'Orvena Power Holdings']);
});

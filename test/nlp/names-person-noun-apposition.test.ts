// A name set off by "a/an ... NOUN" where the noun is only ever a person ("a grape grower from Lovech"): a person
// with no title, even when the lexicon knows neither name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('"Tomás Rivera, a grape grower from Lovech, asked ...": a person without a role', () => {
  for (const text of [
    'Tomás Rivera, a grape grower from Lovech, asked whether small plots would get water on the same days.',
    'Tomás Rivera, a local farmer, asked whether small plots would get water on the same days.',
    'Dimitra Kovačić, a retired teacher who lives near the dam, said the reservoir had fallen again.',
  ]) {
    const x = run(text);
    assert.equal(x.people.length, 1, `${text} ${JSON.stringify(x.people)}`);
    assert.deepEqual(x.people[0].roles, []);
  }
});

test('an apposition naming a firm, or a person noun used before another noun, makes no person', () => {
  for (const text of ['Velmora Gold, a commodity trader, bought the ore.', 'Orvena Brennt, a local firm, won the contract.', 'Sarvel Rovan, a worker housing project, was approved.']) {
    const x = run(text);
    assert.equal(x.people.length, 0, `${text} ${JSON.stringify(x.people)}`);
  }
});

// Roles from an apposition after the name: an indefinite title, a modifier that opens titles of its own, and firms
// named by the trade they are in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('"X, an analyst at Varsha Securities": the title and the employer, and the firm is no place', () => {
  const x = run('According to Rahul Deshmukh, an analyst at Varsha Securities, the tariff is too low.');
  assert.deepEqual(x.people[0]?.roles, [{ title: 'analyst', organization: 'Varsha Securities' }], JSON.stringify(x.people));
  assert.deepEqual(names(x.organizations), ['Varsha Securities']);
  assert.equal(x.places.length, 0, JSON.stringify(x.places));
});

test('"X, senior vice-president at Y": a modifier that also opens other titles is kept with the title', () => {
  const x = run('Tan Mei Ling, senior vice-president at Straits Grid Ltd, said the cable would be laid next year.');
  assert.deepEqual(x.people[0]?.roles, [{ title: 'senior vice-president', organization: 'Straits Grid Ltd' }], JSON.stringify(x.people));
});

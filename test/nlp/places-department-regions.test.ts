import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('a known name before a lower-case "department" is a region', () => {
  const x = run('Tervel, the second city of Dobrich department, has about 20,000 people.');
  assert.deepEqual(names(x.places), ['Tervel', 'Dobrich department']);
});

test('a country before "department" keeps the body reading', () => {
  const x = run('The US department of energy will review the plan.');
  assert.deepEqual(names(x.places), ['US']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('initials written together after or before the family name, and an initial after a title complement', () => {
  const x = run('Deputy Prime Minister Tarvinov D.A. said the pipeline would be ready. Minister of Energy T. Ibraev agreed. Chairman of the Board of Ardlow A. Kessarov signed. Tarvinov and Ibraev left.');
  assert.deepEqual(names(x.people), ['Tarvinov D.A.', 'T. Ibraev', 'A. Kessarov']);
  assert.deepEqual(x.people[0].aliases, ['Tarvinov']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('a name with an age set off by commas is a person, whatever its naming tradition', () => {
  const x = run('Sok Chanthy, 31, packs boxes on the night shift. Mbali Dlamini-Osei, 45, runs the canteen.');
  assert.deepEqual(names(x.people), ['Sok Chanthy', 'Mbali Dlamini-Osei']);
  // (a name before a list of numbers is no person)
  assert.deepEqual(names(run('Ardlow Kessary, 12, 14 and 16 are the plot numbers.').people), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('a region whose own name holds "and" is one place before its region word', () => {
  const x = run('Ardlow Hydro will build a 90 MW plant in the Castile and León region, the company said.');
  assert.deepEqual(names(x.places), ['Castile and León region']);
});

test('a town and a region joined by "and" before the region word stay two places', () => {
  const x = run('Ardlow Solar will build plants near Kavarna and Dobrich province.');
  assert.deepEqual(names(x.places), ['Kavarna', 'Dobrich province']);
});

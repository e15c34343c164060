import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('the complement of a title held over a place (mayor, governor, akim) is a place', () => {
  const x = run('The mayor of Tarvin, Rosa Elena Toledo Brenmoor, welcomed it. The governor of Kessary said no.');
  assert.deepEqual(names(x.places), ['Tarvin', 'Kessary']);
  assert.deepEqual(names(x.people), ['Rosa Elena Toledo Brenmoor']);
});

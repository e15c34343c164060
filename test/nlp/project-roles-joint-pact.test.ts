import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// Two bodies that together sign an agreement to build something take it on as partners; one body that signs an
// agreement to build it is still its developer.
test('a joint subject that signs an agreement to build is a pair of partners', () => {
  for (const text of [
    'Ardeno Metals Ltd and Dunav Chemicals AD signed an agreement to build a 30,000-tonne copper smelter near Vratsa.',
    'Ardeno Metals Ltd and Dunav Chemicals AD have signed a preliminary agreement to build a 30,000-tonne copper smelter near Vratsa.',
  ]) {
    const x = run(text);
    assert.equal(roleOf(x, 'manufacturing_plant', 'Ardeno Metals Ltd'), 'partner', JSON.stringify(x.projects));
    assert.equal(roleOf(x, 'manufacturing_plant', 'Dunav Chemicals AD'), 'partner', JSON.stringify(x.projects));
  }
});

test('a single signer of an agreement to build stays the developer', () => {
  const x = run('Ardeno Metals Ltd signed an agreement to build a 30,000-tonne copper smelter near Vratsa.');
  assert.equal(roleOf(x, 'manufacturing_plant', 'Ardeno Metals Ltd'), 'developer', JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "A, a joint venture between B and C, is studying a mine": the bodies inside the apposition describe A; A is the
// subject that undertakes the works, their developer.
test('the subject before an apposition naming its members develops the works', () => {
  const x = run('Ardlow Minerals, a joint venture between the government of Velmora and the Kessary firm Hexi Metals, is studying an open-pit copper mine near Tarsk that could produce 40,000 tonnes of copper a year.');
  assert.equal(roleOf(x, 'mine', 'Ardlow Minerals'), 'developer', JSON.stringify(x.projects));
});

// Counter-case: with no apposition, two joint subjects stay as they were (neither is made the lone developer).
test('joint subjects without an apposition keep their parts', () => {
  const x = run('Ardlow Minerals and Hexi Metals are studying an open-pit copper mine near Tarsk that could produce 40,000 tonnes of copper a year.');
  assert.equal(roleOf(x, 'mine', 'Ardlow Minerals'), 'partner', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'mine', 'Hexi Metals'), 'partner', JSON.stringify(x.projects));
});

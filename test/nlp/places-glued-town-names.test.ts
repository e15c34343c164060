import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test("two towns' names glued together with nothing between them are one town's name", () => {
  const x = run('A 30 MW solar plant will be built near Carmelo Peralta, Ardlow Solar said.');
  assert.deepEqual(names(x.places), ['Carmelo Peralta']);
  assert.deepEqual(x.projects.map((p) => p.places), [['Carmelo Peralta']]);
});

test('towns listed with a comma or "and" stay two places', () => {
  assert.deepEqual(names(run('Ardlow Solar will build plants near Varna and Ruse.').places), ['Varna', 'Ruse']);
  assert.deepEqual(names(run('Ardlow Solar will build plants in Varna, Ruse and Pleven.').places), ['Varna', 'Ruse', 'Pleven']);
});

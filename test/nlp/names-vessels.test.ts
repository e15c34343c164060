import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('ship names are neither places nor organisations', () => {
  const x = run('The MV Tarvin Spirit docked at Mombasa on Monday, while the Ardlow Star sailed for Djibouti. Two container ships, the Kessary Pride and the Xin Lagos, began working cargo, and the tanker Velmora Glory waited off Aden.');
  assert.deepEqual(names(x.places).sort(), ['Aden', 'Djibouti', 'Mombasa']);
  assert.deepEqual(names(x.organizations), []);
  assert.deepEqual(names(x.people), []);
});

test('names after ship words that are not in apposition stay what they are', () => {
  const x = run('The yard delivered two vessels, the Lagos Port Authority said. Ardlow Shipping ordered three tankers from Busan.');
  assert.ok(names(x.organizations).includes('Lagos Port Authority'), names(x.organizations).join(' | '));
  assert.ok(names(x.places).includes('Busan'));
});

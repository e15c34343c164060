import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('ship names are neither places nor organisations', () => {
  const x = run('The MV Tema Spirit docked at Beira on Monday, while the Durban Star sailed for Djibouti. Berths were booked in June for three bulk carriers, the Orlan Dawn, the Kessary Pride and the Lagos Light, and the tanker Velmora Glory waited off Aden.');
  assert.deepEqual(names(x.places).sort(), ['Aden', 'Beira', 'Djibouti']);
  assert.deepEqual(names(x.organizations), []);
  assert.deepEqual(names(x.people), []);
});

test('names after ship words that are not in apposition stay what they are', () => {
  const x = run('The yard delivered two vessels, the Lagos Port Authority said. Ardlow Shipping ordered three tankers from Busan.');
  assert.ok(names(x.organizations).includes('Lagos Port Authority'), names(x.organizations).join(' | '));
  assert.ok(names(x.places).includes('Busan'));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('"the wilayat of X" and a past-tense verb after "in X" place an unknown name', () => {
  const x = run('The plant lies in the wilayat of Qarn Alam. Work in Tbong Khmum started last year.');
  assert.deepEqual(names(x.places), ['Qarn Alam', 'Tbong Khmum']);
});

test('a singular region word after "X and Y" names only Y', () => {
  const x = run('Trucks cross Koh Kong and Kessary province every day.');
  assert.deepEqual(x.places.map((p) => [p.name, p.kind]), [['Koh Kong', 'city'], ['Kessary province', 'region']]);
});

test('a capitalised "Freezone" closes an estate name, even after a town', () => {
  const x = run('The smelter will be built in Sohar Freezone next year.');
  assert.deepEqual(names(x.places), ['Sohar Freezone']);
});

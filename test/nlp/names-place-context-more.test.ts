import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('an unknown name after "at" and before "south of" is a site', () => {
  const x = run('Officials turned the first sod at Pozos Verdes south of the city on Monday.');
  assert.deepEqual(names(x.places), ['Pozos Verdes']);
});

test('a named seaport is a site', () => {
  const x = run('Bids were invited for a grain terminal at Kessary International Seaport.');
  assert.deepEqual(names(x.places), ['Kessary International Seaport']);
});

test('a town glued to another country\'s name is no pair of places', () => {
  const x = run('Mekar Ardlow Berhad is listed on the Main Market of Bursa Malaysia.');
  assert.deepEqual(names(x.places), []);
});

test("a region's name that opens a company's name, and that the article names alone, is that company", () => {
  const x = run("Falcon Digital Infrastructure PJSC of Abu Dhabi broke ground on a data centre near Lahore. Falcon's chief executive, Omar Saeed, said the centre would open in 2027.");
  assert.deepEqual(names(x.places), ['Abu Dhabi', 'Lahore']);
  assert.deepEqual(x.organizations.map((o) => [o.name, o.aliases]), [['Falcon Digital Infrastructure PJSC', ['Falcon']]]);
});

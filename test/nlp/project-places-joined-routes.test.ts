import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const placesOf = (text: string) => run(text).projects.map((p) => [p.name, p.places]);

test('the existing road a bypass relieves is not the bypass, and its ends are not the bypass\'s places', () => {
  const x = placesOf('Brenmoor Yol A.S. signed the works contract for the Tervel bypass on Monday. The 9 km road will take through traffic on the national road between Dobrich and Silistra out of the town centre.');
  assert.deepEqual(x, [['Tervel bypass', ['Tervel']]]);
});

test('a spur from a named expressway takes only its own end', () => {
  assert.deepEqual(placesOf('The government plans a 40-kilometre expressway spur from the Varna expressway to Balchik.'), [['40-kilometre expressway', ['Balchik']]]);
});

test('a road from a named highway to a town keeps the town, and a road between two towns keeps both', () => {
  assert.deepEqual(placesOf('Brenmoor Yol A.S. will build a 20 km road from the Varna highway to Balchik.'), [['20 km road', ['Balchik']]]);
  assert.deepEqual(placesOf('Brenmoor Yol A.S. will build a 20 km road from Varna to Balchik.'), [['20 km road', ['Varna', 'Balchik']]]);
});

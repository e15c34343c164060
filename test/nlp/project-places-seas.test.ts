import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const placesOf = (text: string) => run(text).projects.map((p) => p.places);

test('an offshore wind farm stands in the sea named for it, beside the coast it lies off', () => {
  assert.deepEqual(placesOf('Brenmoor Energy will build a one-gigawatt offshore wind farm in the Caspian off the Absheron peninsula.'), [['Caspian', 'Absheron peninsula']]);
});

test('a terminal in a port town is not placed in the sea that town lies on, "X Sea" or "the Adriatic"', () => {
  assert.deepEqual(placesOf('Velmora Ports SRL will build a grain terminal at Mangalia on the Black Sea.'), [['Mangalia']]);
  assert.deepEqual(placesOf('Kessary Ports d.o.o. will build a ferry terminal at Rijeka on the Adriatic.'), [['Rijeka']]);
});

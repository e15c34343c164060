import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a refinery named by a product that is no oil product is a plant of that product; a facility the
// text calls existing is a reference point unless the sentence changes it; a named power plant sized in megawatts is a
// power plant.

const kinds = (text: string) => run(text).projects.map((p) => p.type);

test("'a lithium hydroxide refinery' is a chemical factory, 'a sugar refinery' a food plant, 'an oil refinery' a refinery", () => {
  assert.deepEqual(kinds('Solvane Chemicals will build a $900 million lithium hydroxide refinery at Kessary.'), ['manufacturing_plant']);
  assert.deepEqual(kinds('Orvel Sugar will build a $90 million sugar refinery at Kessary.'), ['agricultural_facility']);
  assert.deepEqual(kinds('Orvel Oil will build a $9 billion refinery at Kessary.'), ['refinery']);
});

test("'a direct reduced iron plant' is a steel-making plant, not a mine", () => {
  assert.deepEqual(kinds('Veltra Steel will build a 2.5 million-tonne direct reduced iron plant at Semmer.'), ['manufacturing_plant']);
});

test("'the existing 20 MW Orin Valley plant' is no project; 'double the capacity of its existing plant' is", () => {
  assert.deepEqual(kinds('The existing 20 MW Orin Valley plant has been running since 2015. Tarvin Power will build a 60 MW solar farm at Lake Orin.'), ['solar_power_plant']);
  assert.deepEqual(kinds('Tarvin Power will double the capacity of its existing 20 MW Orin Valley plant.'), ['thermal_power_plant']);
});

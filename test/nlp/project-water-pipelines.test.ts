import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a pipeline that carries water is water supply works; one named or told with a fuel stays a
// pipeline of the oil and gas sector.

test('a pipeline the water utility builds to bring cubic metres a day is water supply', () => {
  const x = run('The Velmora water utility is building a 40-km pipeline from the Selva river to the town, due next year.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.sector]), [['water_supply', 'water']]);
});

test('a gas pipeline, or a pipeline told with oil, stays a pipeline even when water is named', () => {
  const a = run('Orsk Gas is building a 40-km gas pipeline past the water intakes of Selva.');
  assert.deepEqual(a.projects.map((p) => p.type), ['pipeline']);
  const b = run('The 300-km pipeline will carry crude oil from Tarvin to the coast and cross two water courses.');
  assert.deepEqual(b.projects.map((p) => p.type), ['pipeline']);
});

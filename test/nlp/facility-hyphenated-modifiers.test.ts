import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';
import { withHyphenatedModifier } from '../../src/nlp/facility-lexicon.js';

// Invented sentences: a facility phrase is found whether its first two words are written apart or joined as one
// compound modifier.

test("'a new drinking-water system' is water supply works like 'a drinking water system'", () => {
  const x = run('The Brenmoor Bank on Monday approved a $200 million loan for a new drinking-water system in Velmora, where half of homes lack piped supply.');
  assert.deepEqual(x.projects.map((p) => p.type), ['water_supply']);
});

test('only phrases of three words or more gain the joined form, once', () => {
  assert.deepEqual(withHyphenatedModifier('drinking water system'), ['drinking water system', 'drinking-water system']);
  assert.deepEqual(withHyphenatedModifier('power plant'), ['power plant']);
  assert.deepEqual(withHyphenatedModifier('waste-to-energy power plant'), ['waste-to-energy power plant']);
});

test("'a 20 MW photovoltaic park' is a solar plant and takes the signing as its status", () => {
  const x = run('Brenmoor Solar signed a 15-year power purchase agreement with Velmora Energy for the entire output of a 20 MW photovoltaic park near Tarvin.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.status]), [['solar_power_plant', 'agreed']]);
});

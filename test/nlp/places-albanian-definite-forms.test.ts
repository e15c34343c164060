import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../src/nlp/gazetteer.js';
import { run } from './helpers.js';

test('an Albanian town written in its definite form is the town listed in the indefinite one', () => {
  const g = loadGazetteer();
  assert.equal(g.lookup('Vlora')[0]?.country, 'AL');
  assert.equal(g.lookup('Shkodra')[0]?.country, 'AL');
  assert.equal(g.lookup('Gjakova')[0]?.country, 'XK');
  // and the indefinite form still is
  assert.equal(g.lookup('Korçë')[0]?.country, 'AL');
});

test("Kosovo's towns under their Albanian names", () => {
  const g = loadGazetteer();
  assert.equal(g.lookup('Prishtina')[0]?.country, 'XK');
  assert.equal(g.lookup('Peja')[0]?.country, 'XK');
});

test('a utility serving such a town places the town', () => {
  const x = run('The lender approved a loan to Drenica Waters, the utility serving Saranda, for a new reservoir.');
  const town = x.places.find((p) => p.name === 'Saranda');
  assert.equal(town?.country, 'AL');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../src/nlp/gazetteer.js';
import { run, names } from './helpers.js';

test('large islands that are no province of their own are known places of their country', () => {
  const g = loadGazetteer();
  assert.equal(g.lookup('Mindanao')[0]?.country, 'PH');
  assert.equal(g.lookup('Sumatra')[0]?.country, 'ID');
  assert.equal(g.lookup('Upolu')[0]?.country, 'WS');
  // an island shared by several countries has none
  assert.equal(g.lookup('Borneo')[0]?.country, null);
  // and the country named after part of an island is still that country
  assert.equal(g.lookup('Papua New Guinea')[0]?.kind, 'country');
});

test('works on such an island are placed there, and "X island" is the same place as "X"', () => {
  const x = run('Tarvin Logistics will build a cold-storage warehouse in Luzon, its first outside Singapore.');
  assert.ok(names(x.places).includes('Luzon'), names(x.places).join(' | '));
  const y = run('Kessary Nickel is building a smelter on Sumbawa island. Sumbawa has no deep-water port yet.');
  const sumbawa = y.places.filter((p) => /Sumbawa/.test(p.name));
  assert.equal(sumbawa.length, 1, JSON.stringify(y.places));
});

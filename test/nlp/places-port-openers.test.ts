import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('"Port" and a name is one harbour place, not the town its last word spells', () => {
  const x = run('Velmora Shipping Ltd will build a new cargo jetty at Port Bell on the lake.');
  assert.deepEqual(names(x.places), ['Port Bell']);
});

test('"Mina" and a name, with or without the Arabic article, is a port area', () => {
  const x = run('Brenmoor Petroleum Company will add a hydrogen unit to its refinery at Mina Kessar. Crude also leaves through Mina al-Tarvin.');
  assert.deepEqual(names(x.places), ['Mina Kessar', 'Mina al-Tarvin']);
});

test('a port authority stays a body', () => {
  const x = run('The Port Authority of Velmora will tender the works.');
  assert.ok(!names(x.places).includes('Port Authority'));
});

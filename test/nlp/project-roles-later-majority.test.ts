import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "... to a consortium led by A. ... A holds 60% of B (the consortium)": a body already on the project with no part
// said, that right after holds more than half of the company behind the works, owns them.
test('a listed body that later holds a majority of the company behind the works is their owner', () => {
  const x = run('Velmora\'s port authority on Tuesday awarded a 30-year concession to build and run a new container terminal at Ostrel to a consortium led by Hexi Harbour Holdings Ltd, ending a long tender. The authority said the winning consortium, Ostrel Container Terminal S.A. (OCT), had offered the highest yearly fee. Hexi Harbour Holdings holds 65% of OCT. The other 35% belongs to Grupo Tarsk, a family conglomerate.');
  assert.equal(roleOf(x, 'port', 'Hexi Harbour Holdings Ltd'), 'owner', JSON.stringify(x.projects));
});

// "The Lanzhou-based parent, B," (a place mention that takes the article in): B is described as the parent of the
// body that develops the works, so owns them.
test('a parent described with a place before it owns the works', () => {
  const x = run('Tarsk Potash Ltd said its processing plant near Ostrel turned out its first potash in May.\n\nThe Lanzhou-based parent, Hexi Potash Group Co., Ltd., then planned a single stage of one million tonnes a year.');
  assert.equal(roleOf(x, 'manufacturing_plant', 'Hexi Potash Group Co., Ltd.'), 'owner', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'manufacturing_plant', 'Tarsk Potash Ltd'), 'developer', JSON.stringify(x.projects));
});

// Counter-case: a minority holder stays a partner.
test('a listed body that later holds a minority stays a partner', () => {
  const x = run('Velmora\'s port authority on Tuesday awarded a 30-year concession to build and run a new container terminal at Ostrel to a consortium of Hexi Harbour Holdings Ltd and Grupo Tarsk. The authority said the winning consortium, Ostrel Container Terminal S.A. (OCT), had offered the highest yearly fee. Grupo Tarsk holds 35% of OCT.');
  assert.notEqual(roleOf(x, 'port', 'Grupo Tarsk'), 'owner', JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a facility word followed by a plural noun that heads the compound ("new road links in the valley",
// "rail connections across the north", "road projects in the region") names a class of works in passing, not one
// facility; a count before it ("two road links") still names works.

const types = (x: ReturnType<typeof run>) => x.projects.map((p) => p.type).sort();

test('talks on new road links in a valley, then a bridge: only the bridge is works', () => {
  const x = run('The minister held talks in Ostra on the modernisation of the railway network and on new road links in the Belvik valley.\n\nThe two sides discussed a new road bridge over the Belvik river at Tarvin, about 420 metres long.');
  assert.deepEqual(types(x), ['bridge'], JSON.stringify(x.projects));
});

test('rail connections wanted across the north beside a named railway: one railway', () => {
  const x = run('The ministry wants better rail connections across the north, and Kessary Rail will build the 80-km Ostra–Belvik railway for $300 million.');
  assert.deepEqual(types(x), ['railway'], JSON.stringify(x.projects));
});

test('a budget for road projects in a region is an aggregate, not one road', () => {
  const x = run('The government will spend $400 million on road projects in the Tarvin region over five years.');
  assert.ok(!x.projects.some((p) => p.type === 'road' && !p.amount), JSON.stringify(x.projects));
});

test('port upgrades across the coast named in passing, after a terminal: one port project', () => {
  const x = run('Halden Ports will build a $120 million container terminal at Belvik.\n\nPort upgrades along the coast have lagged, the ministry said, and traders in Ostra still wait for weeks.');
  assert.equal(x.projects.length, 1, JSON.stringify(x.projects));
});

test('counter-case: two road links with a builder and a sum are works', () => {
  const x = run('Kessary Roads will build two road links to the Belvik port for $50 million.');
  assert.deepEqual(types(x), ['road'], JSON.stringify(x.projects));
});

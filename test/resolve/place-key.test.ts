import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchPlace, placeRecordKey } from '../../src/resolve/place-key.js';

test('a place record key carries its country', () => {
  assert.equal(placeRecordKey('Port Victoria', 'sc'), 'SC:port victoria');
  assert.equal(placeRecordKey('The Rift Valley', null), '-:rift valley');
});

test('same name, same country: one place; an alias spelling finds it', () => {
  const cands = [{ id: 3, name: 'Zharsu Region', country: 'KZ', keys: ['zharsu region', 'jarsu region'] }];
  assert.equal(matchPlace({ name: 'Jarsu Region', country: 'KZ' }, cands)?.id, 3);
  assert.equal(matchPlace({ name: 'Zharsu Region', country: null }, cands)?.id, 3);
});

test('same name in two countries: two places, and an unknown country is ambiguous', () => {
  const cands = [
    { id: 1, name: 'Victoria', country: 'SC', keys: ['victoria'] },
    { id: 2, name: 'Victoria', country: 'CA', keys: ['victoria'] },
  ];
  assert.equal(matchPlace({ name: 'Victoria', country: 'CA' }, cands)?.id, 2);
  assert.equal(matchPlace({ name: 'Victoria', country: 'MT' }, cands), null);
  assert.equal(matchPlace({ name: 'Victoria', country: null }, cands), null);
});

test('a record whose country was unknown joins a mention that knows it', () => {
  assert.equal(matchPlace({ name: 'Beskol', country: 'KZ' }, [{ id: 9, name: 'Beskol', country: null, keys: ['beskol'] }])?.id, 9);
});

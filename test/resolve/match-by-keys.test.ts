import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchByKeys } from '../../src/resolve/match-by-keys.js';

test('no shared key, no match', () => {
  assert.equal(matchByKeys({ key: 'a', keys: ['a'] }, [{ id: 1, key: 'b', keys: ['b'] }]), null);
});

test('the record with the same canonical key outranks one that only shares an alias', () => {
  const m = matchByKeys({ key: 'northern star', keys: ['northern star', 'nsc'] }, [
    { id: 1, key: 'nordic shipping', keys: ['nordic shipping', 'nsc'] },
    { id: 2, key: 'northern star', keys: ['northern star'] },
  ]);
  assert.equal(m?.id, 2);
  assert.ok(m!.reasons.some((r) => r.includes('same canonical key')));
});

test('an acronym alone finds the record that lists it as an alias', () => {
  const m = matchByKeys({ key: 'nspc', keys: ['nspc'] }, [{ id: 7, key: 'northern star petroleum', keys: ['northern star petroleum', 'nspc'] }]);
  assert.equal(m?.id, 7);
});

test('two records tied on the same alias are ambiguous: no match', () => {
  const m = matchByKeys({ key: 'cec', keys: ['cec'] }, [
    { id: 1, key: 'central energy', keys: ['central energy', 'cec'] },
    { id: 2, key: 'coastal engineering', keys: ['coastal engineering', 'cec'] },
  ]);
  assert.equal(m, null);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('a short name opening two longer names is the one named before it first appears', () => {
  const x = run("A consortium of Ardlow Concesiones S.A. and Kessary Power won. Ardlow's managing director said the group's construction arm, Ardlow Construcción S.L.U., would take the contract. Ardlow will own 49%.");
  assert.deepEqual(names(x.organizations), ['Ardlow Concesiones S.A.', 'Kessary Power', 'Ardlow Construcción S.L.U.']);
  assert.deepEqual(x.organizations[0].aliases, ['Ardlow']);
});

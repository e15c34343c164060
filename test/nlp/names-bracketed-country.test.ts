import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test("a subsidiary's country in brackets before its legal form stays inside the name", () => {
  const x = run('The biggest tenant is Lotus Foods (Vietnam) Co., Ltd., a unit of Lotus Foods Holdings. Ardlow Power (Kenya) Limited builds the line.');
  const orgs = names(x.organizations);
  assert.deepEqual(orgs, ['Lotus Foods (Vietnam) Co., Ltd.', 'Lotus Foods Holdings', 'Ardlow Power (Kenya) Limited']);
  assert.equal(x.organizations[0].country, 'VN');
  assert.deepEqual(names(x.places), []);
  // (an acronym in brackets is still the short form)
  const y = run('The Velmora National Mining Corporation (VNMC) signed. VNMC will pay.');
  assert.deepEqual(names(y.organizations), ['Velmora National Mining Corporation']);
  assert.deepEqual(y.organizations[0].aliases, ['VNMC']);
});

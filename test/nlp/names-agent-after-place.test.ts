import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Invented sentences. A name ending in an industry word ('Solar', 'Wind') is a company when it is the agent of the
// works after 'by', also when the works' place stands between the verb and 'by' ("built in Osk, Namibia, by Norden
// Solar"), even when its first word is also a town's name. Counter-case: a person after 'by' a visit is no company.

test("'will be built in Osk, Namibia, by Norden Solar' names a company, not the town Norden", () => {
  const x = run('The plant will be built in Osk, Namibia, by Norden Solar.');
  assert.deepEqual(names(x.organizations), ['Norden Solar']);
  assert.ok(!names(x.places).includes('Norden'), names(x.places).join('; '));
});

test("'built in Osk by Balti Wind' names a company", () => {
  assert.deepEqual(names(run('The plant will be built in Osk by Balti Wind, the developer said.').organizations), ['Balti Wind']);
});

test('counter-case: a visit by a person is no company', () => {
  assert.deepEqual(names(run('The plant was visited in Osk, Namibia, by Lena Solar, the minister.').organizations), []);
});

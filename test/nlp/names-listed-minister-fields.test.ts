import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// The last items of a minister's listed fields ("Transport, Public Works and Housing") are the ministry's domain.
test('the listed fields closing a minister\'s title are no organisation', () => {
  const x = run('"The road will cut the trip to a day," says Jean Ndayizeye, Rwanda\'s Minister of Trade, Public Works and Logistics. He spoke in Kigali on Monday.');
  assert.deepEqual(names(x.organizations), [], JSON.stringify(x.organizations));
});

test('the listed fields before the minister\'s name are no organisation', () => {
  const x = run('Kessary Wind GmbH met Albania\'s Minister of Energy, Mining and Water Resources, Ilir Kola, in Tirana to discuss a wind farm.');
  assert.ok(!names(x.organizations).some((n) => /Mining|Water Resources/.test(n)), JSON.stringify(x.organizations));
  assert.ok(names(x.organizations).includes('Kessary Wind GmbH'), JSON.stringify(x.organizations));
});

// A body named after a minister's title in another clause keeps its name.
test('a utility named after "met" stays an organisation', () => {
  const x = run('The Minister of Energy met the board of Tarvin Power and Water Company on Monday.');
  assert.ok(names(x.organizations).includes('Tarvin Power and Water Company'), JSON.stringify(x.organizations));
});

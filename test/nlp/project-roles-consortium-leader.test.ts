import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// The leader of the group behind the works takes the group's part: the developer of a consortium the text spoke of,
// the contractor of one given a works contract; a group that only bids has no part.

test('the leader of the consortium behind a plant is its developer', () => {
  const x = run([
    'Bulgaria\'s state utility signed a power purchase agreement with a consortium for the 200 MW Yambol solar plant.',
    'The consortium is led by Kavarna Solar AD, with Sofia Green Capital as a 40% partner.',
  ].join(' '));
  assert.equal(roleOf(x, 'solar_power_plant', 'Kavarna Solar AD'), 'developer', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'solar_power_plant', 'Sofia Green Capital'), 'partner', JSON.stringify(x.projects));
});

test('the leader of a consortium given a works contract is the contractor', () => {
  const x = run('The Ministry of Transport signed a contract with a consortium led by Dunav Engineering to build the 45-km Ruse bypass.');
  assert.equal(roleOf(x, 'road', 'Dunav Engineering'), 'contractor', JSON.stringify(x.projects));
});

test('the leader of a consortium that only bid takes no part', () => {
  const x = run('The Ministry of Transport cancelled the tender for the 45-km Ruse bypass on Friday. The only bidder, a consortium led by Dunav Engineering, said it was disappointed.');
  assert.equal(roleOf(x, 'road', 'Dunav Engineering'), undefined, JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: the length of a linear part of non-linear works ('14 km of new heating pipes').

test("'a heating plant of 18 MW thermal and 14 km of new heating pipes': the pipes' length is an item capacity of the plant", () => {
  const x = run('The Municipality of Brenfield signed a €31 million contract with Hollmer Anlagen GmbH for a biomass district heating plant of 18 MW thermal and 14 km of new heating pipes.');
  assert.deepEqual(x.projects.map((p) => p.capacity.map((c) => [c.value, c.unit])), [[[18, 'MW'], [14, 'km']]]);
  assert.equal(x.projects[0].capacity[1].item, 'heating pipes');
});

test("counter-case: a road's own network record ('we have opened about 150 kilometres of four-lane road') is no part of the road", () => {
  const x = run('Kessel Roads is building the 48-km road from Dorsk to Velm. Since 2015 the road agency has opened about 150 kilometres of four-lane road between Dorsk and Tarvin.');
  assert.deepEqual(x.projects.filter((p) => p.type === 'road').map((p) => p.capacity.map((c) => c.value)), [[48]]);
});

test("counter-case: a length that is not followed by a linear part ('14 km from the town') adds nothing", () => {
  const x = run('Hollmer Anlagen will build a biomass district heating plant of 18 MW thermal at Brenfield, 14 km from the town of Orsk.');
  assert.deepEqual(x.projects.map((p) => p.capacity.map((c) => [c.value, c.unit])), [[[18, 'MW']]]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. A bridge, line or pipeline in a sentence that names works of a kind it may be part of is that
// part; a facility word naming a body ("the road agency", "the port authority") names no such works.
test('a road bridge tendered by the road agency is a project with its budget', () => {
  const x = run("Tarvo's road agency on Tuesday launched the tender for a road bridge near Dara, with a €96 million budget.");
  const bridge = x.projects.find((p) => p.type === 'bridge');
  assert.ok(bridge, JSON.stringify(x.projects.map((p) => p.name)));
  assert.equal(bridge.amount?.value, 96e6);
});

// Counter-case: a bridge on a road the sentence names is still part of that road.
test('a bridge on the road a sentence names stays part of the road', () => {
  const x = run('Velmo Roads LLP will build a 90-km road between Osko and Dara, with a 400-metre bridge over the Velna, for $300 million.');
  assert.ok(!x.projects.some((p) => p.type === 'bridge'), JSON.stringify(x.projects.map((p) => [p.name, p.type])));
  assert.ok(x.projects.some((p) => p.type === 'road'));
});

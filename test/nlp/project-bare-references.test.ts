import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, run } from './helpers.js';

// Invented sentences: 'the port' right after a dry port expansion is that dry port; a time of day is no count.

test("'the port's handling capacity' right after a dry port names that dry port", () => {
  const x = run('Inland, at Velmora, the Tarvin Logistics Enterprise said expansion of its dry port was about 70 per cent complete. The project will lift the port\'s handling capacity to about 2 million tonnes a year, from roughly 800,000 tonnes. It is financed at a cost of 3.1 billion birr.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.capacity.map((c) => c.value), p.amount?.value]), [['logistics_hub', [2_000_000], 3_100_000_000]]);
});

test('a time of day is no count of what follows', () => {
  assert.deepEqual(docOf('At six in the morning the buses start arriving at the gate.').quantities, []);
  assert.deepEqual(docOf('Orvel will deliver 40 new electric buses.').quantities.map((q) => q.value), [40]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a link (a spur, a line, a network) built to an existing facility or to places it serves. The
// facility at the far end is where the link goes, not a project of its own, and the link is not a part of it.

test('a rail spur to a container terminal is a railway project; the terminal is only its destination', () => {
  const x = run('The Kessary Port Authority has proposed a 6-km rail spur to the Velmora container terminal, but no budget has been set.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.status, p.capacity.map((c) => c.value)]), [['railway', 'announced', [6]]]);
});

test('a fibre network to rural schools is a telecom project; the schools are what it serves', () => {
  const x = run('Under the agreement, Orvel Net will build a fibre network to 120 rural schools in Tarvin province for $5 million.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.amount?.value]), [['telecom_network', 5_000_000]]);
});

test('a pipeline laid to the plant the story is about serves that plant: no project of its own', () => {
  const x = run('Orvel Water is building a desalination plant at Kessary for the Tarvin utility. The contractor will also lay a 14-km pipeline to the plant from the coast.');
  assert.deepEqual(x.projects.map((p) => p.type), ['water_supply']);
});

test("a 'port authority' is a body, not a port: the spur it proposes to a terminal is still the only project", () => {
  const x = run("Velmora's port authority has separately proposed a dedicated rail spur to the Kessary container terminal, but no study has been published.");
  assert.deepEqual(x.projects.map((p) => [p.type, p.status]), [['railway', 'announced']]);
});

test('a fibre-optic network is a telecom network', () => {
  const x = run('Tarvin Telecom signed a $9 million contract to build a fibre-optic network in Kessary province.');
  assert.deepEqual(x.projects.map((p) => p.type), ['telecom_network']);
});

test("a pipeline from the plant under discussion 'to' a town's tanks serves the plant: the town is where the water goes", () => {
  const x = run('Orvel Water broke ground on a seawater desalination plant at Tarvin. The plant, with a 14-km pipeline to the Kessary storage tanks, is being developed by Orvel Water. It will cost $310 million.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.capacity.map((c) => c.value)]), [['water_supply', [14]]]);
});

test("'the Kessary group' in the sentence about the pipeline says where a shareholder comes from, not that the pipeline is elsewhere", () => {
  const x = run('Orvel Water broke ground on a seawater desalination plant at Tarvin. The plant, with a 14-km pipeline to the storage tanks, is owned 70% by Orvel Water and 30% by the Almaty group Kessary Holdings. It will cost $310 million.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.amount?.value]), [['water_supply', 310_000_000]]);
});

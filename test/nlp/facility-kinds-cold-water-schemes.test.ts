import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: works named by kinds the lexicon lacked (cold stores, irrigation schemes, treatment plants named
// by the water they make or clean, bus rapid transit, training of technicians), each with its spec TYPE and SECTOR.

const find = (x: ReturnType<typeof run>, type: string) => x.projects.find((q) => q.type === type);

test('a cold-storage facility is a logistics hub sized in tonnes', () => {
  const x = run('Fresco Logistics Inc. has begun building a cold-storage facility in Davao that will hold 4,000 tonnes of frozen fish.');
  const p = find(x, 'logistics_hub');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.sector, 'transport.logistics');
  assert.deepEqual(p.capacity.map((c) => [c.value, c.unit]), [[4000, 't']]);
});

test('a cold store at a harbour is a logistics hub, not the harbour', () => {
  const x = run('Tarvin Seafoods will spend $8 million on a cold store at Bitung with room for 2,500 tonnes.');
  assert.deepEqual(x.projects.map((p) => p.type), ['logistics_hub'], JSON.stringify(x.projects));
  assert.equal(x.projects[0].amount?.value, 8_000_000);
});

test('an irrigation scheme is irrigation works sized in hectares', () => {
  const x = run('The Andean Development Bank will lend $22 million for the Llanura irrigation scheme, which will water 3,100 hectares near Punata.');
  const p = find(x, 'irrigation');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.sector, 'agriculture');
  assert.equal(p.amount?.value, 22_000_000);
});

test('a drinking-water treatment plant is water supply works', () => {
  const x = run('Works on the Caracollo drinking-water treatment plant, built by Andes Hidro SRL for $14 million, began on Monday.');
  const p = find(x, 'water_supply');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.sector, 'water');
  assert.equal(p.amount?.value, 14_000_000);
});


test('a bus rapid transit line is road transport works with its length', () => {
  const x = run('The city of Velmora has signed a $140 million contract with Orvel Construction for a 21-km bus rapid transit line.');
  const p = find(x, 'road');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => [c.value, c.unit]), [[21, 'km']]);
});

test('a technician training programme is an education programme', () => {
  const x = run('Kestrel Nickel will fund a technician training scheme in Kendari for 300 young workers, costing $2 million.');
  const p = find(x, 'education_programme');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.sector, 'education');
});

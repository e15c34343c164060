import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. Works named by a count of schools or hospitals are sized by that count; the same count is only
// served by other works (a network to the schools), and a factory is still sized by what it makes.
const capacityOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.capacity.map((c) => `${c.value} ${c.unit}${c.item ? ` ${c.item}` : ''}`).sort();
};

test('a programme of twelve schools or eight hospitals is sized by the count', () => {
  assert.deepEqual(capacityOf('The Velmora Cooperation Agency signed an agreement with the education ministry to build twelve schools in Tarvin region.', 'education_facility'), ['12 units school']);
  assert.deepEqual(capacityOf('Kessary Health will build eight hospitals in Tarvin province under a $90 million loan.', 'hospital'), ['8 units hospital']);
});

test('schools a network reaches do not size the network', () => {
  assert.deepEqual(capacityOf('Under the agreement, Tarvin Net will build a 300-km fibre-optic network to 140 primary schools in Velmora province.', 'telecom_network'), ['300 km']);
});

test('a factory that makes counted things is sized by them', () => {
  assert.deepEqual(capacityOf('Kessary Rail will build a plant in Tarvin to assemble 120 locomotives a year.', 'manufacturing_plant'), ['120 units locomotive']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a feature that lists several factories of one kind, each with its own owner and cost.

const text = [
  'The biggest tenant is Orvel Tyre Co., Ltd. Its $200 million radial tyre factory started its first line in March and is designed to turn out four million car and light-truck tyres a year.',
  'Next door, steel frames are going up for Kessary Bicycle Manufacturing. The $30 million factory should open in December with capacity for 900,000 bicycles a year.',
].join('\n\n');

test('factories with different costs in one article are different projects', () => {
  const x = run(text, '2026-08-12');
  const plants = x.projects.filter((p) => p.type === 'manufacturing_plant');
  assert.equal(plants.length, 2, JSON.stringify(plants.map((p) => [p.name, p.amount?.value])));
});

test('each factory keeps its own count and cost', () => {
  const x = run(text, '2026-08-12');
  const byAmount = new Map(x.projects.map((p) => [p.amount?.value, p]));
  assert.deepEqual(byAmount.get(200_000_000)?.capacity.map((c) => [c.value, c.item]), [[4_000_000, 'tyre']]);
  assert.deepEqual(byAmount.get(30_000_000)?.capacity.map((c) => [c.value, c.item]), [[900_000, 'bicycle']]);
});

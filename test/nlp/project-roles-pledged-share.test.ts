import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "B has pledged to cover up to 85% of the cost", "B agreed to provide the rest", "B will cover the cost": a body
// that gives money for a share of the works' cost finances them, even with no sum named.

test('a body that pledged to cover a share of the cost finances the bridge', () => {
  const x = run([
    'Velkor Bau AG will build a 620-metre bridge over the Velmo river for $90 million.',
    'The Kessary Investment Fund has pledged to cover up to 85% of the cost.',
  ].join(' '));
  assert.equal(roleOf(x, 'bridge', 'Kessary Investment Fund'), 'financier', JSON.stringify(x.projects));
});

test('a bank that agreed to provide the rest of the money finances the plant', () => {
  const x = run([
    'Velkor Energy will build a 60 MW solar plant near Tarvin for $70 million.',
    'The Kessary Investment Bank agreed to provide the rest.',
  ].join(' '));
  assert.equal(roleOf(x, 'solar_power_plant', 'Kessary Investment Bank'), 'financier', JSON.stringify(x.projects));
});

test('a body that covers a share of a market is no financier', () => {
  const x = run([
    'Velkor Energy will build a 60 MW solar plant near Tarvin for $70 million.',
    'Lomsk Power Distribution will cover 40% of the regional market after the merger, the regulator said.',
  ].join(' '));
  assert.notEqual(roleOf(x, 'solar_power_plant', 'Lomsk Power Distribution'), 'financier', JSON.stringify(x.projects));
});

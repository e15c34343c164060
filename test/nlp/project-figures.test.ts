import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('the investment a project brings "into the region\'s economy" is its amount; a sum put into the economy by many is not', () => {
  const x = run("Orda Wind LLP is building a 500 MW wind farm near Ereymentau. Its owners say the farm means roughly $600 million of investment into the region's economy.");
  const p = x.projects.find((q) => q.type === 'wind_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.amount?.value, 600_000_000);
  const y = run("Orda Wind LLP is building a 500 MW wind farm near Ereymentau. Foreign firms have put $5 billion into the region's economy since 2015, the farm included.");
  assert.equal(y.projects.find((q) => q.type === 'wind_power_plant')?.amount ?? null, null);
});

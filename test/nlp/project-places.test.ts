import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('a place a bearing is taken from ("north-west of X") locates the works by it; it is not their place', () => {
  const x = run('Orda Hydro LLP will build a 400 MW hydropower plant in the foothills north-west of Shymkent, on the Arys river.');
  const p = x.projects.find((q) => q.type === 'hydro_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(!p.places.includes('Shymkent'), p.places.join('|'));
});

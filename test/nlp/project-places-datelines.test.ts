// Datelines: the outlet credited in the dateline's parentheses is no place, and a place opening the body before a colon
// is where the story was filed; neither is where the works stand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('the outlet credited in a dateline gives no place, though its name holds one', () => {
  const x = run('PLEVEN, March 3 (Balkan Wire) — Orbis Solar AD began building a 50 MW solar plant on Monday.');
  assert.ok(!names(x.places).some((n) => /balkan/i.test(n)), names(x.places).join('|'));
  assert.deepEqual(x.projects.find((p) => p.type === 'solar_power_plant')?.places, []);
});

test('a place before a colon opening the body is where the story was filed', () => {
  const x = run('PLEVEN: Orbis Solar AD began building a 50 MW solar plant on Monday.');
  assert.deepEqual(x.projects.find((p) => p.type === 'solar_power_plant')?.places, []);
});

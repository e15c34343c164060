import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "B, a subsidiary of A, will open a data centre": "subsidiary of" after B names B as the held company; it owns nothing
// by that, and with no other cue it is the vehicle that develops the works.
test('a body described as "a subsidiary of" another develops the works, not owns them', () => {
  const x = run('Tarsk Digital S.A., a subsidiary of Hexi Data Holdings Inc., will open a 20 MW data centre near Ostrel in 2027, the company said.');
  assert.equal(roleOf(x, 'data_center', 'Tarsk Digital S.A.'), 'developer', JSON.stringify(x.projects));
});

// Counter-cases: a nearer cue still gives the child its part; a parent named before "its subsidiary" stays the owner.
test('a subsidiary with its own cue keeps it', () => {
  const x = run('Ostrel Wind LLC is building a 120 MW wind farm near Tarsk. Tarsen Turbines Ltd, a subsidiary of Hexi Group, will supply the turbines for the wind farm.');
  assert.equal(roleOf(x, 'wind_power_plant', 'Tarsen Turbines Ltd'), 'supplier', JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a group of small plants sized by their combined capacity, and a definite reference whose
// figure is followed by a hyphenated modifier ("the 120-km double-circuit line").

test('three small plants with a combined capacity: the combined figure is the project capacity', () => {
  const x = run('Dunvale Hydro will refurbish four small hydropower plants on the Brenmoor river, with a combined capacity of 7.2 MW.');
  const p = x.projects.find((q) => q.type === 'hydro_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => [c.value, c.unit]), [[7.2, 'MW']]);
});

test('"the 120-km double-circuit line" refers back to the transmission line and sizes it', () => {
  const x = run('Kessary Power has started work on a 330 kV transmission line from Tarvin to Velmora. The 120-km double-circuit line, with a new substation at each end, is being built by Orvel Grid.');
  assert.deepEqual(x.projects.map((p) => p.type), ['transmission_line'], JSON.stringify(x.projects));
  assert.deepEqual(x.projects[0].capacity.map((c) => [c.value, c.unit]), [[120, 'km']]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: an existing facility named as the place goods pass through, and facility words used as
// figures of speech, are no projects.

test('a port where new wagons were unloaded is a waypoint of the delivery, not a project', () => {
  const x = run("The first 40 of 300 new wagons ordered by Tarvin Rail were unloaded at Kessary's Velmora Deepwater Port last week, the operator said.");
  assert.deepEqual(x.projects.map((p) => p.type), ['rolling_stock']);
});

test("'off the road' and 'in the pipeline' are figures of speech, not a road or a pipeline", () => {
  const x = run('Tarvin Rail has ordered 300 new wagons from Orvel Works. "Every train we add takes about sixty trucks off the road to Kessary," the chief executive said. Officials say more orders worth $2 billion are in the pipeline in Kessary province.');
  assert.deepEqual(x.projects.map((p) => p.type), ['rolling_stock']);
});

test('the port goods were unloaded at is no place of the fleet, and a line that opened years ago does not make the order operating', () => {
  const x = run("The first 40 of 300 new wagons ordered by Tarvin Rail were unloaded at Kessary's Velmora Deepwater Port last week, the first fleet addition on the 700-km line since it opened in 2016.", '2025-10-22');
  const p = x.projects.find((q) => q.type === 'rolling_stock');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.places, []);
  assert.notEqual(p.status, 'operating');
});

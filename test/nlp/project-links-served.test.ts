import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a line or pipe built "from the plant" serves the plant under discussion, wherever it ends;
// its length is an item capacity of that plant.

test("a line 'from the plant to the substation at' a town is part of the plant, with its length", () => {
  const x = run('Orvel Hydro is building the 300 MW Tarvin hydroelectric plant on the Kessary river. The contractor will also build a 45-kilometre, 230 kV line from the plant to the substation at Velmora City, which is included in the price.');
  assert.deepEqual(x.projects.map((p) => p.type), ['hydro_power_plant']);
  assert.deepEqual(x.projects[0].capacity.map((c) => [c.value, c.unit]), [[300, 'MW'], [45, 'km']]);
});

test('a pipeline laid for the plant under discussion gives the plant its length', () => {
  const x = run('Orvel Water broke ground on a seawater desalination plant at Tarvin that will produce 50,000 cubic metres a day. The contractor will also lay a 12-km pipeline to the city tanks.');
  assert.deepEqual(x.projects.map((p) => p.type), ['water_supply']);
  assert.deepEqual(x.projects[0].capacity.map((c) => [c.value, c.unit]), [[50000, 'm3/d'], [12, 'km']]);
});

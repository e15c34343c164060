import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: the size of a part a project is said to include is an item of the project, and does not stand in
// for the project's own size named in the same sentence.

test("'the 42-km Brenmoor bypass includes a 3.4-km viaduct': the bypass keeps its own 42 km beside the viaduct's 3.4 km", () => {
  const x = run('The 42-km Brenmoor bypass, which Calvaro Roads JSC started building in May, includes a 3.4-km viaduct over the Selva valley and four interchanges.');
  const road = x.projects.find((p) => p.type === 'road');
  assert.ok(road, JSON.stringify(x.projects));
  assert.deepEqual(road.capacity.map((c) => [c.value, c.unit]).sort(), [[3.4, 'km'], [42, 'km']]);
});

test('a plant served by a pipeline of given length takes its own output from the next sentence as capacity', () => {
  const x = run('Tessaro Water will build a desalination plant with a 12-km intake pipeline near Velmora. Its capacity will be 80,000 cubic metres a day.');
  const plant = x.projects.find((p) => p.type === 'water_supply');
  assert.ok(plant, JSON.stringify(x.projects));
  assert.ok(plant.capacity.some((c) => c.value === 80_000), JSON.stringify(plant.capacity));
});

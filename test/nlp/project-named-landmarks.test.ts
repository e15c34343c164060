import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// A facility known by its own name after a word of nearness ("next to the Iernut gas power plant", "downstream of the
// Strejesti hydropower plant") says where the news's works are: a reference point, not a project, unless the text has
// already made a project of that name.

test('a named plant next to the works is a reference point', () => {
  const p = run('Drava Solar SRL will build a solar park near Turda for 70 million euros, next to the Iernut gas power plant, which Romgaz runs.').projects;
  assert.deepEqual(p.map((x) => x.type), ['solar_power_plant']);
});

test('a named plant of the same kind downstream of the works is a reference point', () => {
  const p = run('Hidro Olt SA will spend 40 million euros on a new hydropower plant at Slatina. The site lies downstream of the Strejesti hydropower plant, which was completed in 1979.').projects;
  assert.equal(p.length, 1);
  assert.equal(p[0].amount?.value, 40_000_000);
});

test('a project named before stays a project when named again after a word of nearness', () => {
  const p = run('Hidro Olt SA will build the Slatina hydropower plant for 40 million euros. A fish pass will be built next to the Slatina hydropower plant.').projects;
  assert.equal(p.length, 1);
  assert.equal(p[0].amount?.value, 40_000_000);
});

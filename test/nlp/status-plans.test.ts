import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a verb of making or growing works after a plan marker ("will", "would", "is to be") states a
// plan (statuses.json works_verbs, plan_markers); the papers a plan is for keep their own stage.
const statusOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.status;
};

test("'would expand', 'is to be built', 'will set up' make the works announced", () => {
  assert.equal(statusOf('Orsk Metals said it would expand its copper smelter in Kessary by 2028.', 'manufacturing_plant'), 'announced');
  assert.equal(statusOf('A 300 MW solar park near Brenmoor is to be built by Halden Power.', 'solar_power_plant'), 'announced');
  assert.equal(statusOf('Dunmore Ports will soon set up a container terminal at Calvaro, with 500,000 TEU of capacity.', 'port'), 'announced');
});

test('a works verb with no plan marker says nothing; a contract to build stays agreed', () => {
  assert.equal(statusOf('Orsk Metals expanded its copper smelter in Kessary, the company said.', 'manufacturing_plant'), 'announced'); // no cue of its own: the no-cue status
  assert.equal(statusOf('Halden Power holds a contract to expand the 300 MW solar park near Brenmoor.', 'solar_power_plant'), 'agreed');
});

test("'seeking partners' is a plan; 'is 60% complete' is construction", () => {
  assert.equal(statusOf('Tessaro Rail is seeking partners for a 120-km railway between Velmora and Tarvin.', 'railway'), 'announced');
  assert.equal(statusOf('The 45-km Tarvin ring road is now 60% complete, Calvaro Roads said.', 'road'), 'construction');
});

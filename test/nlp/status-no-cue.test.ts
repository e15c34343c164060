import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented stories naming works with no word of their stage: such works, in this news, are proposed or discussed.

const statusOf = (text: string, type: string) => {
  const x = run(text, '2026-05-04');
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.status;
};

test('works named with no cue of their stage are announced', () => {
  assert.equal(statusOf('The 120 MW Kesh wind farm in Dara province would supply 40,000 homes, Velmora Energy said.', 'wind_power_plant'), 'announced');
});

test('a cue still decides, and progress with nothing more stays unknown', () => {
  assert.equal(statusOf('The 120 MW Kesh wind farm in Dara province is under construction, Velmora Energy said.', 'wind_power_plant'), 'construction');
  assert.equal(statusOf('The 120 MW Kesh wind farm in Dara province was commissioned on Monday.', 'wind_power_plant'), 'operating');
  assert.equal(statusOf('The minister of Dara province reviewed progress on the project, the 120 MW Kesh wind farm of Velmora Energy.', 'wind_power_plant'), 'unknown');
});

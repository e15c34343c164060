import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// "A is building a wind farm in Zhanatas. Last year B supplied turbines for a wind farm in Mongolia built by C.": an
// indefinite facility placed in another country than the works under discussion is another facility; its parties are
// not the first one's.

const orgsOf = (text: string, type: string) => run(text).projects.filter((p) => p.type === type).map((p) => p.organizations.map((o) => o.name));

test('a wind farm "in Mongolia" after one in a Kazakh town is another wind farm with its own parties', () => {
  const sets = orgsOf('Korvath Energy is building a 100 MW wind farm in Zhanatas. Last year Sorvik Turbines A/S supplied turbines for a wind farm in Mongolia built by Pirrel Engineering Ltd.', 'wind_power_plant');
  assert.deepEqual(sets[0], ['Korvath Energy']);
});

test('a solar plant "in Uzbekistan" after one near a Kazakh town does not lend its builder', () => {
  const sets = orgsOf('Tallis Power Ltd plans a 50 MW solar plant near Shymkent, its chief executive said.\n\nOstra Builders Ltd, which has worked with the company before, completed a solar plant in Uzbekistan in 2022.', 'solar_power_plant');
  assert.deepEqual(sets[0], ['Tallis Power Ltd']);
});

test('counter-case: the same country named again (the country of the town) stays the same works', () => {
  const x = run('Korvath Energy is building a 100 MW wind farm in Zhanatas. Sorvik Turbines A/S will supply turbines for a wind farm in Kazakhstan that Korvath Energy is building.');
  const p = x.projects.filter((q) => q.type === 'wind_power_plant');
  assert.equal(p.length, 1);
  assert.ok(p[0].organizations.some((o) => o.name === 'Sorvik Turbines A/S'));
});

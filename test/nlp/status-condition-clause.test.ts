import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a works cue inside a clause of time or condition ("when the first one is under construction")
// names what a plan waits for, not where the works stand.

const statusOf = (x: ReturnType<typeof run>, type: string) => x.projects.find((p) => p.type === type)?.status ?? JSON.stringify(x.projects.map((p) => p.name));

test("'would be offered \"when the first one is under construction\"' is a plan", () => {
  const x = run('A second phase of the Dobrich solar park, which could add another 300 MW, would be offered to bidders "when the first one is under construction", the deputy minister said.');
  assert.equal(statusOf(x, 'solar_power_plant'), 'announced');
});

test("a works cue outside such a clause still stands", () => {
  const x = run('The Dobrich solar park is under construction, the deputy minister said.');
  assert.equal(statusOf(x, 'solar_power_plant'), 'construction');
});

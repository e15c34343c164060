import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: someone wanting works, or works still to be tendered, is a plan (spec: announced).

const statusOf = (x: ReturnType<typeof run>, type: string) => x.projects.find((p) => p.type === type)?.status ?? JSON.stringify(x.projects.map((p) => p.name));

test("'the miner also wants a 40 MW solar plant at X' is announced", () => {
  const x = run('Rhodope Metals also wants a 40 MW solar plant at Madan to cut its power bill.');
  assert.equal(statusOf(x, 'solar_power_plant'), 'announced');
});

test("'a 30-km pipeline ... will be tendered separately' is announced", () => {
  const x = run('The Kardzhali water pipeline, a 30-km line to the Studen Kladenets reservoir, will be tendered separately by Rhodope Water.');
  assert.equal(statusOf(x, 'water_supply'), 'announced');
});

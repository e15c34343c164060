import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. A phrasal cue with its object in the middle ("put the plant into service") is the joined cue
// (statuses.json split_cues); the works noun with a weak verb of going on ("construction of the factory continues") is
// a firm fact; the works noun modifying paperwork ("a construction permit") is no works.
const statusOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.status;
};

test("'put the wind farm into service', 'brought both units online' are operating; with 'will' a plan", () => {
  assert.equal(statusOf('Halvern Power put the 40 MW Kessary wind farm into service on Monday.', 'wind_power_plant'), 'operating');
  assert.equal(statusOf('Tarvo Energy brought the 120 MW Brenmoor gas plant online last week.', 'thermal_power_plant'), 'operating');
  assert.equal(statusOf('Halvern Power will put the 40 MW Kessary wind farm into service in May.', 'wind_power_plant'), 'announced');
});

test("'put the tender for the wind farm on hold' is cancelled", () => {
  assert.equal(statusOf('Halvern Power put the tender for the 40 MW Kessary wind farm on hold.', 'wind_power_plant'), 'cancelled');
});

test("'Construction of the wind farm continues' after 'not cancelled' is construction; 'will continue' stays a plan", () => {
  assert.equal(statusOf('The 40 MW Kessary wind farm of Halvern Power is delayed but not cancelled. Construction of the wind farm continues.', 'wind_power_plant'), 'construction');
  assert.equal(statusOf('The 40 MW Kessary wind farm of Halvern Power will open a year late. Construction of the wind farm continues, the company said.', 'wind_power_plant'), 'construction');
  assert.equal(statusOf('The 40 MW Kessary wind farm of Halvern Power is planned. Construction of the wind farm will continue next year.', 'wind_power_plant'), 'announced');
});

test("'needs a construction permit' says nothing of works", () => {
  assert.equal(statusOf('The 40 MW Kessary wind farm of Halvern Power still needs a construction permit.', 'wind_power_plant'), 'announced'); // no cue of its own: the no-cue status
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. Spec: a partly opened line is operating; a tender is a proposal (announced).

const statusOf = (text: string, type: string) => run(text).projects.find((p) => p.type === type)?.status;

test('the first megawatts connected make a plant operating, though the rest is still to come', () => {
  assert.equal(statusOf('Orvel Solar said it had connected the first 40 megawatts of a 120-megawatt solar plant near Tarvin to the grid last week.', 'solar_power_plant'), 'operating');
});

test('a plant already feeding the grid is operating while its last parts arrive', () => {
  assert.equal(statusOf('The Kessary wind farm has been feeding the grid since May, and the last turbines arrive in June.', 'wind_power_plant'), 'operating');
});

test('bids invited for works are a proposal: announced', () => {
  assert.equal(statusOf('In March the Tarvin Port Agency invited bids for a container terminal at Kessary.', 'port'), 'announced');
});

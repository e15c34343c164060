import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented articles. News often opens on the stop of a scheme called by its name ("cancelled the Amber Bay scheme")
// and only later says what the works were ("The 300 MW Amber Bay wind farm was to be built by ..."): the stop said of
// the named scheme is the status of the works that carry that name.

const statusOf = (body: string, type: string) => run(body, '2026-01-10', 'Kestria energy news').projects.find((p) => p.type === type)?.status;

test("a stop of 'the Amber Bay scheme' told before the Amber Bay wind farm is named is the wind farm's", () => {
  assert.equal(statusOf('The government of Kestria on Monday cancelled the Amber Bay scheme, citing costs.\n\n'
    + 'The energy ministry said the decision was final.\n\n'
    + 'The 300 MW Amber Bay wind farm near Osk was to be built by Velmora Power with turbines from Dorsk Turbines.', 'wind_power_plant'), 'cancelled');
});

test("a stop of 'the Amber Bay project' is that of the wind farm at Amber Bay", () => {
  assert.equal(statusOf('Kestria has shelved the Amber Bay project after a court ruling, the energy ministry said on Monday.\n\n'
    + 'Velmora Power had planned a 300 MW wind farm at Amber Bay, near Osk, with turbines from Dorsk Turbines.', 'wind_power_plant'), 'cancelled');
});

test('counter-case: a stop of a scheme of another name leaves the wind farm as it was', () => {
  assert.equal(statusOf('The government of Kestria on Monday cancelled the Tarvin Hills scheme, citing costs.\n\n'
    + 'The energy ministry said the decision was final.\n\n'
    + 'The 300 MW Amber Bay wind farm near Osk is to be built by Velmora Power with turbines from Dorsk Turbines.', 'wind_power_plant'), 'announced');
});

test('counter-case: a denied stop of the named scheme cancels nothing', () => {
  assert.equal(statusOf('The government of Kestria said on Monday it had not cancelled the Amber Bay scheme.\n\n'
    + 'The 300 MW Amber Bay wind farm near Osk is to be built by Velmora Power with turbines from Dorsk Turbines.', 'wind_power_plant'), 'announced');
});

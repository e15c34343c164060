import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// A public body that is the subject of a verb of undertaking with the works as its object (roles sponsor_verbs) is
// the works' developer; one that only comments or approves keeps 'other'.
test('a public body that breaks ground on, proposes or tenders the works develops them', () => {
  const a = run('The Ministry of Education broke ground on Monday on a 1,200-student technical college in Kessary, financed by the Velmora Development Bank.');
  assert.equal(roleOf(a, 'education_facility', 'Ministry of Education'), 'developer', JSON.stringify(a.projects));
  const b = run('The Tarvin Ports Authority (TPA) has proposed a new 400-metre container berth at Ostrava Bay.');
  assert.equal(roleOf(b, 'port', 'Tarvin Ports Authority'), 'developer', JSON.stringify(b.projects));
  const c = run('The Water Resources Agency of Belmora tendered a 200 MW pumped-storage hydropower plant at Lake Orvik last week.');
  assert.equal(roleOf(c, 'hydro_power_plant', 'Water Resources Agency of Belmora'), 'developer', JSON.stringify(c.projects));
});

test('a public body that only approves or comments on the works is not their developer', () => {
  const x = run('The Ministry of Environment approved on Monday the assessment for a 300 MW wind farm near Kessary that Ardlow Wind Ltd is building.');
  assert.notEqual(roleOf(x, 'wind_power_plant', 'Ministry of Environment'), 'developer', JSON.stringify(x.projects));
});

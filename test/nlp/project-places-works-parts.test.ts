// A sentence right after the works were named that says where their parts or their ground stand ("The turbines will
// stand on a ridge near X", "The 400-hectare plot is near X") goes on about those works: its places are theirs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

function placesOf(text: string, type: string): string[] {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects));
  return p.places;
}

test('the place where the works\' parts or plot stand, said right after the works, is theirs', () => {
  const a = placesOf('Quillon Power signed a deal to build a 120 MW wind farm. The turbines will stand on a ridge near Bebrovo, in Lovech Province.', 'wind_power_plant');
  assert.deepEqual([...a].sort(), ['Bebrovo', 'Lovech Province']);
  const b = placesOf('Quillon Power has signed a contract to build a 200 MW solar plant for the national grid company. The 400-hectare plot is near the town of Bebrovo in Lovech Province.', 'solar_power_plant');
  assert.ok(b.includes('Bebrovo'), JSON.stringify(b));
  const c = placesOf('Quillon Power has signed a contract to build a 200 MW solar plant for the national grid company. The panels will be installed on former farmland near Bebrovo.', 'solar_power_plant');
  assert.deepEqual(c, ['Bebrovo']);
});

test('parts made, shipped or said elsewhere give the works no place', () => {
  // (where the parts are made is no place of the works)
  const a = placesOf('Quillon Power signed a deal to build a 120 MW wind farm near Lovech. The turbines will be made in Varna by Orin Wind.', 'wind_power_plant');
  assert.deepEqual(a, ['Lovech']);
  // (no verb of standing: a sentence about the parts' supplier)
  const b = placesOf('Quillon Power signed a deal to build a 120 MW wind farm near Lovech. The turbines come from a factory in Varna.', 'wind_power_plant');
  assert.deepEqual(b, ['Lovech']);
  // (not right after the works: another paragraph about something else)
  const c = placesOf('Quillon Power signed a deal to build a 120 MW wind farm near Lovech.\n\nElsewhere, the ministry reviewed its budget.\n\nThe plot is near Varna, officials said of a housing scheme.', 'wind_power_plant');
  assert.ok(!c.includes('Varna'), JSON.stringify(c));
});

test('a part or plot said to be sold or leased is no statement of where the works stand', () => {
  const a = placesOf('Quillon Power signed a deal to build a 120 MW wind farm near Lovech. The plot is to be leased from Varna investors.', 'wind_power_plant');
  assert.deepEqual(a, ['Lovech']);
});

// A place that works give their output or their benefits to ("which will supply Lovech", "bring jobs and cheap power to
// Lovech") is served by them, not where they stand; lines and water works keep the places they reach or supply.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

function placesOf(text: string, type: string): string[] {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects));
  return p.places;
}

test('a town a power plant supplies or brings jobs to is not where it stands', () => {
  const a = placesOf('Quillon Power will build a 200 MW solar plant near Pleven, which will supply Lovech and Varna.', 'solar_power_plant');
  assert.deepEqual(a, ['Pleven']);
  const b = placesOf('Quillon Power will build a 200 MW solar plant near Pleven. "This plant will bring jobs and cheap power to Lovech and to the whole north," the minister said.', 'solar_power_plant');
  assert.deepEqual(b, ['Pleven']);
  const c = placesOf('Quillon Power will build a 200 MW solar plant near Pleven. The plant will supply power to Lovech.', 'solar_power_plant');
  assert.deepEqual(c, ['Pleven']);
});

test('lines keep the place they run to, and water works the towns they supply', () => {
  const a = placesOf('Quillon Grid will build a 400-km power line from Pleven to supply Lovech.', 'transmission_line');
  assert.ok(a.includes('Lovech'), JSON.stringify(a));
  const b = placesOf('Orvane Water will build a $60 million desalination plant on the coast near Varna that will supply Lovech.', 'water_supply');
  assert.ok(b.includes('Lovech'), JSON.stringify(b));
  // (a place after "to" with no verb of serving before it is still the works' own: "a plant close to Lovech")
  const c = placesOf('Quillon Power will build a 200 MW solar plant close to Lovech.', 'solar_power_plant');
  assert.deepEqual(c, ['Lovech']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. "turbines of 6 MW" sizes one unit (no capacity of the plant), and a total right after such unit
// sizes ("a total of 504 MW", "totalling 600 MW") is the plant's own size, not a sum over several deals; a total in
// another clause stays an aggregate.
const capacityOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.capacity.filter((c) => c.unit === 'MW').map((c) => `${c.value} ${c.unit}`).sort();
};

test("'84 turbines of 6 MW, a total of 504 MW' is 504 MW", () => {
  assert.deepEqual(capacityOf('Orvane Wind will build the Kessary wind farm with 84 turbines of 6 MW, a total of 504 MW.', 'wind_power_plant'), ['504 MW']);
  assert.deepEqual(capacityOf('The Kessary hydropower plant of Orvane Hydro will have four turbines of 150 MW each, totalling 600 MW.', 'hydro_power_plant'), ['600 MW']);
});

test("'reactors of 250 MW' alone sizes one unit", () => {
  assert.deepEqual(capacityOf('The Kessary nuclear plant of Orvane Atom will have four reactors of 250 MW.', 'nuclear_power_plant'), []);
  assert.deepEqual(capacityOf('The Kessary wind farm of Orvane Wind will have 84 turbines of 6 MW.', 'wind_power_plant'), []);
});

test('a total in another clause is not the plant size', () => {
  assert.deepEqual(capacityOf('The Kessary hydropower plant of Orvane Hydro will have two 150 MW units; Orvane Hydro has a total of 2,000 MW in Velmora.', 'hydro_power_plant'), []);
});

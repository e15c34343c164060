import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. The size a plant has now, in a sentence saying what it will grow to, is no capacity (gold
// convention: current capacity before an expansion); a second figure of the same unit naming another product
// ("... of ore, yielding ... of copper") is another output, not a comparison.
const capacityOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.capacity.map((c) => `${c.value} ${c.unit}`).sort();
};

test("'which currently has 400 MW, will grow to 650 MW' keeps 650 MW only", () => {
  assert.deepEqual(capacityOf('The Tarso gas plant, which currently has 400 MW, will grow to 650 MW after the expansion by Halvern Power.', 'thermal_power_plant'), ['650 MW']);
  assert.deepEqual(capacityOf('The Brenmoor cement plant of Tessaro Cement, now producing 1.2 million tonnes a year, will be expanded to 2 million tonnes.', 'manufacturing_plant'), ['2000000 t']);
});

test("a plant that 'now has 650 MW' with no growth in the sentence keeps it", () => {
  assert.deepEqual(capacityOf("Halvern Power's Tarso gas plant now has 650 MW.", 'thermal_power_plant'), ['650 MW']);
});

test('two products in one unit are both capacities; a comparison in the same product is not', () => {
  assert.deepEqual(capacityOf('The Brenmoor mine of Tessaro Metals will produce 3 million tonnes of ore a year, yielding 60,000 tonnes of copper.', 'mine'), ['3000000 t', '60000 t']);
  assert.deepEqual(capacityOf('The Brenmoor fertiliser plant of Tessaro Agro will make 1 million tonnes of urea and 400,000 tonnes of ammonia a year.', 'fertilizer_plant'), ['1000000 t', '400000 t']);
  assert.deepEqual(capacityOf('The Brenmoor smelter of Tessaro Metals will produce 200,000 tonnes of aluminium a year, up from 150,000 tonnes of aluminium now.', 'manufacturing_plant'), ['200000 t']);
  assert.deepEqual(capacityOf('The Brenmoor smelter of Tessaro Metals will produce 200,000 tonnes a year, more than the 150,000 tonnes of the old plant.', 'manufacturing_plant'), ['200000 t']);
});

test("'already produce 450 MW; a new section will add 200 MW': what is added is the works' size, the rest their base", () => {
  assert.deepEqual(capacityOf('The Tarso power station of Halvern Power is being converted to combined cycle. Its three gas turbines already produce about 450 MW; a new steam section will add 200 MW without burning more gas.', 'thermal_power_plant'), ['200 MW']);
});

test("a plant that 'already has 650 MW', with nothing added in the sentence, keeps it", () => {
  assert.deepEqual(capacityOf("Halvern Power's Tarso gas plant already has 650 MW and sells all of it to the grid.", 'thermal_power_plant'), ['650 MW']);
});

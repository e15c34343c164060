import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a venture set up to make vehicles is a factory; an order for a number of vehicles is a fleet.

test("'a joint venture to assemble locomotives in Izmir' is a factory, and 'the plant' then names it", () => {
  const x = run('Orvel Rail and Kessary Railways plan a joint venture to assemble locomotives in Izmir. Under their plan, the plant would supply 120 mainline and 40 shunting locomotives over ten years. Investment in the assembly plant is estimated at $90 million.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.capacity.map((c) => c.value), p.amount?.value]), [['manufacturing_plant', [160], 90_000_000]]);
});

test("'to build metro coaches in Izmir' is a coach factory; a count of coaches a year is its output", () => {
  const x = run('Orvel Transit and Kessary Industries said they would set up a joint venture to build metro coaches in Izmir. The plant, which will cost $200 million, is designed to turn out up to 250 stainless-steel coaches a year for metro networks at home and abroad.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.capacity.map((c) => c.value)]), [['manufacturing_plant', [250]]]);
});

test('an order for a number of coaches is still a fleet', () => {
  const x = run('Tarvin Metro ordered 40 metro coaches from Orvel Transit for $120 million.');
  assert.deepEqual(x.projects.map((p) => p.type), ['rolling_stock']);
});

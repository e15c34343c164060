import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: plain names of fossil power plants ("a gas plant", "a coal plant") are thermal power plants, and
// placing an order is an agreement.

test("'a 400 MW gas plant', 'a coal plant', 'a diesel plant' are thermal power plants with their size", () => {
  for (const fuel of ['gas', 'coal', 'diesel']) {
    const x = run(`Orsk Power will build a 400 MW ${fuel} plant at Tarvin, at a cost of $380 million.`);
    assert.deepEqual(x.projects.map((p) => [p.type, p.capacity.map((c) => c.value), p.amount?.value]), [['thermal_power_plant', [400], 380_000_000]], fuel);
  }
});

test("'placed an order for 40 locomotives' is agreed", () => {
  const x = run('Kessary Rail placed an order for 40 electric locomotives worth $200 million with Velmora Works.');
  assert.equal(x.projects.find((p) => p.type === 'rolling_stock')?.status, 'agreed');
});

test("'a solar and battery plant' is one solar plant, not a solar plant and a battery factory", () => {
  const x = run('Tarvin Sun Ltd signed a power purchase agreement for a 45 MW solar and battery plant near Kessary.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.capacity.map((c) => c.value)]), [['solar_power_plant', [45]]]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "A signed a 20-year agreement to buy the output of a solar farm ... from B": the infinitive after the agreement
// noun says what the subject undertook, however far the facility is; A buys, B (the seller) develops.
test('the subject of an agreement to buy the output is the buyer', () => {
  const x = run('Velmora\'s Ostrel Power Corporation (OPC) on Thursday signed a 20-year agreement to buy the output of a 15 MW solar farm with a 30 MWh battery at Tarsk, next to the port, from Kessary Sun Energy Ltd.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Ostrel Power Corporation'), 'buyer', JSON.stringify(x.projects));
});

// The same with a supply verb: the subject supplies.
test('the subject of a deal to supply the works is the supplier', () => {
  const x = run('Hexi Turbine Works Co., Ltd. on Monday signed a deal to supply twenty-four turbines for a 120 MW wind farm near Tarsk.');
  assert.equal(roleOf(x, 'wind_power_plant', 'Hexi Turbine Works Co., Ltd.'), 'supplier', JSON.stringify(x.projects));
});

// Counter-case: an agreement to build leaves the subject's part to the usual cues (the developer here).
test('the subject of an agreement to build keeps its part', () => {
  const x = run('Ostrel Power Corporation on Thursday signed an agreement to build a 15 MW solar farm at Tarsk, next to the port.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Ostrel Power Corporation'), 'developer', JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Geothermal and biomass plants: thermal power plants in the renewables sector (facilities.json _renewable_thermal).

test('a geothermal plant is a renewable thermal power plant with its megawatts', () => {
  const x = run('Tarvenna Orka Ltd will build a 35 MW geothermal plant near Menengai, the company said.');
  const p = x.projects.find((q) => q.type === 'thermal_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.sector, 'energy.renewables');
  assert.deepEqual(p.capacity.map((c) => [c.value, c.unit]), [[35, 'MW']]);
});

test('a biomass power plant fired with husks is a renewable thermal power plant', () => {
  const x = run('Delmar Agro Energy signed a contract for a 12 MW biomass power plant that will burn rice husks near Battambang.');
  const p = x.projects.find((q) => q.type === 'thermal_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.sector, 'energy.renewables');
});

test('a gas-fired plant stays in the power sector', () => {
  const x = run('Delmar Grid will build a 300 MW gas-fired plant near Battambang.');
  assert.equal(x.projects.find((q) => q.type === 'thermal_power_plant')?.sector, 'energy.power');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Which kinds of figure count as a facility's capacity (data/lexicon/facilities.json capacity_kinds).
const caps = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.capacity.map((c) => [c.value, c.unit]).sort();
};

test('a wind farm counts its turbines beside its power', () => {
  assert.deepEqual(caps('Harbin Breeze LLC will erect a wind farm of 240 MW with forty turbines near Tovuz.', 'wind_power_plant'), [[240, 'MW'], [40, 'units']]);
});

test('a solar plant with a battery keeps the storage in MWh, but not its yearly output', () => {
  assert.deepEqual(caps('Pacific Sunfield Ltd will build a 20 MW solar farm near Lautoka with a battery of 30 MWh.', 'solar_power_plant'), [[20, 'MW'], [30, 'MWh']]);
  assert.deepEqual(caps('Pacific Sunfield Ltd will build a 20 MW solar farm near Lautoka that yields 35 GWh a year.', 'solar_power_plant'), [[20, 'MW']]);
});

test('a factory may be sized by the area of film or sheet it turns out a year', () => {
  assert.deepEqual(caps('Danube Foils Kft. is building a factory in Győr to make 90 million square metres of membrane a year.', 'manufacturing_plant'), [[90e6, 'm2']]);
});

test('berths are a design feature of a terminal, not its capacity', () => {
  assert.deepEqual(caps('Lagoon Box Terminals will build a container terminal at Tema with three berths and a capacity of 500,000 TEU a year.', 'port'), [[500000, 'TEU']]);
});

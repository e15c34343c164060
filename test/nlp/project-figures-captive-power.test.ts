import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. A captive power unit is power made on site for works of another kind: a part of those works (spec:
// storage or a substation built as part of a plant belongs to that plant's project), its size an item capacity of
// theirs, not a power project of its own.

const caps = (text: string) => run(text).projects.map((p) => `${p.type}: ${p.capacity.map((c) => `${c.value} ${c.unit}`).join(', ')}`);

test("'The complex includes ... a 25 MW captive power unit': a part of the washing plant", () => {
  assert.deepEqual(caps('Dorsk Mining is building a coal washing plant at Osk for 10 million tonnes of coal a year. The complex includes a 40-km water pipeline from the Tarvin basin and a 25 MW captive power unit.'),
    ['mine: 10000000 t, 40 km, 25 MW']);
});

test('a captive power unit named in the next sentence is a part of the plant under discussion', () => {
  assert.deepEqual(caps('Dorsk Chemicals is building a urea plant at Osk for 1 million tonnes a year. The increase pays for a 100MW gas-fired captive power unit, a bigger storage hall and a rail terminal.'),
    ['fertilizer_plant: 1000000 t, 100 MW']);
});

test('counter-cases: a captive unit for a plant named after it, a power plant of its own', () => {
  const x = caps('Dorsk Chemicals is building a urea plant at Osk for 1 million tonnes a year.\n\nIn other news, Tarvin Power will build a 100 MW captive power unit for the Brill smelter.');
  assert.equal(x.find((c) => c.startsWith('fertilizer_plant')), 'fertilizer_plant: 1000000 t');
  assert.deepEqual(caps('Dorsk Chemicals is building a urea plant at Osk for 1 million tonnes a year. Separately, Tarvin Power signed a contract for a 300 MW gas-fired power plant at Brill.').sort(),
    ['fertilizer_plant: 1000000 t', 'thermal_power_plant: 300 MW']);
});

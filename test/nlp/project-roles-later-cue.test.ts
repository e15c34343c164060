import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// A body first named on the project without a part ("A and B signed a memorandum on a wind farm") takes the part a
// later sentence about the project gives it ("B will be the EPC contractor").
test('a role cue in a later sentence upgrades a body that only had the default part', () => {
  const x = run([
    'Ardlow Power LLP and Kestrel Energy Co., Ltd. signed a memorandum on a 200 MW wind farm near Tarvin.',
    'Kestrel Energy Co., Ltd. will act as the EPC contractor, and the work starts in May.',
  ].join(' '));
  assert.equal(roleOf(x, 'wind_power_plant', 'Kestrel Energy Co., Ltd.'), 'contractor', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'wind_power_plant', 'Ardlow Power LLP'), 'partner', JSON.stringify(x.projects));
});

test('a company profile in a later sentence ("The company runs projects in 40 countries") changes no part', () => {
  const x = run([
    'Steppe Holding JSC and Hexi Power Investment Co., Ltd. plan a 500 MW wind farm in the Kostanay region.',
    'Hexi Power Investment Co., Ltd. ranks among the largest energy groups. The company runs power projects in more than 30 countries.',
  ].join(' '));
  assert.equal(roleOf(x, 'wind_power_plant', 'Hexi Power Investment Co., Ltd.'), 'partner', JSON.stringify(x.projects));
});

test('ordering paperwork ("ordered a soil survey") and paying from "its own funds" give no part', () => {
  const a = run('Velmora Solar S.L. will build a 150 MW solar plant near Tozeur. Kestrel Capital LLC has already ordered a soil survey.');
  assert.notEqual(roleOf(a, 'solar_power_plant', 'Kestrel Capital LLC'), 'buyer', JSON.stringify(a.projects));
  const b = run('Velmora Solar S.L. will build a 150 MW solar plant near Tozeur. The rest of the cost will come from Kestrel Capital LLC\'s own funds.');
  assert.notEqual(roleOf(b, 'solar_power_plant', 'Kestrel Capital LLC'), 'owner', JSON.stringify(b.projects));
});

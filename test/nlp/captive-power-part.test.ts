import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a captive power plant (one that serves a single industrial works) named while that works is under
// discussion is that works' part (the spec: storage or a substation built as part of a plant belongs to the plant's
// project); its size is an item of the works, not a power plant of its own.

test("'The added cost pays for a 90MW gas-fired captive power unit' is part of the fertiliser plant under discussion", () => {
  const x = run('Valdor Chemicals is building a urea plant in Kessary province with a capacity of 900,000 tonnes a year. The added cost pays for a 90MW gas-fired captive power unit and a bigger storage hall.');
  assert.deepEqual(x.projects.map((p) => p.type), ['fertilizer_plant']);
  assert.ok(x.projects[0].capacity.some((c) => c.unit === 'MW' && c.value === 90));
});

test("'with a 150 MW captive power plant' in the sentence of a smelter is the smelter's part", () => {
  const x = run('Orlan Metals is building an aluminium smelter in Dessa, Valdoria, with a 150 MW captive power plant.');
  assert.deepEqual(x.projects.map((p) => p.type), ['manufacturing_plant']);
});

test('counter-case: a power plant that is not captive stays a project of its own', () => {
  const x = run('Valdor Chemicals is building a urea plant in Kessary province with a capacity of 900,000 tonnes a year. Brask Energy will build a 90 MW gas-fired power plant in Dessa.');
  assert.deepEqual(x.projects.map((p) => p.type).sort(), ['fertilizer_plant', 'thermal_power_plant']);
});

test('counter-case: a captive power plant named with no industrial works under discussion is a project', () => {
  const x = run('Brask Energy will build a 90 MW captive power plant in Dessa, Valdoria, for a group of mines.');
  assert.deepEqual(x.projects.map((p) => p.type), ['thermal_power_plant']);
});

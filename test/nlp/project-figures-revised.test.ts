import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a follow-up story gives a project's old figures ("was to have 150 MW") and its new ones
// ("it is now designed for 210 MW"): the current figures are the project's.

test('a figure the plan was to have gives way to the figure stated now', () => {
  const x = run('The Orvel hydroelectric plant on the Tarvin river will be larger than planned, the project company said on Friday. When the contract was awarded last year, the plant was to have 150 megawatts and cost $500 million. After a new survey, it is now designed for 210 MW, and the company puts the total cost at about $800 million.', '2025-10-07');
  const p = x.projects.find((q) => q.type === 'hydro_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => c.value), [210]);
  assert.equal(p.amount?.value, 800_000_000);
});

test('a figure stated as fact is not replaced by a later figure in the same unit', () => {
  const x = run('Orvel Power is building a 400 MW gas-fired plant at Tarvin. The plant will supply a grid that peaked at 900 MW last winter.', '2025-10-07');
  const p = x.projects.find((q) => q.type === 'thermal_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => c.value), [400]);
});

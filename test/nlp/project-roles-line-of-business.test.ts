import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// A role verb whose object is a class of works ("invests in hydropower projects") tells what a body does in general,
// not its part in the project of the sentence.
test('a fund said to finance a class of projects in the plant\'s own sentence is not put on the plant', () => {
  const x = run([
    'Kessary Hydro JSC started building a 90 MW hydropower plant on the Velmora river in May.',
    'Officials added that the Tarvin Pension Fund regularly finances hydropower projects and that the new plant would cut imports.',
  ].join(' '));
  const p = x.projects.find((q) => q.type === 'hydro_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(!p.organizations.some((o) => o.name === 'Tarvin Pension Fund'), JSON.stringify(p.organizations));
  assert.ok(p.organizations.some((o) => o.name === 'Kessary Hydro JSC'), JSON.stringify(p.organizations));
});

test('a fund that finances "the plant" itself is still its financier', () => {
  const x = run('Kessary Hydro JSC started building a 90 MW hydropower plant on the Velmora river in May. The Tarvin Pension Fund finances the plant.');
  const p = x.projects.find((q) => q.type === 'hydro_power_plant');
  assert.equal(p?.organizations.find((o) => o.name === 'Tarvin Pension Fund')?.role, 'financier', JSON.stringify(p?.organizations));
});

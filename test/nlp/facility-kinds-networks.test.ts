import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: works named by what they install or lay (signalling, mains, a college) rather than by a
// plant or line word, and figures that are beneficiaries rather than a size.

test('railway signalling and interlocking along a section is a railway project with its length', () => {
  const x = run('Orvel Systems signed a contract worth €60 million to install electronic interlocking along the 40-kilometre section between Tarvin and Kessary.');
  const p = x.projects.find((q) => q.type === 'railway');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => [c.value, c.unit]), [[40, 'km']]);
  assert.equal(p.amount?.value, 60_000_000);
});

test('water distribution mains are water supply works, sized by their length', () => {
  const x = run('The board approved a $90 million loan to the Tarvin water utility for 210 km of new distribution mains in Kessary.');
  const p = x.projects.find((q) => q.type === 'water_supply');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => [c.value, c.unit]), [[210, 'km']]);
});

test("a college is an education facility; its places for students are its size", () => {
  const x = run('A $40 million loan will pay for a nursing college in Velmora with places for 800 students.');
  const p = x.projects.find((q) => q.type === 'education_facility');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => [c.value, c.unit, c.item]), [[800, 'units', 'student']]);
});

test('students a scholarship programme pays for are beneficiaries, not a capacity that pins a project down', () => {
  const x = run('Velmora Hydro is building a 300 MW dam near Tarvin. Its bursary scheme pays the fees of 40 students from the valley this year.');
  assert.deepEqual(x.projects.map((p) => p.type), ['hydro_power_plant']);
});

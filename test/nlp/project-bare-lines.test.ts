import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences naming a railway, a power line or a pipeline by the bare word "line", sized in kilometres, with
// the network plain from the words around it; and the counter-cases where it is not.

const kinds = (text: string) => run(text, '2026-05-04').projects.map((p) => [p.type, p.capacity.map((c) => `${c.value} ${c.unit}`).join(',')]);

test('a line sized in kilometres beside words of one network is works of that network', () => {
  assert.deepEqual(kinds('Kessel Rail is upgrading the 300 km line from Osk to Dara in Vietnam, a VND 20 trillion project.'), [['railway', '300 km']]);
  assert.deepEqual(kinds('The new 120 km line will let trains run at 160 km/h between Hanoi and Haiphong, Kessel Rail said.'), [['railway', '120 km']]);
  assert.deepEqual(kinds('Velmora Grid signed a contract for a 220 km line from Osk to Tarvin. It will carry 400 kV of electricity.'), [['transmission_line', '220 km']]);
});

test('no network word, or words of two networks, leave the line no facility', () => {
  assert.deepEqual(kinds('The company built a 40 km line last year, the report said.'), []);
  // ("transmission" and "water": the main is the water works, and the line is only its description)
  assert.deepEqual(run('The Osk–Dara transmission main, a 27-kilometre line, will carry treated water to the town.').projects.map((p) => p.type), ['water_supply']);
});

test('a line that points back to a railway already named adds no second project', () => {
  const x = run('Kessel Rail will build a 300 km railway from Osk to Dara. The 300 km line will carry freight trains from 2029.', '2026-05-04');
  assert.deepEqual(x.projects.map((p) => p.type), ['railway']);
});

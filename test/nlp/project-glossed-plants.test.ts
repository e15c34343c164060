import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a plant named by a process or product with its acronym in parentheses before the head noun,
// and an industrial zone named only as where such a plant stands.

test("'a <process> (ACRONYM) plant' is a plant, even for a product the lexicon does not list", () => {
  const x = run('Orvel Metals is the joint venture planning a high-pressure acid leach (HPAL) plant on Tarvin island in Kessary province, designed for 40,000 tonnes of nickel a year.');
  const p = x.projects.find((q) => q.type === 'manufacturing_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => c.value), [40_000]);
  const y = run('Velmora Cathode S.A. awarded an EPC contract for a precursor cathode active material (pCAM) plant at Tarvin. The plant is designed to produce 50,000 tonnes of pCAM per year.');
  assert.deepEqual(y.projects.map((q) => [q.type, q.capacity.map((c) => c.value)]), [['manufacturing_plant', [50_000]]]);
});

test('an industrial zone given only as the site of a plant is no project of its own', () => {
  const x = run('Site: Tarvin Bay industrial zone, Kessary Province.\nThe plant is designed to produce 50,000 tonnes of pCAM per year.');
  assert.deepEqual(x.projects.filter((p) => p.type === 'industrial_zone'), []);
  const y = run('Orvel Glass will build a float glass plant in the Tarvin free economic zone, with 600 tonnes a day of output.');
  assert.deepEqual(y.projects.map((p) => p.type), ['manufacturing_plant']);
});

test('a zone named as where a plant (even one naming no project) makes its goods is its site', () => {
  const x = run('The leaders started up a plant making key turbine components in the Tarvin special economic zone in Izmir province.');
  assert.deepEqual(x.projects.filter((p) => p.type === 'industrial_zone'), []);
});

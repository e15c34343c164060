import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a project's size or cost given in a sentence that names no facility word of its own, after
// the project was named (a battery's "X MW / Y MWh" system, a cost stated as capital expenditure, a cost after a
// paragraph about the project company).

test('"the 60 MW / 120 MWh system" refers back to the battery named before and sizes it', () => {
  const x = run('Kessary Grid commissioned the Dorn battery storage system in March. The 60 MW / 120 MWh system was supplied by Hanlo Cells.');
  const p = x.projects.find((q) => q.type === 'energy_storage');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => c.value).sort((a, b) => a - b), [60, 120]);
});

test('a slash without spaces joins the two figures too', () => {
  const x = run('Orvel Energy has started building a battery storage system at Tarvin. The 25 MW/50 MWh system will be run by the grid company.');
  const p = x.projects.find((q) => q.type === 'energy_storage');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => c.unit).sort(), ['MW', 'MWh']);
});

test('capital expenditure stated after the project is its amount', () => {
  const x = run('Velmora Water opened the Kessary desalination plant on Friday. Total capital expenditure was $95 million.');
  const p = x.projects.find((q) => q.type === 'water_supply');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.amount?.value, 95_000_000);
});

test('a cost stated a paragraph after the project company keeps to the same project', () => {
  const x = run('Velmora Power has signed a 20-year deal to sell the output of a 400 MW solar park at Tarvin to the state utility.\n\n'
    + 'The project company, Tarvin Sun LLC, is owned 70% by Velmora Power and 30% by Orvel Capital.\n\n'
    + 'The sponsors put the cost at roughly $380 million. Two local banks will lend most of it.');
  const p = x.projects.find((q) => q.type === 'solar_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.amount?.value, 380_000_000);
});

test('the capex of a wind farm given in the next sentence', () => {
  const x = run('Dunvale Renewables is building the 90 MW Brenmoor wind farm. Its capex is put at €120 million.');
  const p = x.projects.find((q) => q.type === 'wind_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.amount?.value, 120_000_000);
});

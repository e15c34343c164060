import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// A project spoken of again only in passing, as the object of a verb or preposition of another clause ("a line from the
// plant to X", "to connect the plant to the grid"), is where the sentence's new works start or end: the bodies named in
// that sentence are the parties of the new works, not of the project passed by.
test('a lender of a line "from the plant to X" finances the line, not the plant', () => {
  const x = run([
    'Tarvin Geothermal ehf. is building a 60-megawatt geothermal power plant near Lake Kessary, financed by the Velmora Development Bank.',
    'The plant will not be connected to the capital by the existing network. Kessary Power Company is tendering a separate 230 kV line of about 110 kilometres from the plant to Velmora City, for which the Nordic Investment Fund approved a $58 million loan in April.',
  ].join('\n\n'));
  assert.equal(roleOf(x, 'transmission_line', 'Nordic Investment Fund'), 'financier', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'thermal_power_plant', 'Nordic Investment Fund'), undefined, JSON.stringify(x.projects));
});

test('"to connect the plant to the grid, B plans a line": B is the line\'s developer, no party of the plant', () => {
  const x = run([
    'Ardlow Hydro LLC is building the 120 MW Tarvin hydropower plant on the Kessary river, with a loan from the Nordic Investment Fund.',
    'To connect the plant to the national grid, Velmora State Grid plans to construct a 60-kilometre, 220 kV transmission line from Tarvin to the Ostra substation.',
  ].join('\n\n'));
  assert.equal(roleOf(x, 'transmission_line', 'Velmora State Grid'), 'developer', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'hydro_power_plant', 'Velmora State Grid'), undefined, JSON.stringify(x.projects));
});

test('a water company that tenders a pipeline "from the plant to a reservoir" is the pipeline\'s party only', () => {
  const x = run([
    'Lomar Desal SAOG will build a 200,000 cubic-metre-a-day desalination plant at Ras Tarvin.',
    'A 40-km pipeline from the plant to a reservoir at Kessary will be tendered separately by the state water company Ostra Water Services.',
  ].join('\n\n'));
  const holders = x.projects.filter((p) => p.organizations.some((o) => o.name === 'Ostra Water Services'));
  assert.equal(holders.length, 1, JSON.stringify(x.projects));
  assert.ok(/pipeline/.test(holders[0].name), JSON.stringify(x.projects));
});

test('a definite mention that opens a clause ("while the plant ...") still takes the bodies near it', () => {
  const x = run([
    'Ardlow Hydro LLC is building the 120 MW Tarvin hydropower plant on the Kessary river.',
    'A new 220 kV line will be built by Velmora State Grid, while the plant is financed by the Nordic Investment Fund.',
  ].join('\n\n'));
  assert.equal(roleOf(x, 'hydro_power_plant', 'Nordic Investment Fund'), 'financier', JSON.stringify(x.projects));
});

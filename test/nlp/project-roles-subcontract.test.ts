import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "A has subcontracted the steel towers to B": B takes on part of the works, as a contractor of the project.
test('the body a part of the works is subcontracted to is a contractor', () => {
  const x = run([
    'Kessary Power is building a 190-km, 225 kV transmission line from Tarvin to Ostra.',
    'The line is being built by Ardlow Transgrid Ltd, which signed the construction contract with Kessary Power in December. The Indian group has subcontracted the steel towers to Lomar Tower Structures Pvt Ltd, which will ship the first towers in August.',
  ].join('\n\n'));
  assert.equal(roleOf(x, 'transmission_line', 'Lomar Tower Structures Pvt Ltd'), 'contractor', JSON.stringify(x.projects));
});

// "the civil works are being done by B": the agent of the works being done is their contractor.
test('the body the works "are being done by" is a contractor', () => {
  const x = run([
    'Ardlow Renewables is building a 240 MW wind farm near Tarvin.',
    'Its project company, Ardlow Tarvin LLC, owns the asset, and the civil works are being done by a local firm, Kessary Insaat MMC.',
  ].join('\n\n'));
  assert.equal(roleOf(x, 'wind_power_plant', 'Kessary Insaat MMC'), 'contractor', JSON.stringify(x.projects));
});

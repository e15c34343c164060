import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented text: a facility named in passing ("cut diesel use at the X power station") does not take the loose sum of
// the next paragraph; the project under discussion does.

test('a loose investment sum after a facility named in passing goes to the project under discussion', () => {
  const x = run([
    'Danubia Solar has reached financial close on the Lovech solar farm, a 35 MW plant with a battery.',
    '',
    'The project pairs the panels with a battery able to store forty megawatt-hours. Once running, it is expected to cut diesel use at the Teteven power station by around 18 million litres a year.',
    '',
    'Total investment is $95 million. Two banks are providing senior loans, and the balance is equity.',
  ].join('\n'));
  const solar = x.projects.find((p) => p.type === 'solar_power_plant');
  assert.ok(solar, JSON.stringify(x.projects.map((p) => p.name)));
  assert.equal(solar.amount?.value, 95_000_000);
  assert.equal(x.projects.find((p) => p.type === 'thermal_power_plant')?.amount ?? null, null);
});

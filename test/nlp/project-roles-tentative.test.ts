import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const orgNames = (x: ReturnType<typeof run>, type: string) => (x.projects.find((p) => p.type === type)?.organizations ?? []).map((o) => o.name);

// A lender only in talks, or one that "could offer" a loan, has not lined anything up: it is no party yet.
test('a bank only "in talks" about loans is not the project\'s financier', () => {
  const x = run([
    'Velmora Solar S.L. signed a power purchase agreement for a 200 MW solar plant near Tozeur.',
    'The sponsors are in talks with the Northern Investment Bank and the Adriatic Development Bank about loans covering 70% of the cost.',
    'The Kessary Export Bank has approved a $90 million loan for the plant.',
  ].join(' '));
  const names = orgNames(x, 'solar_power_plant');
  assert.ok(!names.includes('Northern Investment Bank') && !names.includes('Adriatic Development Bank'), names.join('|'));
  assert.ok(names.includes('Kessary Export Bank'), names.join('|'));
});

test('a bank that "could offer" a loan for the bridge, in the bridge\'s own sentence, is not its financier', () => {
  const x = run('The Tarvin Ministry of Transport discussed a new road bridge over the Velmora river. According to its deputy chief, the Kessary Export-Import Bank could offer a loan of up to €38 million for the bridge if the design is ready in time.');
  const p = x.projects.find((q) => q.type === 'bridge');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(!p.organizations.some((o) => o.name === 'Kessary Export-Import Bank'), JSON.stringify(p.organizations));
});

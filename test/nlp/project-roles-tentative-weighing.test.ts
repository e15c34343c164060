import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// A lender that is only "looking at" a loan, "considering" or "weighing" one has lined nothing up: it is not put on the
// project; a body that has approved or signed its part is.
const orgNames = (x: ReturnType<typeof run>, type: string) => (x.projects.find((p) => p.type === type)?.organizations ?? []).map((o) => o.name);

test('a bank "looking at" a loan is no financier yet', () => {
  const x = run([
    'Velmora Sun Ltd will build a 20 MW solar farm near Tarvin.',
    'Its director said the Kessary Investment Bank was "looking at" a loan, and that works could start next year.',
  ].join('\n\n'));
  assert.ok(!orgNames(x, 'solar_power_plant').includes('Kessary Investment Bank'), JSON.stringify(x.projects));
});

test('a bank "considering" a loan for later phases is no financier yet', () => {
  const x = run([
    'Lomar Digital SA opened the first hall of a 12 MW data centre in Tarvin on Monday.',
    'The Northern Development Bank is considering a loan for the later phases, but its board has not examined the request.',
  ].join('\n\n'));
  assert.ok(!orgNames(x, 'data_center').includes('Northern Development Bank'), JSON.stringify(x.projects));
});

test('a bank that approved its loan is the financier', () => {
  const x = run([
    'Lomar Digital SA opened the first hall of a 12 MW data centre in Tarvin on Monday.',
    'The Northern Development Bank approved a loan of $40 million for the campus in March.',
  ].join('\n\n'));
  assert.ok(orgNames(x, 'data_center').includes('Northern Development Bank'), JSON.stringify(x.projects));
});

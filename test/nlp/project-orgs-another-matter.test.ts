import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// "In a separate deal, ...", "Separately, ...": a sentence that says it turns to another matter names no party of the
// project the text was discussing, even when it names no facility of its own.
const orgsOf = (x: ReturnType<typeof run>, type: string) => x.projects.find((p) => p.type === type)?.organizations.map((o) => o.name) ?? [];

test('the co-signer of "a separate deal" does not join the project under discussion', () => {
  const x = run([
    'Ostra Chemicals LLC will build a urea complex near Tarvin, financed by a $600 million loan from the Velmora Export-Import Bank.',
    'In a separate deal, the bank and the Ministry of Water Resources signed a $250 million loan to rehabilitate the pumping stations of the Tarvin main canal.',
  ].join('\n\n'));
  const orgs = orgsOf(x, 'fertilizer_plant');
  assert.ok(orgs.includes('Velmora Export-Import Bank'), JSON.stringify(x.projects));
  assert.ok(!orgs.includes('Ministry of Water Resources'), JSON.stringify(x.projects));
});

test('a sentence opening "Separately," names no partner of the plant', () => {
  const x = run([
    'Ostra Chemicals LLC will build a urea complex near Tarvin.',
    'Separately, Lomar Logistics signed an agreement with the company to lease its warehouses.',
  ].join('\n\n'));
  assert.ok(!orgsOf(x, 'fertilizer_plant').includes('Lomar Logistics'), JSON.stringify(x.projects));
});

test('a sentence that goes on about the project still names its parties', () => {
  const x = run([
    'Ostra Chemicals LLC will build a urea complex near Tarvin.',
    'The Velmora Export-Import Bank will lend $600 million for the complex.',
  ].join('\n\n'));
  assert.ok(orgsOf(x, 'fertilizer_plant').includes('Velmora Export-Import Bank'), JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const orgsOf = (x: ReturnType<typeof run>, type: string) => x.projects.filter((p) => p.type.startsWith(type)).flatMap((p) => p.organizations.map((o) => `${o.name}:${o.role}`));

const RELEASE = [
  'The Governing Board of the Kessary Fund for Development (the Kessary Fund) approved on Tuesday three new loans worth a combined US$200 million for irrigation, health and clean energy.',
  '',
  'Ardenia – Lomsk hospital wing (US$50 million).',
  'The loan finances a new 250-bed wing at a public hospital in Lomsk, which will be built and equipped by the Ministry of Health.',
  '',
  'Marlovia – Kessel solar plant (US$105 million).',
  'A private sector loan to Kessel Sol S.A. for an 85 MW photovoltaic plant in Kessel. The plant is also financed by the Marlovian Investment Bank.',
].join('\n');

test("a lender's release: each later 'the loan' or 'a loan to C' with no lender of its own is the lead lender's money", () => {
  const x = run(RELEASE);
  assert.ok(orgsOf(x, 'hospital').includes('Kessary Fund for Development:financier'), JSON.stringify(x.projects));
  assert.ok(orgsOf(x, 'solar').includes('Kessary Fund for Development:financier'), JSON.stringify(x.projects));
  assert.ok(orgsOf(x, 'solar').includes('Kessel Sol S.A.:developer'), JSON.stringify(x.projects));
});

test("a later tranche of the lead's loan finances the works it is meant for", () => {
  const x = run([
    'Tarvia on Wednesday signed the first of three loan tranches from the Kessary Development Bank (KDB) to rebuild the 328-kilometre railway between Lomsk and Tarvo.',
    '',
    'The third tranche, of up to €60 million, is meant for twelve mainline diesel locomotives and 150 freight wagons for the northern section.',
  ].join('\n'));
  assert.ok(orgsOf(x, 'rolling_stock').includes('Kessary Development Bank:financier'), JSON.stringify(x.projects));
});

test('a loan named with its own lender, or works already financed by another, do not take the lead lender', () => {
  const x = run([
    'The Kessary Development Bank approved a $300 million loan on Monday to pave a 250-kilometre highway between Tarvo and Lomsk.',
    '',
    'Separately, the Velmora Ports Authority plans a $90 million container terminal at Lomsk, funded by the Ardenia Cooperation Agency.',
    'The loan from the Ardenia Cooperation Agency runs for 30 years.',
    '',
    'A new 40 MW solar plant at Tarvo will be built by Tarvo Sun Ltd with a World Bank loan.',
  ].join('\n'));
  assert.ok(!orgsOf(x, 'port').includes('Kessary Development Bank:financier'), JSON.stringify(x.projects));
  assert.ok(!orgsOf(x, 'solar').includes('Kessary Development Bank:financier'), JSON.stringify(x.projects));
});

test('a lead that names two lenders has no single lender for a later "the loan"', () => {
  const x = run([
    'The Kessary Development Bank and the Nordic Green Bank signed loans of $300 million for a 250-kilometre highway between Tarvo and Lomsk.',
    '',
    'Marlovia – Kessel solar plant. The loan finances an 85 MW photovoltaic plant in Kessel built by Kessel Sol S.A.',
  ].join('\n'));
  const solar = orgsOf(x, 'solar');
  assert.ok(!solar.includes('Kessary Development Bank:financier') && !solar.includes('Nordic Green Bank:financier'), JSON.stringify(x.projects));
});

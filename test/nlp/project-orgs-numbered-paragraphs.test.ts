import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// A filing or a letter numbers its paragraphs ("1. On 2 May the Company signed ...", "2. The loan is granted by ...");
// each paragraph goes on about the works the one before named. A roundup numbers its headings ("2. Velmora: a new
// port"), and what follows such a heading is another story.
const orgsOf = (x: ReturnType<typeof run>, type: string) => x.projects.find((p) => p.type === type)?.organizations.map((o) => o.name) ?? [];

test('numbered paragraphs of a filing keep the works of the first paragraph under discussion', () => {
  const x = run([
    'Dear Sir,',
    '1. On 4 June 2026 the Company\'s subsidiary Korvane Solar SpA signed the financing for the Ostrel Ridge photovoltaic plant of 180 MW in the commune of Tarvin.',
    '2. The financing consists of a loan of up to US$190 million granted by a group of lenders led by Banco Meridional S.A. and Nordfinans Bank.',
    '3. Engineering, procurement and construction have been entrusted to Lusitania Montagens S.A. under a fixed-price contract.',
  ].join('\n\n'));
  const orgs = orgsOf(x, 'solar_power_plant');
  assert.ok(orgs.includes('Banco Meridional S.A.'), JSON.stringify(x.projects));
  assert.ok(orgs.includes('Lusitania Montagens S.A.'), JSON.stringify(x.projects));
});

test('a numbered paragraph of a report still names the contractor of the works numbered before', () => {
  const x = run([
    '1. Velkor Industries AG will build a 40 MW wind farm near Lomsk, the board said on Monday.',
    '2. The turbines will be supplied by Hedeby Vind A/S, and the works have been awarded to Stroymont Lomsk LLC, which starts in May.',
  ].join('\n\n'));
  const orgs = orgsOf(x, 'wind_power_plant');
  assert.ok(orgs.includes('Stroymont Lomsk LLC'), JSON.stringify(x.projects));
});

test('a numbered heading of a roundup still opens another story', () => {
  const x = run([
    '1. Velmora: a new container terminal at Port Askel',
    'Askel Port Holdings will build a container terminal at Port Askel with 900,000 TEU of capacity.',
    '2. Tarvin: a ministry reshuffle',
    'The Tarvin Development Bank said it has signed a loan agreement with Lomar Textiles to expand its mills, and Qorvan Partners will advise it.',
  ].join('\n\n'));
  const orgs = orgsOf(x, 'port');
  assert.ok(orgs.includes('Askel Port Holdings'), JSON.stringify(x.projects));
  assert.ok(!orgs.includes('Tarvin Development Bank'), JSON.stringify(x.projects));
  assert.ok(!orgs.includes('Qorvan Partners'), JSON.stringify(x.projects));
});

test('numbered short headings without a full stop open other stories', () => {
  const x = run([
    '1. Ground broken at the Kessary cement works',
    'Dornfeld Baustoffe GmbH broke ground on a 2 million-tonne cement plant at Kessary on Monday.',
    '2. Carrier orders trains',
    'The order was placed with Velkor Rail AG, which will deliver the units from 2028, the carrier said.',
  ].join('\n\n'));
  assert.ok(!orgsOf(x, 'manufacturing_plant').includes('Velkor Rail AG'), JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/nlp/extract.js';
import { run } from './helpers.js';

const orgsOf = (x: ReturnType<typeof run>, type: string) => Object.fromEntries((x.projects.find((p) => p.type === type)?.organizations ?? []).map((o) => [o.name, o.role]));

// 'Kessary Minerals plc ("KMP" or "the Company")': a capitalised "the Company" later on is that defined term, the
// issuer, not the company named last before it.
test('"the Company" is the body the text defined it for in brackets, not the company named last', () => {
  const x = run('Kessary Minerals plc ("KMP" or "the Company") publishes its quarterly update.\n\nRevenue rose by 12% on higher copper prices. Cash stood at $41 million.\n\nThe new copper concentrator at Orvik, with a capacity of 40,000 tonnes a year, is being built by Baltrum Engineering GmbH. The concentrator will be owned and run by the Company.');
  const orgs = Object.fromEntries(x.projects.flatMap((p) => p.organizations).map((o) => [o.name, o.role]));
  assert.ok(orgs['Kessary Minerals plc'] === 'owner' || orgs['Kessary Minerals plc'] === 'operator', JSON.stringify(x.projects));
  assert.equal(orgs['Baltrum Engineering GmbH'], 'contractor', JSON.stringify(x.projects));
});

// A listed company's report ("Source: Ostrava Solar Energie a.s. (PSE: OSE)") calls itself "the Company" without
// defining it: the issuer the document's source names.
test('"the Company" in an issuer\'s own report is the issuer the source names', () => {
  const text = 'Issuer: Ostrava Solar Energie a.s.\n\nHalf-year results were in line with guidance. Sales grew 9%. Debt fell. The dividend was kept.\n\nThe 45 MW Vyškov solar park was built by Moravia Stavby s.r.o. with panels from Lumetra Photovoltaics Co., Ltd. and was connected in May. Since then it has been operated by the Company.';
  const x = extract({ text, published: '2026-08-01', title: null, source: 'Ostrava Solar Energie a.s. (PSE: OSE)' });
  const orgs = orgsOf(x, 'solar_power_plant');
  assert.equal(orgs['Ostrava Solar Energie a.s.'], 'operator', JSON.stringify(x.projects));
});

// A ministry's release speaks of itself as "the Ministry": the one ministry the document names, named far earlier.
test('"the Ministry" is the only ministry the document names, however far back', () => {
  const x = run('Ministry of Water and Irrigation\n\nPress release\n\nThe minister opened a regional office in the north on Monday. She toured two schools and a clinic.\n\nShe also met farmers\' unions to discuss water prices. The talks will continue next month.\n\nOn Thursday the Ministry signed a contract with Delta Dredging Ltd to build a 14 km irrigation canal near Kassala.');
  const orgs = orgsOf(x, 'irrigation');
  assert.ok('Ministry of Water and Irrigation' in orgs, JSON.stringify(x.projects));
  assert.equal(orgs['Delta Dredging Ltd'], 'contractor', JSON.stringify(x.projects));
});

// "the Group" in a group's press release: the group the bracket defined, even when its subsidiary was named since.
test('"the Group" is not the builder named since', () => {
  const x = run('Velmora Energy Berhad ("the Group") reported its results today.\n\nConstruction of a 60 MW solar farm near Chonburi by Siam Solar Works Co., Ltd. is on schedule. Once finished, the solar farm will be owned by the Group.');
  const orgs = orgsOf(x, 'solar_power_plant');
  assert.equal(orgs['Velmora Energy Berhad'], 'owner', JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('the first word of one longer organisation name is its short form', () => {
  const x = run("Korvane Plant Engineering Co., Ltd. won the contract. Lee Min-seo, Korvane's president, signed it in Riyadh, and Korvane will hire 300 workers.");
  assert.deepEqual(names(x.organizations), ['Korvane Plant Engineering Co., Ltd.']);
  assert.deepEqual(x.organizations[0].aliases, ['Korvane']);
});

test('a short name that follows a place opening the full name joins it', () => {
  const x = run("Inner Mongolia Ravel Energy Co., Ltd. holds 60 per cent. Ravel Energy's vice-president said the mine would open in May.");
  assert.deepEqual(names(x.organizations), ['Inner Mongolia Ravel Energy Co., Ltd.']);
  assert.ok(x.organizations[0].aliases.includes('Ravel Energy'));
});

test('a longer name that adds a place is a subsidiary; two candidates or a legal form of its own keep the short name apart', () => {
  const x = run("Spain's Hidrago Infraestructuras S.A. owns 70%. The works go to Hidrago's subsidiary, Hidrago Colombia S.A.S. Separately, Mekar Hijau Berhad and Mekar Tenaga Sdn Bhd signed, and Mekar's staff cheered. Brenmoor Inc. sold Brenmoor Oil Products LLP in 2005.");
  const orgs = names(x.organizations);
  const h = x.organizations.find((o) => o.name === 'Hidrago Infraestructuras S.A.');
  assert.ok(h?.aliases.includes('Hidrago'), orgs.join(' | '));
  assert.ok(!x.organizations.find((o) => o.name === 'Hidrago Colombia S.A.S.')?.aliases.includes('Hidrago'));
  assert.ok(orgs.includes('Mekar Hijau Berhad') && orgs.includes('Mekar Tenaga Sdn Bhd'), orgs.join(' | '));
  assert.ok(orgs.includes('Brenmoor Inc.') && orgs.includes('Brenmoor Oil Products LLP'), orgs.join(' | '));
});

test('short word forms and "of <country>" name the same body: "Zambia Exim Bank" is the "Export-Import Bank of Zambia"', () => {
  const x = run('The Export-Import Bank of Zambia financed the first phase. A second loan from Zambia Exim Bank is planned for the northern section.');
  assert.deepEqual(names(x.organizations), ['Export-Import Bank of Zambia']);
  assert.deepEqual(x.organizations[0].aliases, ['Zambia Exim Bank']);
});

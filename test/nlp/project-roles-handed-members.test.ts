import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Organisations on the project of `type`, name (without a sentence-final full stop) to role.
const orgsOf = (x: ReturnType<typeof run>, type: string) =>
  Object.fromEntries((x.projects.find((p) => p.type === type)?.organizations ?? []).map((o) => [o.name.replace(/\.$/, ''), o.role]));

// "awarded in March to B": the award verb a few words before "to" hands B the works.
test('works awarded, with words between the verb and "to", go to a contractor', () => {
  for (const text of [
    'The government has approved a 120 km road from Gitega to Bujumbura. The works were awarded in March to Kivu Routes SA.',
    'Tarsk Railways will build a 90 km railway from Kungrad to Muynak. The contract was awarded last week to Volgan Engineering LLC.',
    'A 45 km water pipeline will supply Kenema. Construction has been entrusted this month to Makeni Builders Ltd, a local firm.',
  ]) {
    const x = run(text);
    const orgs = Object.assign({}, ...x.projects.map((p) => Object.fromEntries(p.organizations.map((o) => [o.name.replace(/\.$/, ''), o.role]))));
    const builder = Object.keys(orgs).find((n) => /Kivu|Volgan|Makeni/.test(n));
    assert.ok(builder, `${text}\n${JSON.stringify(x.projects)}`);
    assert.equal(orgs[builder!], 'contractor', JSON.stringify(x.projects));
  }
});

// "sell its power to B" names B as the buyer; "sold the plant to B" is an asset sale, no purchase of output.
test('a sale of the output names the buyer; a sale of the asset does not', () => {
  const x = run('Norvale Energy has opened a 90 MW solar plant in Navoi. It will sell its power to the Navoi Grid Company for 25 years.');
  assert.equal(orgsOf(x, 'solar_power_plant')['Navoi Grid Company'], 'buyer', JSON.stringify(x.projects));
  const y = run('Kessary Holdings built a 40 MW solar plant near Fier in 2019. It sold the plant in 2023 to Adriatic Power Invest sh.a.');
  assert.notEqual(orgsOf(y, 'solar_power_plant')['Adriatic Power Invest sh.a'], 'buyer', JSON.stringify(y.projects));
});

test('output "bought by" B, or B "agreed to take" it, makes B the buyer', () => {
  const a = run('Sunvale Power is building a 50 MW solar plant in Limpopo. Under a 20-year power purchase agreement, its electricity will be bought by the state utility Eskaro.');
  assert.equal(orgsOf(a, 'solar_power_plant').Eskaro, 'buyer', JSON.stringify(a.projects));
  const b = run('Qinghe Tyre (Thailand) Co., Ltd. has opened a tyre factory in Rayong. Most of the output is sold in advance: Oakfield Tire Distributors Inc. has agreed to take two million tyres a year for five years.');
  assert.equal(orgsOf(b, 'manufacturing_plant')['Oakfield Tire Distributors Inc'], 'buyer', JSON.stringify(b.projects));
  const c = run('Hadley Nitrogen SAOC will build an ammonia plant in Duqm. Marrow Agro SAOG has agreed to take all the ammonia from the plant under a 15-year offtake agreement.');
  assert.equal(orgsOf(c, 'fertilizer_plant')['Marrow Agro SAOG'], 'buyer', JSON.stringify(c.projects));
  assert.equal(orgsOf(c, 'fertilizer_plant')['Hadley Nitrogen SAOC'], 'developer', JSON.stringify(c.projects));
});

// A lender only asked for money has lined nothing up.
test('a bank only asked or approached for a loan is left off; one that approved it is a financier', () => {
  const a = run('Kelmont Solar SARL will build a 70 MW solar plant in Kairouan. It has asked the African Development Bank for a $50 million loan, and has also approached Tarrant Bank.');
  const orgs = orgsOf(a, 'solar_power_plant');
  assert.equal(orgs['Kelmont Solar SARL'], 'developer', JSON.stringify(a.projects));
  assert.ok(!('African Development Bank' in orgs) && !('Tarrant Bank' in orgs), JSON.stringify(a.projects));
  const b = run('Tbilvane Hydro LLC has started work on a 45 MW hydropower plant in Svaneti. The developer has requested a $60 million loan from the Asian Infrastructure Investment Bank, which has not yet decided.');
  assert.ok(!('Asian Infrastructure Investment Bank' in orgsOf(b, 'hydro_power_plant')), JSON.stringify(b.projects));
  const c = run('Tbilvane Hydro LLC has started work on a 45 MW hydropower plant in Svaneti. Asked about the financing, the Asian Infrastructure Investment Bank said it had approved a $60 million loan for the plant.');
  assert.equal(orgsOf(c, 'hydro_power_plant')['Asian Infrastructure Investment Bank'], 'financier', JSON.stringify(c.projects));
});

// The members of a group take the group's part.
test('members listed after a group take its part', () => {
  const a = run('The government has approved a 120 km road from Gitega to Bujumbura. The works were awarded in March to Kivu Routes SA, a joint venture of Ruzizi Construction SARL and Marshgate Builders Ltd.');
  const ra = orgsOf(a, 'road');
  for (const n of ['Kivu Routes SA', 'Ruzizi Construction SARL', 'Marshgate Builders Ltd']) assert.equal(ra[n], 'contractor', `${n} ${JSON.stringify(a.projects)}`);
  const b = run('The 90 km road from Batumi to Kobuleti will be built by a consortium made up of Anadol Yapı A.Ş. and Kartli Roads LLC. The Ministry of Regional Development will pay for the works.');
  const rb = orgsOf(b, 'road');
  assert.equal(rb['Anadol Yapı A.Ş'], 'contractor', JSON.stringify(b.projects));
  assert.equal(rb['Kartli Roads LLC'], 'contractor', JSON.stringify(b.projects));
  assert.equal(rb['Ministry of Regional Development'], 'financier', JSON.stringify(b.projects));
});

// Goods that come from a body make it a supplier.
test('trackers or technology that come from B make B a supplier', () => {
  const x = run('Kelmont Solar SARL will build a 70 MW solar plant in Kairouan. The batteries will be supplied by Norhan Storage Co., Ltd. Single-axis trackers are to come from Solara Trackers S.A.');
  assert.equal(orgsOf(x, 'solar_power_plant')['Solara Trackers S.A'], 'supplier', JSON.stringify(x.projects));
});

// A group that develops the works has its members as its sides.
test('the members of a consortium that builds and runs the plant are partners', () => {
  const x = run('The 60 MW Baucau solar plant will be built and run by Lorosae Surya Lda, a consortium of Singapore\'s Meranti Renewables Pte Ltd and Indonesia\'s PT Cahaya Timur Energi.');
  const orgs = orgsOf(x, 'solar_power_plant');
  assert.equal(orgs['Lorosae Surya Lda'], 'developer', JSON.stringify(x.projects));
  assert.equal(orgs['Meranti Renewables Pte Ltd'], 'partner', JSON.stringify(x.projects));
  assert.equal(orgs['PT Cahaya Timur Energi'], 'partner', JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

const orgNames = (p: { organizations: { name: string }[] } | undefined) => (p?.organizations ?? []).map((o) => o.name);

test('the parties to the project\'s papers named in a signing sentence join the project; the building it was signed in does not', () => {
  const x = run([
    'Documents on a 200 MW wind farm in the Akmola region were signed in Astana on Monday.',
    'Signatories were the Ministry of Industry, Steppe Wind LLP and Tianfeng Power Co., Ltd.',
  ].join(' '));
  const p = x.projects.find((q) => q.type === 'wind_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(orgNames(p).includes('Steppe Wind LLP') && orgNames(p).includes('Tianfeng Power Co., Ltd.'), orgNames(p).join('|'));
  const y = run([
    'Aral Salt JSC will build a 300,000-tonne soda plant in the Kyzylorda region.',
    'The contract was signed at the Ministry of Industry by Ruslan Omarov, head of Aral Salt JSC, and Li Wei, president of Jinan Alkali Engineering Co., Ltd.',
  ].join(' '));
  const q = y.projects[0];
  assert.ok(q, JSON.stringify(y.projects));
  assert.ok(orgNames(q).includes('Jinan Alkali Engineering Co., Ltd.'), orgNames(q).join('|'));
  assert.ok(!orgNames(q).some((n) => n.startsWith('Ministry')), orgNames(q).join('|'));
});

test('a short form of a project organisation\'s name ("Hallim\'s president") is not a second organisation on the project', () => {
  const x = run('Hallim Engineering & Construction Co., Ltd. has won a contract to build a 500,000-tonne polyethylene plant in Atyrau. The contract was signed in Astana by Choi Min-su, Hallim\'s president, and Aidos Serikov, a regional official.');
  const p = x.projects.find((q) => q.type === 'petrochemical_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(orgNames(p), ['Hallim Engineering & Construction Co., Ltd.']);
});

test('a role cued on the short form ("Tarvin\'s own bank loan") passes to the full name instead of standing as a second organisation', () => {
  const x = run('Officials in Pavlodar are discussing a 400,000-tonne steel mill with Tarvin Steel Works LLP. The mill will be financed by Tarvin\'s own bank loan, and Tarvin\'s chairman, Arman Bekov, said work starts in May.');
  const p = x.projects.find((q) => q.type === 'manufacturing_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.organizations, [{ name: 'Tarvin Steel Works LLP', role: 'financier' }]);
});

test('a party named for a counted group of roads reaches each road named next', () => {
  const x = run('Kessary Paving LLP is the main contractor on three regional roads. The 120-km Kostanay–Arkalyk road is two-thirds finished. The Kostanay–Lisakovsk road should reopen in the autumn.');
  const roads = x.projects.filter((q) => q.type === 'road' && q.places.includes('Kostanay'));
  assert.equal(roads.length, 2, JSON.stringify(x.projects));
  for (const r of roads) assert.deepEqual(r.organizations, [{ name: 'Kessary Paving LLP', role: 'contractor' }], r.name);
});

test('"her company" after a named executive is the organisation she works for, and takes the role around it', () => {
  const x = run('Our reporter spoke to Ferro Group chief executive Dana Ospanova on Tuesday. Her company is the EPC contractor for the 250 MW coal-fired power plant near Stepnogorsk.');
  const p = x.projects.find((q) => q.type === 'thermal_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.organizations, [{ name: 'Ferro Group', role: 'contractor' }]);
});

test('"his company" passes over a person named later who holds no post in a body, to the executive who does', () => {
  const x = run('Kenji Arakawa, president of Tarvin Wind Power Co., Ltd., briefed the premier and Minister of Energy and Mines Rosa Elena Mamani Quispe on a 180 MW wind farm his company is developing in the Kessary region.');
  assert.ok(names(x.people).includes('Rosa Elena Mamani Quispe'), names(x.people).join(' | '));
  const p = x.projects.find((q) => q.type === 'wind_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.organizations, [{ name: 'Tarvin Wind Power Co., Ltd.', role: 'developer' }]);
});

test('a body said to lend for the project is its financier; one the output is sold to is its buyer', () => {
  const x = run([
    'Orda Solar LLP has finished a 150 MW solar power plant near Shu in the Zhambyl region.',
    'The Caspian Reconstruction Bank lent $60 million, and the owners put in the rest as equity.',
    'The electricity is sold to Zhambyl Grid JSC under a 15-year contract.',
  ].join(' '));
  const p = x.projects.find((q) => q.type === 'solar_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  const role = (n: string) => p.organizations.find((o) => o.name === n)?.role;
  assert.equal(role('Caspian Reconstruction Bank'), 'financier', JSON.stringify(p.organizations));
  assert.equal(role('Zhambyl Grid JSC'), 'buyer', JSON.stringify(p.organizations));
});

test('a sentence whose subject is the group behind the project ("The consortium is led by ...") names its members', () => {
  const x = run('A Turkish-Korean consortium has won the tender for a 150 MW wind farm near Aktobe. The consortium is led by Anadolu Ruzgar Enerji A.S., with Hwarang Power Co., Ltd. as a 30% partner.');
  const p = x.projects.find((q) => q.type === 'wind_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(orgNames(p).includes('Anadolu Ruzgar Enerji A.S.') && orgNames(p).includes('Hwarang Power Co., Ltd.'), orgNames(p).join('|'));
});

test('the holders of the project company ("X is 60% owned by A and 40% by B") hold the project with it', () => {
  const x = run('Steppe Cement LLP will build and own a 1 million-tonne cement plant near Shymkent. Steppe Cement LLP is 60% owned by Orda Holding JSC and 40% by Taraz Capital Partners Ltd.');
  const p = x.projects.find((q) => q.type === 'manufacturing_plant');
  assert.ok(p, JSON.stringify(x.projects));
  const role = (n: string) => p.organizations.find((o) => o.name === n)?.role;
  assert.equal(role('Taraz Capital Partners Ltd.'), 'partner', JSON.stringify(p.organizations));
  assert.ok(role('Orda Holding JSC'), JSON.stringify(p.organizations));
});

test('a body that holds the main contract for the works is their contractor, not their owner', () => {
  const x = run('Kessary Paving LLP holds the main contract for the 85-km Taraz–Shu road, which the Ministry of Transport expects to reopen in 2027.');
  const p = x.projects.find((q) => q.type === 'road');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.organizations.find((o) => o.name === 'Kessary Paving LLP')?.role, 'contractor', JSON.stringify(p.organizations));
});

test('in a story about a later stage, the builder and cost of the first stage do not go to the project', () => {
  const x = run('The president on Friday opened Phase 2 of the Taraz–Shu expressway, a 90-km road built by Velmora Roads LLP with a loan from the Steppe Development Bank. The first phase, built by Kessary Construction JSC, cost about $400 million and opened in 2021.');
  const p = x.projects.find((q) => q.type === 'road');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(!orgNames(p).includes('Kessary Construction JSC'), orgNames(p).join('|'));
  assert.ok(orgNames(p).includes('Velmora Roads LLP'), orgNames(p).join('|'));
  assert.equal(p.amount, null);
});

test('a body named only as the parent of another ("a unit of the state-owned B", "chairman of parent group B") is no party to the project', () => {
  const x = run('Orlan Ports Ltd, a unit of the state-owned Velmora Shipping Group, will build a container terminal at Aktau. The deal was signed in Astana by Orlan Ports Ltd and by the chairman of parent group Steppe Holdings JSC, Arman Bekov.');
  const p = x.projects.find((q) => q.type === 'port');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(orgNames(p), ['Orlan Ports Ltd']);
});

test('goods go from the supplier to the buyer: "ordered ... from A" makes A the supplier, "supply ... to B" makes B the buyer', () => {
  const role = (x: ReturnType<typeof run>, n: string) => x.projects.find((q) => q.type === 'rolling_stock')?.organizations.find((o) => o.name === n)?.role;
  const x = run('Steppe Rail JSC has ordered 50 shunting locomotives from Orlan Locomotive Works LLP for $300 million.');
  assert.equal(role(x, 'Steppe Rail JSC'), 'buyer', JSON.stringify(x.projects));
  assert.equal(role(x, 'Orlan Locomotive Works LLP'), 'supplier', JSON.stringify(x.projects));
  const y = run('Orlan Locomotive Works LLP will supply 50 shunting locomotives to Steppe Rail JSC under a contract signed on Monday.');
  assert.equal(role(y, 'Orlan Locomotive Works LLP'), 'supplier', JSON.stringify(y.projects));
  assert.equal(role(y, 'Steppe Rail JSC'), 'buyer', JSON.stringify(y.projects));
});

test('"A signed an EPC contract with B": B does the work, A is the client; "a contract with B to build" makes B the contractor', () => {
  const x = run('Aral Salt JSC on Monday signed an EPC contract with Jinan Alkali Works Co., Ltd. for a 300,000-tonne soda plant near Aralsk.');
  const p = x.projects.find((q) => q.type === 'petrochemical_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.organizations, [{ name: 'Aral Salt JSC', role: 'developer' }, { name: 'Jinan Alkali Works Co., Ltd.', role: 'contractor' }]);
  const y = run('Mangystau Ports JSC signed a $90 million contract with Hwarang Marine Co., Ltd. to build a container terminal at Kuryk.');
  const q = y.projects.find((r) => r.type === 'port');
  assert.ok(q, JSON.stringify(y.projects));
  assert.equal(q.organizations.find((o) => o.name === 'Hwarang Marine Co., Ltd.')?.role, 'contractor', JSON.stringify(q.organizations));
});

test('in an interview\'s answers "we" is the organisation the person answering speaks for; its local company named with a country is another body', () => {
  const x = run([
    "Turkey's Anka Renewables broke ground last month on a 200 MW solar park near Shymkent. We spoke to its managing director, Arman Bekov, about the build.",
    '',
    'Q: How far along is the park?',
    '',
    'Bekov: The piles are in. We expect the solar park to start feeding the grid next summer, and our local company, Anka Renewables Kazakhstan LLP, will own and run it.',
    '',
    'Q: And offshore?',
    '',
    'Bekov: In March we signed a memorandum with the Ministry of Energy for a 500 MW wind farm near Aktau.',
  ].join('\n'));
  const solar = x.projects.find((q) => q.type === 'solar_power_plant');
  const wind = x.projects.find((q) => q.type === 'wind_power_plant');
  assert.ok(solar && wind, JSON.stringify(x.projects));
  assert.deepEqual(orgNames(solar).sort(), ['Anka Renewables', 'Anka Renewables Kazakhstan LLP']);
  assert.deepEqual(orgNames(wind).sort(), ['Anka Renewables', 'Ministry of Energy']);
});

test('a parent that puts in the equity ("the rest is equity from its parent, B") is a financier of the project', () => {
  const x = run('Orlan Solar LLP is building a 50 MW solar plant near Kentau. Two banks are lending $30 million to the plant, and the rest is equity from its parent, Steppe Holding JSC, of Almaty.');
  const p = x.projects.find((q) => q.type === 'solar_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.organizations.find((o) => o.name.startsWith('Steppe Holding'))?.role, 'financier', JSON.stringify(p.organizations));
});

test('a body that will help the investor with the plot or permits of the project under discussion takes part in it as "other"', () => {
  const x = run('Minister Aidos Serikov received executives of Velmora Logistics PJSC, which plans a 1 million-tonne logistics hub in Taraz. Steppe Invest National Company JSC will help the company choose a land plot and apply for investment preferences.');
  const p = x.projects.find((q) => q.type === 'logistics_hub');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.organizations.find((o) => o.name === 'Steppe Invest National Company JSC')?.role, 'other', JSON.stringify(p.organizations));
  const y = run('Minister Aidos Serikov received executives of Velmora Logistics PJSC, which plans a 1 million-tonne logistics hub in Taraz. Steppe Invest National Company JSC will help the ministry with its annual report.');
  assert.ok(!y.projects[0]?.organizations.some((o) => o.name.startsWith('Steppe Invest')), JSON.stringify(y.projects));
});

test('"A is building the plant for B": A is the contractor and B owns the works', () => {
  const x = run('The 900 MW gas power plant that Anka Enerji Sistemleri A.S. is building for Steppe Power JSC near Ekibastuz is now half complete.');
  const p = x.projects.find((q) => q.type === 'thermal_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  const role = (n: string) => p.organizations.find((o) => o.name === n)?.role;
  assert.equal(role('Anka Enerji Sistemleri A.S.'), 'contractor', JSON.stringify(p.organizations));
  assert.equal(role('Steppe Power JSC'), 'owner', JSON.stringify(p.organizations));
});

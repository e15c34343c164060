import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('a project referred to again ("the line runs...") is still under discussion in the next paragraph', () => {
  const x = run([
    'Tengri Rail Corporation will build the Aral–Karatau railway in the Kyzylorda region.',
    'Surveyors walked the steppe for most of the summer.',
    'On the latest map, the line runs some 410 kilometres across open country.',
    'The ministry now estimates the total cost at up to $1.4 billion.',
  ].join('\n\n'));
  const p = x.projects.find((q) => q.type === 'railway');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.amount?.value, 1.4e9);
});

test('a place right after "signed" is where the papers were signed, not where the project is', () => {
  const x = run('Sairam Energy JSC will build a 200 MW solar power plant in the Zhambyl region.\n\nThe contracts for it were signed in Tashkent in May.');
  const p = x.projects.find((q) => q.type === 'solar_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(p.places.includes('Zhambyl region'), p.places.join('|'));
  assert.ok(!p.places.includes('Tashkent'), p.places.join('|'));
});

test('a place a distance is measured from is a landmark, not the project\'s place', () => {
  const x = run('The 150 MW Kokzhar hydropower plant, which sits about 60 km east of Almaty, began operation on Monday.');
  const p = x.projects.find((q) => q.type === 'hydro_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(!p.places.includes('Almaty'), p.places.join('|'));
  const y = run('Sitting some 40 kilometres from Bishkek in the Chuy region, the 300 MW plant will burn coal.');
  assert.ok(!y.projects[0]?.places.includes('Bishkek'), JSON.stringify(y.projects));
  // a route still has both ends
  const z = run('The new 120-km railway from Osh to Jalal-Abad will cost $400 million.');
  assert.ok(z.projects[0]?.places.includes('Osh'), JSON.stringify(z.projects));
});

test('a sum in a sentence that also gives the project its capacity is the project\'s amount', () => {
  const x = run('The talks also covered a gas chemical complex to be built in the Mangystau region. Output is planned at up to 500,000 tons of methanol a year, and the total bill is estimated at $900 million.');
  const p = x.projects.find((q) => q.type === 'petrochemical_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.capacity[0]?.value, 500000);
  assert.equal(p.amount?.value, 900e6);
});

test('two mentions of one project in a sentence still make a one-project sentence for its places', () => {
  const x = run('Ertis Bridge Corporation will build the 1.2-km Irtysh bridge in the Abai region.\n\nLocals already call the bridge the Chinese bridge, and it will join Semey with Kurchatov across the river.');
  const b = x.projects.filter((q) => q.type === 'bridge');
  assert.equal(b.length, 1, JSON.stringify(x.projects));
  assert.ok(b[0].places.includes('Semey') && b[0].places.includes('Kurchatov'), b[0].places.join('|'));
});

test('"in the same region" places a project in the region the text named last', () => {
  const x = run('Orda Chemicals will build a soda plant in the Kyzylorda region with Chinese partners. In the same region, a 50 MW solar power plant is being built by Sunkar Energy LLP.');
  const p = x.projects.find((q) => q.type === 'solar_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.places, ['Kyzylorda region']);
});

test('a definite reference with a figure before its noun ("the 410-km line") points back to the project', () => {
  const x = run('Tengri Rail Corporation will build the Aral–Karatau railway.\n\nThe 410-km line will cross the Shieli district, the heart of the Kyzylorda region, from north to south.');
  const p = x.projects.find((q) => q.type === 'railway');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(p.places.includes('Shieli district'), p.places.join('|'));
});

test('"X built it" makes X the contractor and "Y put up the rest" makes Y a financier of the project under discussion', () => {
  const x = run('The new 900-metre Ural bridge in Uralsk opened on Friday. Steppe Bridge Company (SBC) built it in two years. The Eurasian Development Bank lent most of the money, and the City of Uralsk put up the rest.');
  const p = x.projects.find((q) => q.type === 'bridge');
  assert.ok(p, JSON.stringify(x.projects));
  const role = (n: string) => p.organizations.find((o) => o.name === n)?.role;
  assert.equal(role('Steppe Bridge Company'), 'contractor', JSON.stringify(p.organizations));
  assert.equal(role('City of Uralsk'), 'financier', JSON.stringify(p.organizations));
});

test('a sentence naming the project only as "the deal" places the deal, not the works', () => {
  const x = run('Caspian Ports JSC has agreed to buy 51% of the company building a grain terminal in Aktau.\n\nSpeaking in Astana, the minister hailed the deal as a first step towards a trade route reaching Kashgar and all of Central Asia.');
  const p = x.projects.find((q) => q.type === 'port' || q.type === 'logistics_hub' || q.type === 'agricultural_facility');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(p.places.includes('Aktau'), p.places.join('|'));
  assert.ok(!p.places.includes('Astana') && !p.places.includes('Kashgar'), p.places.join('|'));
});

test('a place right before an event or deal noun ("in Baku deal") modifies that noun', () => {
  const x = run('Caspian Ports JSC will buy 51% of the grain terminal project in Aktau, officials said on Monday.', '2025-03-12', 'Caspian Ports buys control of grain terminal project in Baku deal');
  const p = x.projects[0];
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.places, ['Aktau']);
});

test('a capital as the subject of a verb of saying or wanting stands for its government, not the project\'s place', () => {
  const x = run('A Kremlin spokesman said on Tuesday that Beijing wants to help Astana complete the 400 MW Ekibastuz power plant in the Pavlodar region.');
  const p = x.projects[0];
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(p.places.includes('Pavlodar region'), p.places.join('|'));
  assert.ok(!p.places.includes('Beijing'), p.places.join('|'));
});

test('a lone unknown name before a facility named after its site ("the Tasbulak hydropower plant") is that site', () => {
  const x = run('Zhetysu Energy LLP will build the 350 MW Tasbulak hydropower plant on the Ili river.');
  const p = x.projects.find((q) => q.type === 'hydro_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(p.places.includes('Tasbulak'), p.places.join('|'));
  assert.equal(x.places.find((q) => q.name === 'Tasbulak')?.kind, 'site');
  // a bridge is often named after a person; a demonym is no place
  const y = run('Crowds crossed the new Abai Bridge, and engineers praised the Chinese wind farm nearby.');
  assert.ok(!names(y.places).includes('Abai') && !names(y.places).includes('Chinese'), JSON.stringify(y.places));
});

test('ships calling at a port are not its capacity', () => {
  const x = run('The new Kuryk container terminal opened on Monday, and two container ships began unloading cargo at once.');
  const p = x.projects.find((q) => q.type === 'port');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity, []);
});

test('a body that names the facility as its own ("the X LLP plant", "X\'s refinery") is its owner', () => {
  const x = run('Work continues on lifting capacity at the Steppe Bitumen LLP plant in Aktau to 400,000 tonnes a year.');
  const p = x.projects[0];
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.organizations.find((o) => o.name === 'Steppe Bitumen LLP')?.role, 'owner', JSON.stringify(p.organizations));
  const y = run('Qazaq Oil Refining JSC\'s refinery in Atyrau will be modernised by Tianjin Petro Engineering Company.');
  const q = y.projects.find((r) => r.type === 'refinery');
  assert.equal(q?.organizations.find((o) => o.name === 'Qazaq Oil Refining JSC')?.role, 'owner', JSON.stringify(y.projects));
});

test('a design or construction institute with no other cue is the contractor', () => {
  const x = run('Steppe Rail JSC and the Almaty Transport Design Institute discussed the Aral–Karatau railway on Monday.');
  const p = x.projects.find((q) => q.type === 'railway');
  assert.ok(p, JSON.stringify(x.projects));
  const role = (n: string) => p.organizations.find((o) => o.name === n)?.role;
  assert.equal(role('Almaty Transport Design Institute'), 'contractor', JSON.stringify(p.organizations));
  assert.equal(role('Steppe Rail JSC'), 'partner', JSON.stringify(p.organizations));
});

test('an old date in a side clause does not make a present-perfect sentence history', () => {
  const x = run('A plan to build a 2 GW coal-fired power plant at Kulan, announced in 2014 with Datang Power Corporation, has been shelved, the ministry said.', '2025-03-12');
  const p = x.projects[0];
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.status, 'cancelled');
  const y = run('The 2 GW Kulan coal-fired power plant was commissioned in 2014 by Datang Power Corporation.', '2025-03-12');
  assert.notEqual(y.projects[0]?.status, 'operating', 'a sentence of history sets no status');
});

test('a body the sentence is attributed to ("..., the Ministry of Energy said") is its source, not a party', () => {
  const x = run('Orda Solar LLP will build a 200 MW solar power plant in the Zhambyl region, the Ministry of Energy said on Monday.');
  const p = x.projects[0];
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.organizations.map((o) => o.name), ['Orda Solar LLP']);
  // a cue keeps a party that also speaks
  const y = run('A 200 MW solar power plant in the Zhambyl region will be financed by the Steppe Development Bank, the lender said.');
  assert.ok(y.projects[0]?.organizations.some((o) => o.name === 'Steppe Development Bank' && o.role === 'financier'), JSON.stringify(y.projects));
});

test('a numbered item of a roundup is another story: bodies named under it do not join the project of the item before', () => {
  const x = run([
    'Three deals from the week.',
    '',
    '1. Kazakhstan: a wind farm for Zhanatas',
    '',
    'Steppe Wind LLP signed a contract with Tianfeng Power Co., Ltd. to build a 100 MW wind farm near Zhanatas. The plant will cost $150 million.',
    '',
    '2. Uzbekistan: a Korean loan for a nursing college',
    '',
    'Korea\'s Economic Development Cooperation Fund on Wednesday signed a $40 million loan with the Government of Uzbekistan for a nursing college in Nukus.',
  ].join('\n'));
  const p = x.projects.find((q) => q.type === 'wind_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.organizations.map((o) => o.name).sort(), ['Steppe Wind LLP', 'Tianfeng Power Co., Ltd.']);
});

test('a headline status cue goes to the facility the headline names nearest it, not to the article\'s longest-running project', () => {
  const x = run('Orda Cement LLP plans a 500,000-tonne cement plant near Taraz. The plant would employ 300 people, the company said. Steppe Wind LLP had a 100 MW wind farm near Aktobe on its books for years.', '2025-03-12', 'Orda plans cement plant in Taraz; Aktobe wind farm cancelled');
  const cement = x.projects.find((q) => q.type === 'manufacturing_plant');
  const wind = x.projects.find((q) => q.type === 'wind_power_plant');
  assert.ok(cement && wind, JSON.stringify(x.projects));
  assert.notEqual(cement.status, 'cancelled');
  assert.equal(wind.status, 'cancelled');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('a facility with its capacity, amount, place and partner', () => {
  const x = run('Orda Solar LLP signed an agreement with Xinhe Power Corporation on Tuesday to build a 250 MW solar power plant in the Kyzylorda region, with investment of about $210 million.');
  assert.equal(x.projects.length, 1, JSON.stringify(x.projects));
  const p = x.projects[0];
  assert.equal(p.type, 'solar_power_plant');
  assert.equal(p.sector, 'energy.renewables');
  assert.equal(p.status, 'agreed');
  assert.deepEqual(p.capacity.map((c) => [c.value, c.unit]), [[250, 'MW']]);
  assert.equal(p.amount?.value, 210e6);
  assert.equal(p.amount?.qualifier, 'about');
  assert.ok(p.places.includes('Kyzylorda region'), p.places.join('|'));
  assert.equal(p.country, 'KZ');
  assert.ok(p.organizations.some((o) => o.name === 'Xinhe Power Corporation'));
});

test('roles come from the words around each organisation', () => {
  const x = run('The 40-km Osh bypass road will be built by Tianlu Road and Bridge Corporation and financed by a loan from the Asian Infrastructure Investment Bank.');
  const p = x.projects[0];
  assert.ok(p, 'a project');
  const role = (n: string) => p.organizations.find((o) => o.name === n)?.role;
  assert.equal(role('Tianlu Road and Bridge Corporation'), 'contractor');
  assert.equal(role('Asian Infrastructure Investment Bank'), 'financier');
  assert.equal(p.capacity[0]?.value, 40);
});

test('status cues: construction, operating, cancelled, and a plan is announced', () => {
  assert.equal(run('Work on the Termez logistics hub is under way.').projects[0]?.status, 'construction');
  assert.equal(run('The 120 MW Aral wind farm was commissioned on Monday.').projects[0]?.status, 'operating');
  assert.equal(run('The 2 GW Balkhash coal-fired power plant has been shelved.').projects[0]?.status, 'cancelled');
  assert.equal(run('The company plans to build a 60 MW wind farm near Shu.').projects[0]?.status, 'announced');
  assert.equal(run('The 60 MW Shu wind farm could be commissioned next year.').projects[0]?.status, 'announced');
});

test('two route projects from one coordinated phrase, with route ends as places', () => {
  const x = run('Engineers studied the Aktau–Beineu and Aktau–Zhanaozen gas pipelines last year.');
  const pipes = x.projects.filter((p) => p.type === 'pipeline');
  assert.equal(pipes.length, 2, JSON.stringify(x.projects));
  assert.ok(pipes[0].places.includes('Aktau') && pipes[0].places.includes('Beineu'));
  assert.ok(pipes[1].places.includes('Zhanaozen'));
});

test('a sector named in passing and a national target are not projects', () => {
  const x = run('Both sides want to expand cooperation in the oil refining industry and in renewable energy, aiming for 6 GW of capacity by 2030.');
  assert.deepEqual(x.projects, []);
});

test('an aggregate over several deals is not a project amount', () => {
  const x = run('The two leaders witnessed 40 agreements worth over $9 billion, including a 300 MW wind farm in the Mangystau region.');
  const p = x.projects.find((q) => q.type === 'wind_power_plant');
  assert.ok(p);
  assert.equal(p.amount, null);
});

test('a later sentence about "the plant" adds its figures to the same project', () => {
  const x = run('Sinara Chemicals will build a urea plant in the Aktobe region.\n\nThe plant will cost $1.1 billion and make 600,000 tonnes a year.');
  assert.equal(x.projects.length, 1, JSON.stringify(x.projects));
  assert.equal(x.projects[0].type, 'fertilizer_plant');
  assert.equal(x.projects[0].amount?.value, 1.1e9);
  assert.equal(x.projects[0].capacity[0]?.value, 600000);
});

test('locomotive orders count units (two kinds counted together: one capacity, their sum) and take the buyer from "for"', () => {
  const x = run('Tianjin Rail Works will supply 50 mainline and 30 shunting locomotives for Kazakhstan Temir Zholy.');
  const p = x.projects.find((q) => q.type === 'rolling_stock');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => [c.value, c.unit, c.item]), [[80, 'units', 'locomotive']]);
  assert.equal(p.organizations.find((o) => o.name === 'Kazakhstan Temir Zholy')?.role, 'buyer');
  assert.equal(p.organizations.find((o) => o.name === 'Tianjin Rail Works')?.role, 'supplier');
});

test('a facility can have capacities in several units or items; a daily rate keeps its period', () => {
  const x = run('Mekong Clean Power will build a waste-to-energy plant in Can Tho that burns 1,000 tonnes of waste a day and generates 20 MW.');
  const p = x.projects.find((q) => q.type === 'waste_to_energy_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => [c.value, c.unit]).sort(), [[1000, 't/d'], [20, 'MW']]);
});

test('fleet orders keep each item: wagons and locomotives', () => {
  const x = run('Addis Rail ordered 150 container wagons and eight electric locomotives from Zhuzhou Works.');
  const p = x.projects.find((q) => q.type === 'rolling_stock');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => [c.value, c.item]).sort(), [[150, 'wagon'], [8, 'locomotive']]);
});

test('a plant named by its product, a section of a line, and umbrella initiatives', () => {
  const x = run('Balkhash Alloys will build a ferrosilicon plant in Ekibastuz. Work on the Osh–Jalal-Abad railway continues, and the Jalal-Abad–Kazarman section will follow. Both are part of the Belt and Road.');
  const types = x.projects.map((p) => p.type).sort();
  assert.ok(types.includes('manufacturing_plant'), JSON.stringify(x.projects));
  assert.equal(x.projects.filter((p) => p.type === 'railway').length, 2, JSON.stringify(x.projects));
  assert.ok(!x.projects.some((p) => /Belt and Road/.test(p.name)));
});

test('a facility that only describes a place is not a project', () => {
  const x = run("Chattogram, the country's main port, will get a new water treatment plant financed by a $200 million loan.");
  assert.deepEqual(x.projects.map((p) => p.type), ['water_supply']);
});

test('a port named by a nation or sea is a waypoint; a pipeline serving the plant under discussion is part of it', () => {
  const x = run('The reactors will travel through the Georgian port of Poti.\n\nAral Chemicals will build a urea plant in Kyzylorda. The plant will take water through a 20-km pipeline from the Syr Darya.');
  assert.ok(!x.projects.some((p) => p.type === 'port'), JSON.stringify(x.projects));
  assert.deepEqual(x.projects.map((p) => p.type), ['fertilizer_plant']);
});

test('a place after a visit or talks is where the event was, not where the works are; a ceremony is held at the site', () => {
  const visit = run('During a visit to Tashkent, Kovar Energy agreed to build a 400 MW gas-fired power plant in Navoi Region.');
  const plant = visit.projects.find((p) => p.type === 'thermal_power_plant') ?? visit.projects[0];
  assert.ok(plant, JSON.stringify(visit.projects));
  assert.ok(plant.places.includes('Navoi Region'), plant.places.join('|'));
  assert.ok(!plant.places.includes('Tashkent'), plant.places.join('|'));
  const ceremony = run('A groundbreaking ceremony in Turgen marked the start of construction of a 150 MW pumped-storage hydropower plant.');
  assert.ok(ceremony.projects[0]?.places.includes('Turgen'), JSON.stringify(ceremony.projects));
});

test('a dual carriageway is a road project', () => {
  const x = run('The ministry signed a concession with Steppe Roads JSC to build the 300-km Taraz–Shymkent dual carriageway for $900 million.');
  const p = x.projects.find((q) => q.type === 'road');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.capacity[0]?.value, 300);
});

test('a hydropower cascade is a hydro project, and "the cascade" refers back to it', () => {
  const x = run('Tianshan Hydro Corporation will build the Upper Naryn hydropower cascade.\n\nThe cascade, in the Naryn region, will cost about $900 million.');
  const p = x.projects.find((q) => q.type === 'hydro_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(p.places.includes('Naryn region'), p.places.join('|'));
  assert.equal(p.amount?.value, 9e8);
});

test('a facility a project is said to include ("the section includes a 900-m bridge") is its component, not a project', () => {
  const x = run('Kazakh Roads JSC has started work on the 42-km Shymkent–Lenger road. The road includes a 900-metre bridge over the Badam river and two interchanges.');
  assert.equal(x.projects.filter((q) => q.type === 'bridge').length, 0, JSON.stringify(x.projects));
  const p = x.projects.find((q) => q.type === 'road');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(p.capacity.some((c) => c.unit === 'km' && Math.abs(c.value - 0.9) < 0.01), JSON.stringify(p.capacity));
});

test('an indefinite facility phrase placed where the earlier facility of its kind is not introduces another project', () => {
  const x = run([
    'Tarlan Waste Energy LLP has opened the 20 MW Saryarka waste-to-energy plant in the Karaganda region.',
    'Separately, the company signed a memorandum with the Kostanay akimat on a 600-tonne-per-day waste-to-energy plant near Rudny.',
  ].join(' '));
  const w = x.projects.filter((q) => q.type === 'waste_to_energy_plant');
  assert.equal(w.length, 2, JSON.stringify(x.projects));
  assert.ok(w.some((q) => q.places.includes('Rudny') && !q.places.includes('Karaganda region')), JSON.stringify(w));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('a place a bearing is taken from ("north-west of X") locates the works by it; it is not their place', () => {
  const x = run('Orda Hydro LLP will build a 400 MW hydropower plant in the foothills north-west of Shymkent, on the Arys river.');
  const p = x.projects.find((q) => q.type === 'hydro_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(!p.places.includes('Shymkent'), p.places.join('|'));
});

test('a place that says where a building or a group of people is sets the scene, not the works', () => {
  const x = run('At a hotel in Almaty on Friday, bankers and the developer agreed terms for the 120 MW Zhanatas wind farm.');
  const p = x.projects.find((q) => q.type === 'wind_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(!p.places.includes('Almaty'), p.places.join('|'));
  const y = run('Officials in Bishkek welcomed the 300 MW coal-fired power plant that Tokmok Energy LLC will build near Kara-Balta.');
  const q = y.projects.find((r) => r.type === 'thermal_power_plant');
  assert.ok(q, JSON.stringify(y.projects));
  assert.ok(!q.places.includes('Bishkek'), q.places.join('|'));
});

test('a route end named by a town and a bearing ("Taraz West") is in that town, not a place of its own', () => {
  const x = run('Zhambyl Roads LLP has begun widening the 38-km Taraz West–Shu road in the Zhambyl region.');
  const p = x.projects.find((q) => q.type === 'road');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(p.places.includes('Taraz'), p.places.join('|'));
  assert.ok(!p.places.includes('Taraz West'), p.places.join('|'));
  assert.ok(!x.places.some((q) => q.name === 'Taraz West'), JSON.stringify(x.places));
});

test('a place that only says where another place lies is not the line\'s place', () => {
  const x = run('The 310-km railway will run from Semey in the Abai region through Ayagoz to the Almaty region town of Taldykorgan.');
  const p = x.projects.find((q) => q.type === 'railway');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(p.places.includes('Semey') && p.places.includes('Taldykorgan'), p.places.join('|'));
  assert.ok(!p.places.includes('Abai region') && !p.places.includes('Almaty region'), p.places.join('|'));
  // a plant does stand in the region its town lies in
  const y = run('Orda Solar LLP will build a 100 MW solar power plant near Shu in the Zhambyl region.');
  assert.ok(y.projects[0]?.places.includes('Zhambyl region'), JSON.stringify(y.projects));
});

test('the districts a line crosses, listed under a plural head, are not its places; its ends are', () => {
  const x = run('The 250-km Almaty–Taldykorgan railway will be built by Zhetysu Rail LLP. The railway crosses Almaty, Ili, Karasay and Balkhash districts on its way north.');
  const p = x.projects.find((q) => q.type === 'railway');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.places, ['Almaty', 'Taldykorgan']);
});

test('a name with a unit number before a facility word ("the Tasbulak-2 hydropower plant") is the plant\'s name, not a site', () => {
  const x = run('Zhetysu Energy LLP will build the 350 MW Tasbulak-2 hydropower plant on the Ili river.');
  const p = x.projects.find((q) => q.type === 'hydro_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.places, ['Ili river']);
  assert.ok(!x.places.some((q) => q.name === 'Tasbulak-2'), JSON.stringify(x.places));
});

test('a place in capitals opening the body before a comma is the dateline, whatever the date form after it', () => {
  // (a press page puts a kicker and the date before it)
  const x = run('Tarlan Waste Energy LLP press release\n\n3 March 2025\n\nKARAGANDA, 3 March 2025 – Tarlan Waste Energy LLP said its 20 MW Saryarka waste-to-energy plant has entered commercial operation.');
  const p = x.projects.find((q) => q.type === 'waste_to_energy_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(!p.places.some((n) => n.toUpperCase() === 'KARAGANDA'), p.places.join('|'));
});

test('a sentence opening with "It" right after the project was named goes on describing it, with its places', () => {
  const x = run([
    'Kyrgyz Hydro JSC on Monday signed a contract with Tianshan Power Co., Ltd. for a 600 MW hydropower plant.',
    'The contract was signed in Bishkek. It covers four turbine units and an upper reservoir in the Kemin district.',
  ].join('\n\n'));
  const p = x.projects.find((q) => q.type === 'hydro_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(p.places.includes('Kemin district'), p.places.join('|'));
  assert.ok(!p.places.includes('Bishkek'), p.places.join('|'));
});

test('the place an agreement was signed in ("an agreement in X for a plant near Y") is not the plant\'s place', () => {
  const x = run('Aral Chemicals JSC and Hoshi Trading Corporation signed a framework agreement in Astana for a 500,000-tonne methanol plant near Aralsk.');
  const p = x.projects.find((q) => q.type === 'petrochemical_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.places, ['Aralsk']);
});

test('a sea or a continent in a sentence about one project is its route or market, not its place, unless a place preposition ties it to the facility', () => {
  const x = run('Kessary Nitrogen LLP will build a 600,000-tonne ammonia plant near Aktau, and most of its output will go across the Caspian to buyers in Europe.');
  const p = x.projects.find((q) => q.type === 'fertilizer_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.places, ['Aktau']);
  const y = run('Caspian Breeze LLP has signed a memorandum for a 500 MW offshore wind farm in the Caspian.');
  const q = y.projects.find((r) => r.type === 'wind_power_plant');
  assert.ok(q, JSON.stringify(y.projects));
  assert.ok(q.places.includes('Caspian'), JSON.stringify(q.places));
});

test('where goods are shipped from, and the capital a government works with, are not the project\'s places', () => {
  const x = run('Steppe Freight JSC has ordered 120 hopper wagons from Orlan Wagon Works LLP; the wagons will be shipped from Pavlodar in two lots.');
  const p = x.projects.find((q) => q.type === 'rolling_stock');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(!p.places.includes('Pavlodar'), JSON.stringify(p.places));
  const y = run('A spokesman said Ankara would work with Baku to finish the 30-km road bridge near Ganja by 2027.');
  const q = y.projects[0];
  assert.ok(q, JSON.stringify(y.projects));
  assert.deepEqual(q.places, ['Ganja']);
});

test('a city the headline places the works near, which the body only measures from ("in Talgar, east of Almaty"), is a landmark', () => {
  const x = run('Steppe Cloud LLP broke ground on Monday on a 30 MW data centre in Talgar, east of Almaty. The company puts the cost at $200 million.', '2025-03-12', 'Steppe Cloud starts work on data centre near Almaty');
  const p = x.projects.find((q) => q.type === 'data_center');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.places, ['Talgar']);
  const y = run('Steppe Cloud LLP broke ground on Monday on a 30 MW data centre. The company puts the cost at $200 million.', '2025-03-12', 'Steppe Cloud starts work on data centre near Almaty');
  assert.deepEqual(y.projects.find((q) => q.type === 'data_center')?.places, ['Almaty']);
});

test('a place that says where another, existing facility is ("to the substation at X") is not the plant\'s; storage said with the plant keeps its place', () => {
  const x = run('Kessary Hydro LLP is building a 120 MW hydropower plant on the Ili river in the Almaty region. It will also build a 40-km power line from the plant to the substation at Kapchagay.');
  const p = x.projects.find((q) => q.type === 'hydro_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(!p.places.includes('Kapchagay'), JSON.stringify(p.places));
  const y = run('Orda Solar LLP has reached financial close on a 60 MW solar farm with battery storage near Kapchagay.');
  assert.deepEqual(y.projects.find((q) => q.type === 'solar_power_plant')?.places, ['Kapchagay']);
});

test('a plant named by what it makes ("a battery separator film plant in X") is a project placed in X', () => {
  const x = run('Hwarang Separator Co., Ltd. said on Tuesday it would start production at its battery separator film plant in Pavlodar a year later than planned.');
  const p = x.projects.find((q) => q.type === 'manufacturing_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.places, ['Pavlodar']);
});

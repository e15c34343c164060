import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a zone named as where a plot, a site or land lies is the site of the works, not a project; what the
// works' cost is said to include ("Its cost, including a substation") is a part of them.

const types = (x: ReturnType<typeof run>) => x.projects.map((p) => p.type).sort();

test('a plot at a tech park where a data centre is piled: the park is the site', () => {
  const x = run('Kestrel Data has started piling for a 200 MW data centre in Kulai. Work began in May on the 38-acre plot at Velmora Tech Park, which the company bought from the state.');
  assert.deepEqual(types(x), ['data_center'], JSON.stringify(x.projects));
});

test('a site leased in an industrial park for a plant: the park is the site, the plant the works', () => {
  const x = run('Orvel Textiles leased a 12-hectare site in the Tarvin Industrial Park for a $40 million dyeing plant.');
  assert.deepEqual(types(x), ['manufacturing_plant'], JSON.stringify(x.projects));
});

test('land bought inside a free zone for a plant built there: the zone is the site', () => {
  const x = run('Halden Glass bought land inside the Ostra Free Zone and will build a $90 million float-glass plant there.');
  assert.deepEqual(types(x), ['manufacturing_plant'], JSON.stringify(x.projects));
});

test('a parcel within an industrial estate, in a later sentence: the estate is the site', () => {
  const x = run('Brenmoor Cold Chain will spend $25 million on a cold-storage warehouse near Tarvin.\n\nThe company has signed for a parcel within the Tarvin Industrial Estate, close to the highway.');
  assert.deepEqual(types(x), ['logistics_hub'], JSON.stringify(x.projects));
});

test('counter-case: a park that is itself developed, with plots for factories: the park is works', () => {
  const x = run('Kessary Parks will develop the 500-hectare Belvik Industrial Park for $120 million, with plots for 40 factories.');
  assert.deepEqual(types(x), ['industrial_zone'], JSON.stringify(x.projects));
});

test('counter-case: a park described as a site of its own size: the park is works', () => {
  const x = run('The Tarvin Industrial Park, a 300-hectare site, will be built by Kessary Parks for $80 million.');
  assert.deepEqual(types(x), ['industrial_zone'], JSON.stringify(x.projects));
});

test('the cost of a data hall including a substation: the substation is a part, not a project', () => {
  const x = run('Kestrel Data opened the first hall of its Ostra campus today. Its cost, including a 130 kV substation, was EUR 310 million.');
  assert.ok(!types(x).includes('power_grid'), JSON.stringify(x.projects));
});

test('a budget including a substation and a battery after a solar farm: one solar project', () => {
  const x = run('The 50 MW Belvik solar farm is now running. Their budget, including a 33 kV substation and a battery, came to $60 million, the sponsors said.');
  assert.deepEqual(types(x), ['solar_power_plant'], JSON.stringify(x.projects));
});

test('counter-case: a substation built on its own, whose cost includes land: the substation is works', () => {
  const x = run('Velmora Power will build a 132 kV substation at Tarvin for $20 million. Its cost includes land.');
  assert.deepEqual(types(x), ['power_grid'], JSON.stringify(x.projects));
});

// A facility after 'at its'/'at their' right after other works is an asset the owner has already: the works' site.

test('a wastewater plant at its fertiliser complex: the complex is the site', () => {
  const x = run('Kestrel Chemicals will build a $50 million wastewater treatment plant at its Ostra fertiliser complex.');
  assert.deepEqual(types(x), ['water_supply'], JSON.stringify(x.projects));
});

test('a cold store at their port terminal, in a later paragraph: the terminal is the site', () => {
  const x = run('Halden Fruit exports 200,000 tonnes of bananas a year.\n\nThe group will build a $25 million cold-storage warehouse at their Belvik container terminal next year.');
  assert.deepEqual(types(x), ['logistics_hub'], JSON.stringify(x.projects));
});

test('a desalination plant at its refinery: the refinery is the site', () => {
  const x = run('Orvel Petroleum signed a $90 million contract for a desalination plant at its Tarvin refinery with Kessary Water.');
  assert.deepEqual(types(x), ['water_supply'], JSON.stringify(x.projects));
});

test('counter-case: a battery at its new solar farm: one solar project', () => {
  const x = run('Orvel Power will install a 20 MW battery at its new Tarvin solar farm, which opens in 2026, for $15 million.');
  assert.deepEqual(types(x), ['solar_power_plant'], JSON.stringify(x.projects));
});

test('counter-case: a plant and, in the next sentence, a pipeline to its site: the plant stays', () => {
  const x = run('Kessary Steel will build a $200 million rolling mill in Belvik. Orvel Gas will lay a pipeline to its site.');
  assert.ok(types(x).includes('manufacturing_plant'), JSON.stringify(x.projects));
});

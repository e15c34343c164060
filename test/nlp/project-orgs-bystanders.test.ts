import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Bodies named with the works that take no part in them: one that only comments on them (criticises, welcomes, opposes)
// and one that hosts the meeting where they were presented. And a parent named by description ("A, its German parent",
// "the parent company, A") owns the works its subsidiary develops.

const orgs = (text: string, type: string) => run(text).projects.find((p) => p.type === type)?.organizations.map((o) => `${o.name}:${o.role}`) ?? [];

test('a campaign group that criticised the wind farm is no party', () => {
  const o = orgs('Korvath Energy is building a 100 MW wind farm in Zhanatas. The Zhanatas Environmental Alliance criticised the wind farm, saying it would harm birds.', 'wind_power_plant');
  assert.deepEqual(o, ['Korvath Energy:developer']);
});

test('a chamber that welcomed the plant is no party', () => {
  const o = orgs('Tallis Cement Ltd will build a 1 million-tonne cement plant near Lomsk.\n\nThe Lomsk Chamber of Commerce has welcomed the plant as a boost for local jobs.', 'manufacturing_plant');
  assert.ok(!o.some((x) => x.startsWith('Lomsk Chamber of Commerce')));
});

test('residents\' association that opposes the line is no party', () => {
  const o = orgs('Velmora Grid Company plans a 120 km 220 kV transmission line to Brenmoor. The Brenmoor Residents Association opposes the line.', 'transmission_line');
  assert.deepEqual(o, ['Velmora Grid Company:developer']);
});

test('counter-case: a body that builds the works still takes part though another criticised them', () => {
  const o = orgs('The Zhanatas Environmental Alliance criticised the project. Korvath Energy is building the 100 MW wind farm in Zhanatas.', 'wind_power_plant');
  assert.ok(o.includes('Korvath Energy:developer'));
});

test('the ministry that hosted the meeting where the works were presented is no party', () => {
  const o = orgs('Korvath Energy presented its 100 MW wind farm in Zhanatas at a meeting hosted by the Ministry of Energy on Tuesday.', 'wind_power_plant');
  assert.deepEqual(o, ['Korvath Energy:developer']);
});

test('a forum organised by a chamber where a plant was unveiled is no party', () => {
  const o = orgs('Tallis Cement Ltd unveiled a 1 million-tonne cement plant near Lomsk at an investment forum organised by the Lomsk Chamber of Commerce.', 'manufacturing_plant');
  assert.ok(!o.some((x) => x.startsWith('Lomsk Chamber of Commerce')));
});

test('"A, its German parent, will fund the project": the parent owns it', () => {
  const o = orgs('Korvath Georgia LLC will build a 100 MW hydropower plant in Racha. Korvath Holding AG, its German parent, will fund the project.', 'hydro_power_plant');
  assert.ok(o.includes('Korvath Georgia LLC:developer'));
  assert.ok(o.includes('Korvath Holding AG:owner'));
});

test('"The parent company, A, will provide the equity": the parent owns the works', () => {
  const o = orgs('Korvath Georgia LLC will build a 100 MW hydropower plant in Racha. The parent company, Korvath Holding AG, will provide the equity.', 'hydro_power_plant');
  assert.ok(o.includes('Korvath Holding AG:owner'));
});

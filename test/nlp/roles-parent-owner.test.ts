import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const orgsOf = (x: ReturnType<typeof run>, type: string) => Object.fromEntries((x.projects.find((p) => p.type === type)?.organizations ?? []).map((o) => [o.name, o.role]));

// "Its local company, B, says the plant ...": the body "its" stands for holds B, and owns the works B develops.
test('the holder of the developer, named as "its local company, B", owns the project', () => {
  const x = run('Orvik Dairy Group, a Danish food company, has bought land near Nakuru. Its local company, Orvik Dairy Kenya Ltd, says a 200,000-litre-a-day milk processing plant there will cost $45 million.');
  const orgs = orgsOf(x, 'manufacturing_plant');
  assert.equal(orgs['Orvik Dairy Kenya Ltd'], 'developer', JSON.stringify(x.projects));
  assert.equal(orgs['Orvik Dairy Group'], 'owner', JSON.stringify(x.projects));
});

// "A's Moroccan subsidiary, B, will build ...": the possessor holds B.
test('the possessor of "subsidiary, B" owns the project B develops', () => {
  const x = run("Tarvin Cement plc's Moroccan subsidiary, Atlas Liants SA, will develop a 1.5 million-tonne cement plant near Safi, at a cost of $210 million.");
  const orgs = orgsOf(x, 'manufacturing_plant');
  assert.equal(orgs['Atlas Liants SA'], 'developer', JSON.stringify(x.projects));
  assert.equal(orgs['Tarvin Cement plc'], 'owner', JSON.stringify(x.projects));
});

// A holding stated over one project says nothing of another the subsidiary takes on.
test('a holding stated over another project adds no owner', () => {
  const x = run('Kessary Power plc said its subsidiary, Kessary Solar Ltd, had finished a 50 MW solar farm near Orvik.\n\nIn Kisumu, Kessary Solar Ltd signed an agreement with the city to develop a 20 MW wind farm for $35 million.');
  const wind = orgsOf(x, 'wind_power_plant');
  assert.ok('Kessary Solar Ltd' in wind, JSON.stringify(x.projects));
  assert.ok(!('Kessary Power plc' in wind), JSON.stringify(x.projects));
});

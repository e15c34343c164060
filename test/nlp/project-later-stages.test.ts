import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented articles: an indefinite later stage of a project ("a second phase", "another stage") is works of its own,
// of the first project's kind and site; a definite one ("the second line is running") is a part of the project.

test("'a second phase at Tarvin, which could add 400 MW' is a project of its own, the Tarvin park's kind and site", () => {
  const x = run([
    'Velmora Power signed a power purchase agreement for a 600 MW solar park at Tarvin in June.',
    'Separately, a desalination plant at Kessary is being built by Orlo Aqua S.A.',
    'The energy minister said on Monday that a second phase at Tarvin, which could add another 400 MW, would be tendered in 2027.',
  ].join('\n\n'));
  const parks = x.projects.filter((p) => p.type === 'solar_power_plant');
  assert.equal(parks.length, 2, JSON.stringify(x.projects.map((p) => [p.name, p.type])));
  const stage = parks.find((p) => p.capacity.some((c) => c.value === 400));
  assert.ok(stage, JSON.stringify(parks));
  assert.deepEqual(stage.places, ['Tarvin']);
  assert.equal(stage.status, 'announced');
  assert.equal(parks.find((p) => p !== stage)?.status, 'agreed');
  assert.equal(x.projects.filter((p) => p.type === 'water_supply').length, 1);
});

test('a second line named twice is one later stage; the plant keeps its own figures', () => {
  const x = run([
    'Orvel Nickel is building a nickel plant on Selva island, designed for 40,000 tonnes of nickel a year.',
    'Its chairman said last week that a second line could follow. A second line of the same size is in the master plan, but nothing has been decided.',
  ].join('\n\n'));
  const plants = x.projects.filter((p) => p.type === 'manufacturing_plant');
  assert.equal(plants.length, 2, JSON.stringify(x.projects.map((p) => [p.name, p.type])));
  assert.deepEqual(plants[0].capacity.map((c) => c.value), [40_000]);
  assert.equal(plants[0].status, 'construction');
  assert.equal(plants[1].capacity.length, 0);
});

test("'the second line is running', 'the park's second phase' are parts of the project, not projects", () => {
  const x = run("Brenmoor Tyre Co. opened its $200 million tyre factory in March and will make four million tyres a year once the second line is running. A jetty is part of the park's second phase.");
  assert.equal(x.projects.filter((p) => p.type === 'manufacturing_plant').length, 1, JSON.stringify(x.projects.map((p) => [p.name, p.type])));
});

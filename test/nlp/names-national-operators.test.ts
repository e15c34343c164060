import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// A demonym and "Railway" alone name the country's railway company, an actor of the story.
test('a demonym and a network word alone name the national operator', () => {
  const x = run('Moldovan Railway has ordered 30 freight wagons from Kessary Waggonbau GmbH in a €40 million deal. Moldovan Railway will pay the rest from its own funds.');
  assert.ok(names(x.organizations).includes('Moldovan Railway'), JSON.stringify(x.organizations));
  const wagons = x.projects.find((p) => p.organizations.some((o) => o.name === 'Kessary Waggonbau GmbH'));
  assert.ok(wagons?.organizations.some((o) => o.name === 'Moldovan Railway'), JSON.stringify(x.projects));
});

// A railway line's name with a route or a place stays a facility's name.
test('a railway named by its route is no organisation', () => {
  const x = run('The Orvik–Tarvin Railway will be rebuilt by Kessary Rail Works Ltd for $300 million.');
  assert.ok(!names(x.organizations).some((n) => /Railway$/.test(n)), JSON.stringify(x.organizations));
});

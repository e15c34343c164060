import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a body named after works ("X Railway", "X Port") that acts (orders, signs, says, pays), has
// people ("X Railway's chairman") or is the agent of a passive ("built by X Railway") is an organisation, not works.

const names = (text: string) => run(text).projects.map((p) => p.name);

test("'Tarvin Railway has ordered 30 locomotives': the order is the project, not 'Tarvin Railway'", () => {
  assert.deepEqual(names('Tarvin Railway has ordered 30 locomotives from Beltrax Locomotive Works for $210 million.'), ['30 locomotives']);
});

test("'Tarvin Railway, the state rail operator, has signed ...' and 'built by Velmo Railway' name bodies", () => {
  assert.deepEqual(names('Tarvin Railway, the state rail operator, has signed a $300 million loan with the Nordic Investment Bank.'), []);
  assert.deepEqual(names('The 4-km spur line will be built by Velmo Railway and run by its subsidiary.'), ['4-km spur line']);
});

test("'the Velmo Railway will be built by Kessary Rail' is still works", () => {
  assert.deepEqual(names('The 300-km Velmo Railway will be built by Kessary Rail for $2 billion.'), ['300-km Velmo Railway']);
});

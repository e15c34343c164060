import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "B, which runs the Tarsk mine, wants to expand it": the present "runs" tells whose works they are today, the company
// behind them, not a body hired to operate them; the sentence's subject undertakes the works (developer).
test('a company that "runs" the works it expands is not made a mere operator', () => {
  const x = run('Ostrel Mining LLC, which runs the Tarsk copper mine, wants to raise the mine\'s output to 40,000 tonnes of ore a day at a cost of about $300 million.');
  assert.equal(roleOf(x, 'mine', 'Ostrel Mining LLC'), 'developer', JSON.stringify(x.projects));
});

// Counter-cases: "will be run by B", "B will run the plant", "operated by B" still make B the operator.
test('a body the works will be run or operated by stays the operator', () => {
  const x = run('Velmora Water is building a desalination plant near Tarsk. The plant will be run by Kessary Water Services Ltd under a ten-year contract.');
  assert.equal(roleOf(x, 'water_supply', 'Kessary Water Services Ltd'), 'operator', JSON.stringify(x.projects));
  const y = run('Velmora Water is building a desalination plant near Tarsk. Kessary Water Services Ltd will run the plant for ten years.');
  assert.equal(roleOf(y, 'water_supply', 'Kessary Water Services Ltd'), 'operator', JSON.stringify(y.projects));
});

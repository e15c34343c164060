import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// A name with a lender's phrase ("Fund for ...", "Finance Corporation", roles financier_name_phrases) is a lender's
// like a bank's: "A signed a loan agreement with the B Fund for Economic Development" makes A the borrower (developer)
// and B the financier.
test('a borrower that signs a loan with a "Fund for ..." develops; the fund finances', () => {
  const x = run('Velmora Water signed a $40 million loan agreement with the Kessary Fund for Economic Development on Monday for a 50,000 cubic metre a day desalination plant near Tarsk.');
  assert.equal(roleOf(x, 'water_supply', 'Velmora Water'), 'developer', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'water_supply', 'Kessary Fund for Economic Development'), 'financier', JSON.stringify(x.projects));
});

// Counter-case: a plain investment fund that takes a stake keeps the part its share gives it.
test('an investment fund holding a minority stake stays a partner', () => {
  const x = run('Ostrel Wind LLC will build a 120 MW wind farm near Tarsk. The Kessary Investment Fund holds 30% of the project and Ostrel Wind the rest.');
  assert.equal(roleOf(x, 'wind_power_plant', 'Kessary Investment Fund'), 'partner', JSON.stringify(x.projects));
});

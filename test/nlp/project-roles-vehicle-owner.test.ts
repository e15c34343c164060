import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "The project company is owned by B": the company set up to hold the works is the project as a firm, so B owns the
// project (not just some company's parent).
test('the body that owns the project company owns the project', () => {
  const x = run('Ostrel Sun Ltd signed a 20-year power purchase agreement on Monday with the Velmora Power Company for a 50 MW solar farm near Tarsk. The project company is owned by Kessary-based Brightfield Renewables Inc. Construction is due to start in March.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Brightfield Renewables Inc.'), 'owner', JSON.stringify(x.projects));
});

// Counter-case: "A, wholly owned by B, will build the plant" still tells only how two companies hang together.
test('the parent of a builder that is no project company does not own the works', () => {
  const x = run('Tarsen Build Ltd, which is wholly owned by Hexi Holdings Group, will build the 50 MW solar farm near Tarsk for Ostrel Sun Ltd.');
  assert.notEqual(roleOf(x, 'solar_power_plant', 'Hexi Holdings Group'), 'owner', JSON.stringify(x.projects));
});

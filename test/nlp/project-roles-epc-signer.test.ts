import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "A signed an engineering, procurement and construction contract with B": the cue is tokenised with the comma apart
// ("engineering , procurement and construction"), so it must be listed in that form to be read as one phrase: the
// whole contract then goes "with B", and A is the client the works are built for (its developer), B the contractor.
test('the signer of an engineering, procurement and construction contract with a builder is the developer', () => {
  const x = run('VELMORA, May 3 (Test Wire) — Velmoran state power holding Korvat Energy on Tuesday signed an engineering, procurement and construction contract with Tarsen Build Ltd for a 300 MW gas-fired power plant near the town of Ostrel, a project valued at about $400 million.');
  assert.equal(roleOf(x, 'thermal_power_plant', 'Korvat Energy'), 'developer', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'thermal_power_plant', 'Tarsen Build Ltd'), 'contractor', JSON.stringify(x.projects));
});

// Counter-cases: the body that holds such a contract, or builds under one, stays the contractor.
test('a body holding or building under an engineering, procurement and construction contract stays the contractor', () => {
  const x = run('Tarsen Build Ltd, which holds the engineering, procurement and construction contract, expects the 300 MW gas-fired power plant near Ostrel to be finished in 2028.');
  assert.equal(roleOf(x, 'thermal_power_plant', 'Tarsen Build Ltd'), 'contractor', JSON.stringify(x.projects));
  const y = run('Tarsen Build Ltd will build the 80 MW solar plant near Ostrel under an engineering, procurement and construction contract.');
  assert.equal(roleOf(y, 'solar_power_plant', 'Tarsen Build Ltd'), 'contractor', JSON.stringify(y.projects));
});

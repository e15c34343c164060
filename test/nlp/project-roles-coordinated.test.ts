import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// Several parts at once: whoever will "build, own and operate" the plant owns it; whoever builds and runs it under a
// concession develops it.
test('"build, own and operate" makes the owner, "built and run by" the developer', () => {
  const a = run('Tozeur Solaire SARL will build, own and operate the 200 MW solar plant near Gafsa for 30 years.');
  assert.equal(roleOf(a, 'solar_power_plant', 'Tozeur Solaire SARL'), 'owner', JSON.stringify(a.projects));
  const b = run('The container terminal at Tema will be built and run by Kessary Gateway Terminals Ltd under a 30-year concession.');
  assert.equal(roleOf(b, 'port', 'Kessary Gateway Terminals Ltd'), 'developer', JSON.stringify(b.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleOf, run } from './helpers.js';

// A sentence opening with a plural pointer and a party group ("Those shareholders are ...") names the members of the
// group behind the project under discussion, as "The shareholders are ..." does.
test('"Those shareholders are A, which holds 60%, and B" puts both holders on the project', () => {
  const x = run([
    'A 45 MW biomass power plant near Velmora will be paid for partly with equity from two shareholders.',
    'Those shareholders are Ardent Power Holdings, which holds 60%, and Ostra Energi AS, which holds the remaining 40%.',
  ].join(' '));
  assert.equal(roleOf(x, 'thermal_power_plant', 'Ardent Power Holdings'), 'owner');
  assert.equal(roleOf(x, 'thermal_power_plant', 'Ostra Energi AS'), 'partner');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// "The Governing Board of X approved ...": the organ acts for the body; the organisation is X.
test('a governing board before "of" is the organ of the body named after it', () => {
  const x = run('The Governing Board of the Kessary Development Fund (the Fund) approved on Monday a $40 million loan for a water treatment plant in Orvik.');
  assert.ok(names(x.organizations).includes('Kessary Development Fund'), JSON.stringify(x.organizations));
  assert.ok(!names(x.organizations).some((n) => /^Governing Board/.test(n)), JSON.stringify(x.organizations));
});

// A body whose own name opens with a board word stays whole.
test('a body named "Board of Investment" stays an organisation', () => {
  const x = run('The Tarvin Board of Investment granted tax holidays to Orvik Tyres Ltd for a tyre plant in Kessary.');
  assert.ok(names(x.organizations).includes('Tarvin Board of Investment'), JSON.stringify(x.organizations));
});

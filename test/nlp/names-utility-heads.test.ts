// A utility named by its town and its trade ("Tarvel Water") is a body, and so the borrower of a loan for works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('"a loan to Tarvel Water for a wastewater plant": the utility is a body with a part in the plant', () => {
  const x = run('The development bank approved a €45 million loan to Tarvel Water for a wastewater plant in Ruse. Tarvel Water, owned by the city, will tender the works in the autumn.');
  assert.deepEqual(names(x.organizations), ['Tarvel Water']);
  assert.ok(x.projects[0]?.organizations.some((o) => o.name === 'Tarvel Water'), JSON.stringify(x.projects));
});

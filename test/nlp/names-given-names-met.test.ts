import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('common given names of many languages open a person\'s name', () => {
  const x = run('Marie Claire Ndiaye Sow inspected the site. Kwame Asante Boadu and Sofía Ardlow Vidal followed.');
  assert.deepEqual(names(x.people), ['Marie Claire Ndiaye Sow', 'Kwame Asante Boadu', 'Sofía Ardlow Vidal']);
});

test('a name no rule claims right after "met" is a person; a body keeps its head', () => {
  const x = run('The envoy met with Tarvin Kessary Ardlow in the capital. She met Brenmoor Group on Monday.');
  assert.deepEqual(names(x.people), ['Tarvin Kessary Ardlow']);
  assert.deepEqual(names(x.organizations), ['Brenmoor Group']);
});

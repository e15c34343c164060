import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('Brazilian forms (S/A, Ltda.) and a firm named with its partners stay one name', () => {
  const x = run('Ardlow Energia S/A and Kessary Engenharia Ltda. signed. Tarvin Hydro GmbH & Co. KG supplies turbines. Brenmoor & Sons and Velmora Group agreed.');
  assert.deepEqual(names(x.organizations), ['Ardlow Energia S/A', 'Kessary Engenharia Ltda.', 'Tarvin Hydro GmbH & Co. KG', 'Brenmoor & Sons', 'Velmora Group']);
});

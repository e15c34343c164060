import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test("a body's board before 'of' is no organisation of its own", () => {
  const x = run('The Board of Directors of the Ardlow Development Bank approved a loan. The Executive Board of Kessary Fund met.');
  assert.deepEqual(names(x.organizations), ['Ardlow Development Bank', 'Kessary Fund']);
  const y = run('The Executive Directors of the Tarvin Bank Group approved. The Board of Commissioners of PT Brenmoor Energi met.');
  assert.deepEqual(names(y.organizations), ['Tarvin Bank Group', 'PT Brenmoor Energi']);
});

test('"the districts of X and Y" places each name', () => {
  const x = run('The project will benefit farmers in the districts of Ngoma and Kirehe.');
  assert.deepEqual(names(x.places), ['Ngoma', 'Kirehe']);
});

test('an organ named alone ("the Board of Directors decided") is no organisation; the signature under a report (name line, title line) is a person', () => {
  const x = run('On 3 May the Board of Directors of Tarvin Solar S.A. approved the budget. The Supervisory Board agreed.\n\nElena Marinescu\nChief Financial Officer\n');
  assert.deepEqual(names(x.organizations), ['Tarvin Solar S.A.']);
  assert.deepEqual(names(x.people), ['Elena Marinescu']);
  // (a name and a title on one line stay the "Energy Minister" domain shape)
  const y = run('Velmoran Energy Minister Aibek Toktogulov opened the plant.');
  assert.deepEqual(names(y.people), ['Aibek Toktogulov']);
});

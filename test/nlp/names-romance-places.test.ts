import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('a Spanish or Portuguese place opener and names joined by de/del/de las make one place', () => {
  const x = run('Cargo moves through the port of Santo Tomás de Kessary and the town of San Ardlow de las Flores. The works at Puerto Ardlow continue. The plant at Ciudad del Kessary opened.');
  assert.deepEqual(names(x.places), ['Santo Tomás de Kessary', 'San Ardlow de las Flores', 'Puerto Ardlow', 'Ciudad del Kessary']);
  assert.deepEqual(names(x.people), []);
  // (a company opened by the same word keeps its head)
  assert.deepEqual(names(run('San Ardlow Corporation and Santa Kessary Mining S.A. signed.').organizations), ['San Ardlow Corporation', 'Santa Kessary Mining S.A.']);
});

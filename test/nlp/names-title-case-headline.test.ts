import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/nlp/extract.js';
import { names } from './helpers.js';

test('a headline in Title Case makes no organisation of its own by its shape', () => {
  const x = extract({ title: 'Tarvin Water Plant Gets Go-Ahead As Oman Picks Ardlow Consortium', text: 'MUSCAT — Oman picked the Ardlow consortium for a plant near Tarvin on Monday. Ardlow Agua S.L. leads it.', published: '2026-05-01' });
  assert.deepEqual(names(x.organizations), ['Ardlow Agua S.L.']);
  // (a headline in sentence case still names a body the body of the text does not)
  const y = extract({ title: 'Kessary Power Corporation signs deal for a plant', text: 'The plant lies near Muscat.', published: '2026-05-01' });
  assert.deepEqual(names(y.organizations), ['Kessary Power Corporation']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// A body that gives a sum towards the works ("is providing a further $300 million") finances them, though no lending
// word stands near its name.
test('"B is providing a further $300 million" makes B a financier of the project under discussion', () => {
  const x = run([
    'Velmora Rail LLC is building a 300 km railway from Tarvin to Oskel.',
    'The line is expected to cost about $2.9 billion.',
    'The Northern Development Bank (NDB) has approved loans of $710 million, split between the two governments, and the Kessary Trade Fund (KTF) is providing a further $300 million.',
  ].join(' '));
  assert.equal(roleOf(x, 'railway', 'Kessary Trade Fund'), 'financier', JSON.stringify(x.projects));
});

test('a verb of giving without a sum ("provides services") makes no financier', () => {
  const x = run([
    'Velmora Rail LLC is building a 300 km railway from Tarvin to Oskel.',
    'The line is expected to cost about $2.9 billion.',
    'Kessary Survey Ltd provides mapping services to the railway.',
  ].join(' '));
  assert.notEqual(roleOf(x, 'railway', 'Kessary Survey Ltd'), 'financier', JSON.stringify(x.projects));
});

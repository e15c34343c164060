import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// "A (AA) and the B (BB) are lending ...": joint subjects share the verb, however long the first one's name is.
test('the first of two joint subjects takes the part the shared verb gives', () => {
  const x = run([
    'Kessary Motorways d.o.o. has signed a €700 million contract for the 20-km Velmora North–Velmora South motorway section.',
    'The Adriatic Bank for Reconstruction and Development (ABRD) and the Northern Investment Bank (NIB) are lending €300 million and €250 million respectively.',
  ].join(' '));
  const p = x.projects.find((q) => q.type === 'road');
  assert.ok(p, JSON.stringify(x.projects));
  const role = (n: string) => p.organizations.find((o) => o.name === n)?.role;
  assert.equal(role('Adriatic Bank for Reconstruction and Development'), 'financier', JSON.stringify(p.organizations));
  assert.equal(role('Northern Investment Bank'), 'financier', JSON.stringify(p.organizations));
});

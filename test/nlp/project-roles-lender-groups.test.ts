import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "financed by a loan from a group of banks led by B", "a syndicate of lenders led by B": the leader of a group of
// lenders lends; the process technology "licensed from B" and reactors "fabricated by B" make B a supplier.

test('the leader of a group of commercial banks is the financier of the order', () => {
  const x = run([
    'Tarvin Cargo ordered eighteen electric locomotives from Velkor Rail AG on Monday.',
    'The order is worth €90 million and is financed by a loan from a group of commercial banks led by Banca Lomellina S.p.A., of Vessano.',
  ].join('\n\n'));
  assert.equal(roleOf(x, 'rolling_stock', 'Banca Lomellina S.p.A.'), 'financier', JSON.stringify(x.projects));
});

test('the leader of a syndicate of banks lends for the plant', () => {
  const x = run([
    'Ostra Cement will build a 2 million-tonne cement plant near Lomsk.',
    'The debt was arranged by a syndicate of regional banks led by Nordkredit Bank AG in June.',
  ].join('\n\n'));
  assert.equal(roleOf(x, 'manufacturing_plant', 'Nordkredit Bank AG'), 'financier', JSON.stringify(x.projects));
});

test('the leader of a building consortium still builds', () => {
  const x = run('The Tarvin ministry awarded the contract for the 40 km Lomsk bypass road to a consortium led by Stroymont Holding AG on Friday.');
  assert.equal(roleOf(x, 'road', 'Stroymont Holding AG'), 'contractor', JSON.stringify(x.projects));
});

test('a process licensed from a firm and reactors fabricated by another make both suppliers', () => {
  const x = run([
    'Velkor Chemicals is building a urea complex near Tarvin.',
    'Process technology for the ammonia loop is licensed from Haldor Nordic A/S of Denmark, while the two urea reactors are being fabricated by Kessary Heavy Industries at its yard in Lomsk.',
  ].join('\n\n'));
  assert.equal(roleOf(x, 'fertilizer_plant', 'Haldor Nordic A/S'), 'supplier', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'fertilizer_plant', 'Kessary Heavy Industries'), 'supplier', JSON.stringify(x.projects));
});

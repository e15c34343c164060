import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// An indefinite plant named by what it makes ("a knitting and dyeing plant") introduces another plant than one named
// before whose name does not hold that product ("its radial tyre factory"); the product's words are part of its name.

const TENANTS = `The biggest tenant is Oltenia Tyre SRL. Its radial tyre factory started its first line in March and will make six million tyres a year.

A garment maker, Hanil Textile Co., signed a memorandum last week for a knitting and dyeing plant with a capacity of 8,000 tonnes a year.`;

test('a plant named by another product is another plant', () => {
  const p = run(TENANTS).projects;
  assert.equal(p.length, 2);
  assert.equal(p[1].name, 'knitting and dyeing plant');
  assert.deepEqual(p[1].capacity.map((c) => c.value), [8000]);
  assert.deepEqual(p[0].capacity.map((c) => c.value), [6_000_000]);
});

test('the same product named again stays the same plant', () => {
  const p = run('Oltenia Tyre SRL will build a tyre factory at Craiova. The company signed a contract last week for a tyre plant of six million tyres a year with Danubia Engineering.').projects;
  assert.equal(p.length, 1);
});

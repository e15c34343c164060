import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('a town named after a rank is that town, not a title and the rest of its name', () => {
  const x = run('Tarvin Cold Chain opened a blast-freezing hub beside the fish port in General Santos City on Monday.');
  assert.ok(names(x.places).includes('General Santos City'), names(x.places).join(' | '));
  assert.ok(!names(x.places).includes('Santos City'), names(x.places).join(' | '));
  const y = run('The new depot in General Santos will store 5,000 tonnes of tuna.');
  assert.equal(y.places.find((p) => p.name === 'General Santos')?.country, 'PH');
});

test('a rank before a person stays a title', () => {
  const x = run('General Marco Velasquez, the army chief, inspected the new barracks on Monday.');
  assert.ok(!x.places.length, names(x.places).join(' | '));
  assert.ok(names(x.people).includes('Marco Velasquez'), names(x.people).join(' | '));
});

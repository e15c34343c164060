import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('a lower-case feature word after a named bay or valley belongs to the name', () => {
  const x = run('The utility is building a pipeline from the Tarvin Bay river, due next year.');
  assert.deepEqual(names(x.places), ['Tarvin Bay river']);
  assert.deepEqual(x.places[0].aliases, ['Tarvin Bay']);
});

test("an estate's own name is a place only where something is put in it", () => {
  const x = run('At six the buses arrive at the gate of the Tarvin Bay Industrial Park. Ardlow will study a hydrogen plant at the Point Kessary Industrial Estate.');
  assert.deepEqual(names(x.places), ['Point Kessary Industrial Estate']);
});

test('an unknown name before a lower-case estate head is a site named after it', () => {
  const x = run('Site: Jorf Kessary industrial zone, El Jadida Province, Kingdom of Morocco');
  assert.ok(names(x.places).includes('Jorf Kessary industrial zone'), names(x.places).join(' | '));
  assert.deepEqual(x.places.find((p) => p.name === 'Jorf Kessary industrial zone')?.aliases, ['Jorf Kessary']);
});

test('a lower-case ridge, pass or dam after a name is part of the site it names', () => {
  const x = run('The new road climbs over the Velmor ridge and then the Kessary pass before it reaches the valley.');
  assert.ok(names(x.places).includes('Velmor ridge'), names(x.places).join(' | '));
  assert.ok(names(x.places).includes('Kessary pass'), names(x.places).join(' | '));
  const y = run('The glassworks would draw its water from the Ardlow dam, some 30 km to the north.');
  assert.ok(names(y.places).includes('Ardlow dam'), names(y.places).join(' | '));
  assert.ok(!names(y.places).includes('Ardlow'), names(y.places).join(' | '));
});

test('a capitalised name before a lower-case substation stays as it was (substations are seldom places of their own)', () => {
  const x = run('A 20-km line will link the plant to the grid at the Tarvin substation.');
  assert.ok(!names(x.places).includes('Tarvin substation'), names(x.places).join(' | '));
});

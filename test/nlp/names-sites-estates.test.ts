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

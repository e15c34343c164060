import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('Khmer honorifics introduce a name, family name first, and are no part of it', () => {
  const x = run('Oknha Ly Yong Phat attended the ceremony. Samdech Kessary Vann cut the ribbon. Oknha Ly said more land would follow.');
  assert.deepEqual(names(x.people), ['Ly Yong Phat', 'Kessary Vann']);
  assert.deepEqual(x.people[0].aliases, ['Ly']);
});

test('a shift supervisor or foreman named after the title and a comma is a person', () => {
  const x = run('Night work is the hardest, says the line supervisor, Keo Sreymom. The foreman, Dara Vuthy, agrees.');
  assert.deepEqual(names(x.people), ['Keo Sreymom', 'Dara Vuthy']);
});

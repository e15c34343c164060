import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('an age as "a 28-year-old ..." after the name, and a caption pointer, make a person', () => {
  const x = run('Chhun Dara, a 28-year-old welder, earns more now. Vongsa Phommachanh (left) and the minister signed.');
  assert.deepEqual(names(x.people), ['Chhun Dara', 'Vongsa Phommachanh']);
});

test('a patronymic particle inside a name makes a person', () => {
  const x = run('Siti Aminah binti Kessary works on the line.');
  assert.deepEqual(names(x.people), ['Siti Aminah binti Kessary']);
});

test('two-word Malaysian and Khmer honorifics are cues, and a repeated Burmese word is no honorific', () => {
  const x = run('Datuk Seri Kessary Ardlow arrived. "We need water," said Tun Tun Aung. Tan Chee Keong said no.');
  assert.deepEqual(names(x.people), ['Kessary Ardlow', 'Tun Tun Aung', 'Tan Chee Keong']);
});

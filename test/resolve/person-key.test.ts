import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachSingleWordName, personKeys, personNameKey } from '../../src/resolve/person-key.js';

test('full names are keys; honorifics and diacritics are folded', () => {
  assert.equal(personNameKey('Mr. Arman Tolegenov'), 'arman tolegenov');
  assert.equal(personNameKey('Dr Ana Vuković'), 'ana vukovic');
  assert.equal(personNameKey('Aigerim-Zhan Tolegenova'), 'aigerim zhan tolegenova');
});

test('a one-word name gets no keys of its own', () => {
  assert.equal(personKeys({ name: 'Tolegenov', aliases: [] }), null);
  assert.equal(personKeys({ name: 'Mr. Tolegenov', aliases: [] }), null);
});

test('a one-word alias is kept but cannot match across documents', () => {
  const k = personKeys({ name: 'Arman Tolegenov', aliases: ['Tolegenov', 'A. Tolegenov'] })!;
  assert.equal(k.key, 'arman tolegenov');
  assert.deepEqual(k.keys, ['arman tolegenov', 'a tolegenov']);
  assert.deepEqual(k.aliases.map((a) => [a.alias, a.matchable]), [['Arman Tolegenov', true], ['Tolegenov', false], ['A. Tolegenov', true]]);
});

test('a surname alone joins the one person of the document it belongs to', () => {
  const people = [{ name: 'Wen Jiahua' }, { name: 'Arman Tolegenov', aliases: ['Tolegenov'] }];
  assert.equal(attachSingleWordName('Wen', people), 0); // family name first
  assert.equal(attachSingleWordName('Tolegenov', people), 1);
  assert.equal(attachSingleWordName('Smith', people), null);
});

test('a surname shared by two people of the document is ambiguous', () => {
  const people = [{ name: 'Bakyt Oskonbaev' }, { name: 'Nurlan Oskonbaev' }];
  assert.equal(attachSingleWordName('Oskonbaev', people), null);
});

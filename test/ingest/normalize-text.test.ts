import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText, oneLine, paragraphsOf } from '../../src/ingest/normalize-text.js';

test('normalizeText: line endings, BOM and odd spaces', () => {
  assert.equal(normalizeText('\uFEFFone\r\ntwo\rthree'), 'one\ntwo\nthree');
  assert.equal(normalizeText('a\u00A0b\u2009c\u202Fd\u3000e\tf'), 'a b c d e f');
});

test('normalizeText: trailing spaces, blank-line runs and ends', () => {
  assert.equal(normalizeText('  \n\n first   \n\n\n\n second \t\n \n\n third  \n\n'), 'first\n\nsecond\n\nthird');
  assert.equal(normalizeText('line one\nline two'), 'line one\nline two');
});

test('normalizeText: NFC and invisible characters', () => {
  assert.equal(normalizeText('Cafe\u0301'), 'Caf\u00e9');
  assert.equal(normalizeText('zero\u200Bwidth soft\u00ADhyphen'), 'zerowidth softhyphen');
  assert.equal(normalizeText('bell\u0007 and \u0085next'), 'bell and\nnext');
});

test('normalizeText: empty and whitespace-only input', () => {
  assert.equal(normalizeText(''), '');
  assert.equal(normalizeText(' \n\t\r\n\u00A0 '), '');
});

test('paragraphsOf and oneLine', () => {
  assert.deepEqual(paragraphsOf('a\n\nb\nc\n\n\nd'), ['a', 'b\nc', 'd']);
  assert.equal(oneLine('  Port\n deal \u00A0 signed '), 'Port deal signed');
});

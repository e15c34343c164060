import { test } from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { foldText, normOrgName, normPersonName, normPlaceName, orgSuffixes, tokenJaccard, DEFAULT_ORG_SUFFIXES } from '../../src/eval/normalize.js';

test('foldText: case, diacritics, apostrophes, dashes, dotted acronyms', () => {
  assert.equal(foldText('Aleksandar VUČIĆ'), 'aleksandar vucic');
  assert.equal(foldText("Xi'an"), 'xian');
  assert.equal(foldText('Xi’an'), 'xian');
  assert.equal(foldText('Tarvik–Olem  road'), 'tarvik olem road');
  assert.equal(foldText('Tarvik-Olem'), foldText('Tarvik Olem'));
  assert.equal(foldText('Łódź Straße'), 'lodz strasse');
  assert.equal(foldText('Bay & Delta S.A.'), 'bay and delta sa');
  assert.equal(foldText('   '), '');
});

test('normPersonName drops a leading honorific only', () => {
  assert.equal(normPersonName('Mr. Arman Beketov'), 'arman beketov');
  assert.equal(normPersonName('Dr Lena Voss'), 'lena voss');
  assert.equal(normPersonName('President Lena Voss'), 'president lena voss');
  assert.equal(normPersonName('Mr'), 'mr');
});

test('normOrgName folds "the" and corporate suffixes, repeatedly, never to nothing', () => {
  const base = 'nordvik power';
  for (const n of ['Nordvik Power', 'Nordvik Power Co., Ltd.', 'Nordvik Power Corporation', 'Nordvik Power Corp.',
    'The Nordvik Power Company', 'NORDVIK POWER INC', 'Nordvik Power LLP', 'Nordvik Power Limited',
    'Nordvik Power plc', 'Nordvik Power JSC', 'JSC Nordvik Power', 'Nordvik Power PJSC', 'Nordvik Power LLC']) {
    assert.equal(normOrgName(n), base, n);
  }
  assert.equal(normOrgName('The Company'), 'company');
  assert.equal(normOrgName('Ltd'), 'ltd');
  // a suffix word inside the name stays
  assert.equal(normOrgName('Company of Merchants Bank'), 'company of merchants bank');
});

test('org suffix list: built-in constant always present (data file optional)', () => {
  const list = orgSuffixes().map((t) => t.join(' '));
  for (const s of DEFAULT_ORG_SUFFIXES) assert.ok(list.includes(s), s);
});

test('normPlaceName drops a leading "the" and punctuation', () => {
  assert.equal(normPlaceName('The Hague'), 'hague');
  assert.equal(normPlaceName('the Fergal Valley'), 'fergal valley');
  assert.equal(normPlaceName('Port-Aubrac'), 'port aubrac');
});

test('tokenJaccard', () => {
  assert.equal(tokenJaccard('a b c', 'a b c'), 1);
  assert.equal(tokenJaccard('a b', 'b c'), 1 / 3);
  assert.equal(tokenJaccard('', ''), 0);
});

test('leading legal forms fold too (JSC Samruk-style, PT)', () => {
  assert.equal(normOrgName('JSC Tessel Mar'), 'tessel mar');
  assert.equal(normOrgName('PT Kereta Nordvik'), 'kereta nordvik');
  assert.equal(normOrgName('PT'), 'pt');
});

const dataFile = new URL('../../data/org-suffixes.json', import.meta.url);
test('data/org-suffixes.json, when present, extends the built-in list', { skip: !existsSync(dataFile) && 'no data file' }, () => {
  const extra = (JSON.parse(readFileSync(dataFile, 'utf8')) as { suffixes?: string[] }).suffixes ?? [];
  const list = orgSuffixes().map((t) => t.join(' '));
  for (const s of extra) assert.ok(list.includes(foldText(s)), s);
});

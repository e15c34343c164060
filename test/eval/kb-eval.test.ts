import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkEntities, pairwise, type KbMention } from '../../src/eval/kb-eval.js';
import { normOrgName } from '../../src/eval/normalize.js';

const m = (key: string, record: string | null): KbMention => ({ document: 'd', gold: key, key, record });

test('pairwise: pairs sharing a key should share a record, and only those', () => {
  // a: three mentions, two in one record; b: two mentions, merged wrongly with one of a's
  const r = pairwise([m('a', 'R1'), m('a', 'R1'), m('a', 'R2'), m('b', 'R2'), m('b', null)]);
  assert.deepEqual([r.tp, r.fp, r.fn], [1, 1, 3]);
  assert.equal(r.precision, 0.5);
  assert.equal(r.recall, 0.25);
});

test('entities: one real organisation in two records is a split; two in one record a merge; countries keep ministries apart', () => {
  const gold = [
    { names: ['Tamsin Water Company', 'TWC'], country: 'KZ' },
    { names: ['Tamsin Water Co.'], country: null },
    { names: ['Ministry of Energy'], country: 'UZ' },
    { names: ['Ministry of Energy'], country: 'AZ' },
    { names: ['Veska Ports'], country: null },
    { names: ['Orlo Cement'], country: null },
  ];
  const records = [
    { id: 'org-1', names: ['Tamsin Water Company'], country: 'KZ' },
    { id: 'org-2', names: ['TWC'], country: null },
    { id: 'org-3', names: ['Ministry of Energy'], country: 'UZ' },
    { id: 'org-4', names: ['Ministry of Energy'], country: 'AZ' },
    { id: 'org-5', names: ['Veska Ports', 'Orlo Cement'], country: null },
  ];
  const c = checkEntities(gold, records, normOrgName);
  assert.equal(c.entities, 5);
  assert.deepEqual(c.split, [{ name: 'Tamsin Water Company', records: ['org-1', 'org-2'] }]);
  assert.deepEqual(c.merged, [{ record: 'org-5', names: ['Orlo Cement', 'Veska Ports'] }]);
});

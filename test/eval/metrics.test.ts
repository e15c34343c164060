import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prf } from '../../src/eval/metrics.js';
import { scoreDocument } from '../../src/eval/score-document.js';
import { aggregate } from '../../src/eval/run-eval.js';
import type { DocumentReport } from '../../src/eval/types.js';
import { doc, person, place } from './helpers.js';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('prf arithmetic', () => {
  const r = prf(6, 2, 4);
  close(r.precision, 0.75);
  close(r.recall, 0.6);
  close(r.f1, (2 * 0.75 * 0.6) / 1.35);
  close(r.f1, (2 * 6) / (2 * 6 + 2 + 4));
});

test('prf edge cases', () => {
  assert.deepEqual(prf(0, 0, 0), { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(prf(0, 0, 3), { tp: 0, fp: 0, fn: 3, precision: 0, recall: 0, f1: 0 });
  assert.deepEqual(prf(0, 2, 0), { tp: 0, fp: 2, fn: 0, precision: 0, recall: 0, f1: 0 });
  assert.deepEqual(prf(3, 0, 0), { tp: 3, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
});

test('micro-average sums counts over documents (not an average of F1s)', () => {
  const d1 = scoreDocument(
    doc({ people: [person('Lena Voss')], places: [place('Olem')] }),
    doc({ people: [person('Lena Voss')], places: [place('Olem'), place('Arno'), place('Brisk')] }),
  );
  const d2 = scoreDocument(
    doc({ people: [person('Omar Tall'), person('Wang Lifeng')] }),
    doc({ people: [person('Omar Tall')], places: [place('Kessel')] }),
  );
  const rep = (name: string, score: typeof d1): DocumentReport => ({ name, path: name, goldPath: name, error: null, score });
  const r = aggregate('x', [rep('a', d1), rep('b', d2)]);
  assert.deepEqual([r.totals.people.tp, r.totals.people.fp, r.totals.people.fn], [2, 1, 0]);
  close(r.totals.people.precision, 2 / 3);
  close(r.totals.people.recall, 1);
  assert.deepEqual([r.totals.places.tp, r.totals.places.fp, r.totals.places.fn], [1, 0, 3]);
  close(r.totals.places.recall, 0.25);
  // per document too
  close(d1.kinds.places.recall, 1 / 3);
  assert.equal(d2.kinds.places.recall, 0);
  assert.equal(r.attributes.sector.share, null);
});

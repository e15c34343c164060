// Scoring every dev gold file against itself must be perfect: this proves the scorer, not the
// extractor (it reads the shared dev corpus and skips when the corpus is not there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { runEval } from '../../src/eval/run-eval.js';
import { ATTRIBUTES, ENTITY_KINDS } from '../../src/eval/types.js';
import type { Extraction } from '../../src/nlp/extraction.js';

const DEV = '/work/shared/corpus/dev';

test('every dev gold file scored against itself: F1 1.0 for every kind, 100% attributes', { skip: !existsSync(DEV) && 'no dev corpus' }, async () => {
  const r = await runEval(DEV, async (path) => JSON.parse(await readFile(path.replace(/\.(txt|html)$/, '.gold.json'), 'utf8')) as Extraction);
  assert.ok(r.documents.length >= 14, `only ${r.documents.length} documents`);
  assert.equal(r.errors, 0);
  for (const k of ENTITY_KINDS) {
    assert.equal(r.totals[k].f1, 1, k);
    assert.equal(r.totals[k].fp + r.totals[k].fn, 0, k);
    for (const d of r.documents) assert.equal(d.score.kinds[k].f1, 1, `${d.name} ${k}`);
  }
  assert.ok(r.totals.people.tp > 0 && r.totals.projects.tp > 0 && r.totals.meetings.tp > 0);
  for (const a of ATTRIBUTES) {
    assert.ok(r.attributes[a].total > 0, a);
    assert.equal(r.attributes[a].share, 1, a);
  }
});

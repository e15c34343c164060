import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findEvalDocuments, runEval } from '../../src/eval/run-eval.js';
import { formatEvalTable, formatExplain, renderEvalReport } from '../../src/eval/format-eval.js';
import type { Extraction } from '../../src/nlp/extraction.js';
import { cap, doc, meeting, org, person, place, porg, project } from './helpers.js';

function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-eval-'));
  const gold = doc({
    people: [person('Lena Voss', ['Voss']), person('Omar Tall')],
    organizations: [org('Halvard Steel Co., Ltd.', ['HSC'])],
    places: [place('Olem')],
    projects: [project({ name: 'Olem mill', type: 'manufacturing_plant', sector: 'industry', status: 'agreed', places: ['Olem'],
      organizations: [porg('Halvard Steel Co., Ltd.', 'developer')], capacity: [cap(1e6, 't')] })],
    events: [meeting(['Lena Voss', 'Omar Tall'])],
  });
  for (const n of ['b-doc.txt', 'a-doc.html', 'c-fails.txt']) writeFileSync(join(dir, n), 'text');
  writeFileSync(join(dir, 'no-gold.txt'), 'text');
  writeFileSync(join(dir, 'notes.md'), 'x');
  for (const n of ['a-doc', 'b-doc', 'c-fails']) writeFileSync(join(dir, `${n}.gold.json`), JSON.stringify(gold));
  return dir;
}

test('finds NAME.txt / NAME.html with NAME.gold.json beside, sorted', async () => {
  const dir = fixture();
  try {
    const docs = await findEvalDocuments(dir);
    assert.deepEqual(docs.map((d) => d.name), ['a-doc.html', 'b-doc.txt', 'c-fails.txt']);
    assert.equal(docs[1].goldPath, join(dir, 'b-doc.gold.json'));
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('runEval: a failed extraction is reported and counted as all misses; report is JSON-serialisable', async () => {
  const dir = fixture();
  try {
    const extract = async (path: string): Promise<Extraction> => {
      if (path.endsWith('c-fails.txt')) throw new Error('reader exploded\nstack...');
      const pred = doc({
        people: [person('Voss'), person('Someone Else')],
        organizations: [org('HSC')],
        places: [place('olem')],
        projects: [project({ name: 'mill', type: 'manufacturing_plant', sector: 'industry.steel' as never, status: 'construction', places: ['Olem'],
          organizations: [porg('Halvard Steel', 'developer')], capacity: [cap(1e6, 't')] })],
        events: [meeting(['Omar Tall', 'Voss'])],
      });
      return pred;
    };
    const r = await runEval(dir, extract);
    assert.equal(r.documents.length, 3);
    assert.equal(r.errors, 1);
    const failed = r.documents[2];
    assert.equal(failed.error, 'extraction failed: reader exploded');
    assert.deepEqual([failed.score.kinds.people.tp, failed.score.kinds.people.fn], [0, 2]);
    assert.deepEqual([r.totals.people.tp, r.totals.people.fp, r.totals.people.fn], [2, 2, 4]);
    assert.deepEqual([r.totals.projects.tp, r.totals.projects.fp, r.totals.projects.fn], [2, 0, 1]);
    assert.deepEqual([r.totals.meetings.tp, r.totals.meetings.fn], [2, 1]);
    assert.deepEqual(r.attributes.sector, { right: 2, total: 2, share: 1 });
    assert.deepEqual(r.attributes.status, { right: 0, total: 2, share: 0 });
    assert.deepEqual(r.attributes.roles, { right: 2, total: 2, share: 1 });
    assert.deepEqual(JSON.parse(JSON.stringify(r)), r);

    const table = formatEvalTable(r);
    assert.match(table, /^people\s+0\.500\s+0\.333\s+0\.400\s+2\s+2\s+4$/m);
    assert.match(table, /^status\s+0\/2\s+0\.0%$/m);
    assert.match(table, /^roles\s+2\/2\s+100\.0%$/m);
    assert.match(table, /failed: c-fails\.txt: extraction failed: reader exploded/);
    // aligned: every row of the kinds block has the same width
    const kindRows = table.split('\n').slice(2, 8);
    assert.equal(new Set(kindRows.map((l) => l.length)).size, 1);

    const explain = formatExplain(r);
    assert.match(explain, /== a-doc\.html/);
    assert.match(explain, /false positive: Someone Else/);
    assert.match(explain, /status: predicted construction, gold agreed/);
    assert.match(explain, /== c-fails\.txt\n {2}error: extraction failed/);
    assert.match(explain, /missed: +Omar Tall/);

    assert.deepEqual(JSON.parse(renderEvalReport(r, { json: true })), r);
    assert.ok(renderEvalReport(r, { explain: true }).includes('== b-doc.txt'));
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

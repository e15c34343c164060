// The knowledge-base commands as a user runs them: export, merge, set, split, curation,
// reprocess and eval --kb, on the bundled examples in a fresh database.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { corridor } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'corridor-kb-cli-'));
const db = join(dir, 'register.db');

before(async () => {
  const r = await corridor(['ingest', 'examples', '--db', db, '--quiet']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
});

test('export writes JSON, CSV, GeoJSON and GraphML that agree on the number of projects', async () => {
  const out = (ext: string) => join(dir, `register.${ext}`);
  for (const format of ['json', 'csv', 'geojson', 'graphml']) {
    const r = await corridor(['export', '--db', db, '--format', format, '--out', out(format)]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /wrote \d+ projects/);
  }
  const reg = JSON.parse(readFileSync(out('json'), 'utf8'));
  assert.equal(reg.format, 'corridor.register/1');
  const n = reg.projects.length;
  assert.ok(n >= 10);
  assert.equal(readFileSync(out('csv'), 'utf8').trimEnd().split('\r\n').length, n + 1);
  const geo = JSON.parse(readFileSync(out('geojson'), 'utf8'));
  assert.ok(geo.features.length > 0 && geo.features.length <= n);
  const graphml = readFileSync(out('graphml'), 'utf8');
  assert.equal(XMLValidator.validate(graphml), true);
  assert.equal((graphml.match(/<data key="kind">project<\/data>/g) ?? []).length, n);
  // standard output by default
  const std = await corridor(['export', '--db', db]);
  assert.deepEqual(JSON.parse(std.stdout).projects.map((p: { id: string }) => p.id), reg.projects.map((p: { id: string }) => p.id));
});

test('merge, set and split with notes; the audit log and show print them; bad calls say why', async () => {
  const list = JSON.parse((await corridor(['projects', '--db', db, '--format', 'json', '--country', 'RO'])).stdout);
  assert.ok(list.length >= 2);
  const [a, b] = list;
  assert.equal((await corridor(['merge', a.id, b.id, '--db', db])).code, 2); // --note is required
  const merged = await corridor(['merge', a.id, b.id, '--db', db, '--note', 'one port complex', '--by', 'tester']);
  assert.equal(merged.code, 0, merged.stderr);
  const kept = /merged into (prj-\w+)/.exec(merged.stdout)![1];
  const set = await corridor(['set', kept, 'capacity', '5 Mt of grain', '--db', db, '--note', 'port authority figure', '--by', 'tester']);
  assert.equal(set.code, 0, set.stderr);
  assert.match(set.stdout, /capacity: 5 Mt \(grain\)/);
  assert.match(set.stdout, /curation:\n.*tester merge/);
  const bad = await corridor(['set', kept, 'status', 'sleeping', '--db', db, '--note', 'x']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /status must be one of/);
  assert.equal((await corridor(['set', 'prj-0000000000', 'status', 'agreed', '--db', db, '--note', 'x'])).code, 1);
  assert.equal((await corridor(['merge', kept, 'org-0000000000', '--db', db, '--note', 'x'])).code, 2);
  const split = await corridor(['split', kept, '--db', db, '--note', 'two terminals after all']);
  assert.equal(split.code, 0, split.stderr);
  assert.match(split.stdout, /split into prj-\w+, prj-\w+/);
  const log = JSON.parse((await corridor(['curation', '--db', db, '--format', 'json'])).stdout);
  assert.deepEqual(log.map((c: { action: string }) => c.action), ['merge', 'set', 'split']);
});

test('reprocess with the same engine changes no extraction and keeps curation', async () => {
  const before = JSON.parse((await corridor(['curation', '--db', db, '--format', 'json'])).stdout).length;
  const r = await corridor(['reprocess', '--db', db, '--quiet']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /reprocessed: \d+ documents, 0 with a new extraction/);
  assert.equal(JSON.parse((await corridor(['curation', '--db', db, '--format', 'json'])).stdout).length, before);
});

test('eval --kb scores merging across the examples', async () => {
  const r = await corridor(['eval', 'examples', '--kb']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /projects pairwise {3}P \d\.\d{3} {2}R \d\.\d{3} {2}F1 \d\.\d{3}/);
  assert.match(r.stdout, /organizations {7}\d+ entities, \d+ split, \d+ merged/);
  const json = JSON.parse((await corridor(['eval', 'examples', '--kb', '--json'])).stdout);
  assert.ok(json.mentions.length > 0 && json.mentions.some((m: { record: string | null }) => m.record !== null));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corridor } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'corridor-cli-'));
const db = join(dir, 'register.db');

test('extract prints one Extraction object for one input, with the path as given', async () => {
  const r = await corridor(['extract', 'examples/uz-guzar-urea-2024-03-05.txt']);
  assert.equal(r.code, 0, r.stderr);
  const x = JSON.parse(r.stdout);
  assert.equal(x.schema, 'corridor.extraction/1');
  assert.equal(x.document.path, 'examples/uz-guzar-urea-2024-03-05.txt');
  assert.equal(x.document.published, '2024-03-05');
  assert.ok(x.projects.length >= 1);
  assert.ok(x.organizations.length >= 1);
});

test('extract prints JSON Lines for several documents (a feed gives one per item) and reads standard input', async () => {
  const r = await corridor(['extract', 'examples/feeds/sample-feed.xml', 'examples/kg-osh-hospital-2025-09-17.html']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.equal(lines[0].document.path, 'examples/feeds/sample-feed.xml');
  assert.equal(lines[3].document.path, 'examples/kg-osh-hospital-2025-09-17.html');
  const s = await corridor(['extract', '-'], { input: 'Title: A test\nPublished: 2025-01-02\n\nThe 50 MW Kapchagay solar plant in Almaty region was opened on Monday.' });
  assert.equal(s.code, 0, s.stderr);
  const x = JSON.parse(s.stdout);
  assert.equal(x.document.path, null);
  assert.equal(x.projects[0]?.type, 'solar_power_plant');
});

test('extract --format table is readable text', async () => {
  const r = await corridor(['extract', '--format', 'table', 'examples/ge-lentekhi-hydro-brief-2024-08-02.txt']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Projects \(\d+\)$/m);
  assert.match(r.stdout, /^People \(\d+\)$/m);
});

test('ingest adds the examples once; a second run adds nothing', async () => {
  const first = await corridor(['ingest', 'examples', '--db', db]);
  assert.equal(first.code, 0, first.stdout + first.stderr);
  const m = /ingested: (\d+) new, (\d+) already present, (\d+) failed/.exec(first.stdout);
  assert.ok(m, first.stdout);
  assert.ok(Number(m[1]) >= 17);
  assert.equal(Number(m[3]), 0);
  const again = await corridor(['ingest', 'examples', '--db', db]);
  assert.equal(again.code, 0);
  assert.match(again.stdout, new RegExp(`ingested: 0 new, ${m[1]} already present, 0 failed`));
});

test('a bad input is reported on one line and the rest still goes in (exit 3)', async () => {
  const bad = join(dir, 'broken.txt');
  writeFileSync(bad, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
  const good = join(dir, 'good.txt');
  writeFileSync(good, 'Title: Quarry deal\nPublished: 2024-05-06\n\nTurkmen Stone Company will build a cement plant near Mary with a capacity of 1 million tonnes a year.');
  const r = await corridor(['ingest', bad, good, join(dir, 'missing.txt'), '--db', db]);
  assert.equal(r.code, 3, r.stdout + r.stderr);
  assert.match(r.stdout, /1 new, 0 already present, 2 failed/);
  assert.match(r.stdout, /failed {2}.*broken\.txt: .*binary/);
  assert.match(r.stdout, /failed {2}.*missing\.txt: no such file/);
});

test('usage errors exit 2', async () => {
  assert.equal((await corridor(['ingest'])).code, 2);
  assert.equal((await corridor(['projects', '--db', db, '--status', 'dreaming'])).code, 2);
  assert.equal((await corridor(['frobnicate'])).code, 2);
});

test('projects --format json is an array with the documented fields; filters narrow it', async () => {
  const r = await corridor(['projects', '--db', db, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const all = JSON.parse(r.stdout);
  assert.ok(Array.isArray(all) && all.length > 5);
  for (const key of ['id', 'name', 'type', 'sector', 'status', 'country', 'places', 'organizations', 'capacity', 'amount', 'documents', 'history', 'conflicts']) assert.ok(key in all[0], key);
  assert.ok(all.every((p: { history: unknown[]; documents: unknown[] }) => p.history.length >= p.documents.length));
  assert.ok(all[0].documents.every((d: Record<string, unknown>) => 'path' in d && 'title' in d && 'published' in d));
  const kg = JSON.parse((await corridor(['projects', '--db', db, '--format', 'json', '--country', 'KG'])).stdout);
  assert.ok(kg.length >= 1 && kg.length < all.length);
  assert.ok(kg.every((p: { country: string }) => p.country === 'KG'));
  const health = JSON.parse((await corridor(['projects', '--db', db, '--format', 'json', '--sector', 'health'])).stdout);
  assert.ok(health.every((p: { sector: string }) => p.sector.startsWith('health')));
});

test('projects --format csv has a header row and one row per project', async () => {
  const json = JSON.parse((await corridor(['projects', '--db', db, '--format', 'json'])).stdout);
  const r = await corridor(['projects', '--db', db, '--format', 'csv']);
  assert.equal(r.code, 0);
  const rows = r.stdout.trim().split('\r\n');
  assert.match(rows[0], /^id,name,type,sector,status,country/);
  assert.ok(rows.length >= json.length + 1);
});

test('show prints a project with its sources and evidence sentences', async () => {
  const [first] = JSON.parse((await corridor(['projects', '--db', db, '--format', 'json'])).stdout);
  const r = await corridor(['show', first.id, '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^${first.id} `));
  assert.match(r.stdout, /status history:\n/);
  assert.match(r.stdout, /evidence:\n {4}\[\d+\] @\d+ \S/);
  const missing = await corridor(['show', 'prj-0000000000', '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no project with id prj-0000000000/);
  assert.equal((await corridor(['show', '12', '--db', db])).code, 2); // not an id's shape: a usage error
});

test('organizations, people and documents list as JSON arrays', async () => {
  for (const cmd of ['organizations', 'people', 'documents']) {
    const r = await corridor([cmd, '--db', db, '--format', 'json']);
    assert.equal(r.code, 0, `${cmd}: ${r.stderr}`);
    const rows = JSON.parse(r.stdout);
    assert.ok(Array.isArray(rows) && rows.length > 0, cmd);
  }
});

test('CORRIDOR_DB picks the database when --db is absent', async () => {
  const r = await corridor(['documents', '--format', 'json'], { env: { CORRIDOR_DB: db } });
  assert.equal(r.code, 0);
  assert.ok(JSON.parse(r.stdout).length >= 17);
  assert.ok(existsSync(db));
});

test('eval scores a folder of articles with gold files', async () => {
  const r = await corridor(['eval', 'examples']);
  assert.equal(r.code, 0, r.stderr);
  for (const row of ['people', 'organizations', 'places', 'projects', 'meetings']) assert.match(r.stdout, new RegExp(`^${row}\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}`, 'm'));
  const j = await corridor(['eval', 'examples', '--json']);
  const report = JSON.parse(j.stdout);
  assert.ok(report.documents.length >= 12);
  const x = await corridor(['eval', 'examples', '--explain']);
  assert.match(x.stdout, /== uz-guzar-urea-2024-03-05\.txt/);
});

test('--lexicon adds a user lexicon to extract; a broken lexicon is a usage error', async () => {
  const text = 'Title: Rail news\nPublished: 2025-02-03\n\nQazaq Rail will open a 40 MW compute campus in Almaty.';
  const r = await corridor(['extract', '-', '--lexicon', 'test/fixtures/lexicon/team.yaml'], { input: text });
  assert.equal(r.code, 0, r.stderr);
  const x = JSON.parse(r.stdout);
  assert.ok(x.organizations.some((o: { name: string }) => o.name === 'Qazaq Rail Holding'));
  assert.ok(x.projects.some((p: { type: string }) => p.type === 'data_center'));
  const bad = await corridor(['extract', '-', '--lexicon', 'test/fixtures/lexicon/broken.yaml'], { input: text });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /broken\.yaml: organizations\.0\.country/);
});

// The knowledge base across documents: order-independent records and ids, dated history,
// conflicting figures, near-duplicate stories, curation that survives replays and re-extraction,
// and the exports. Real databases (SQLite files, PostgreSQL schemas), the real engine over the bundled examples.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { registerToCsv } from '../../src/export/export-csv.js';
import { registerToGeoJson } from '../../src/export/export-geojson.js';
import { registerToGraphml } from '../../src/export/export-graphml.js';
import { buildRegisterExport } from '../../src/export/register-export.js';
import { ingestDocuments } from '../../src/pipeline/ingest-documents.js';
import { reextract } from '../../src/pipeline/reextract.js';
import { openTestStore } from './engines.js';
import { CurationError, type Store } from '../../src/store/store.js';
import { makeDoc, tempDir } from './fixtures.js';

const tmp = tempDir();
after(tmp.cleanup);
const fresh = async (): Promise<Store> => (await openTestStore()).store;

// every bundled article and feed, one path each, so the order can be varied
const EXAMPLES = [
  ...readdirSync('examples').filter((f) => /\.(txt|html)$/.test(f)).map((f) => join('examples', f)),
  ...readdirSync('examples/feeds').filter((f) => f.endsWith('.xml')).map((f) => join('examples/feeds', f)),
].sort();

/** A fixed shuffle (no randomness in tests): every third, then the rest reversed. */
function shuffled<T>(xs: T[]): T[] {
  const a = xs.filter((_, i) => i % 3 === 0);
  const b = xs.filter((_, i) => i % 3 !== 0).reverse();
  return [...a, ...b];
}

async function exportAfter(paths: string[], expectReplay?: boolean): Promise<string> {
  const store = await fresh();
  try {
    const s = await ingestDocuments(paths, store);
    assert.equal(s.failed, 0);
    if (expectReplay !== undefined) assert.equal(s.rebuilt, expectReplay);
    return JSON.stringify(await buildRegisterExport(store));
  } finally {
    await store.close();
  }
}

test('the same articles in three orders give byte-identical exports (records, ids, views, history)', async () => {
  const forward = await exportAfter(EXAMPLES);
  const backward = await exportAfter([...EXAMPLES].reverse());
  const mixed = await exportAfter(shuffled(EXAMPLES));
  assert.ok(JSON.parse(forward).projects.length >= 10);
  assert.equal(backward, forward);
  assert.equal(mixed, forward);
});

test('both write paths give one register: each document extending it as stored, or all replayed at the end', async () => {
  // The single-document articles in canonical order (publication date, then content hash), as a
  // first ingest stored them; feeds are left out, as their items cannot be put in order file by file.
  const articles = EXAMPLES.filter((p) => !p.includes('feeds'));
  const probe = await fresh();
  let canonical: string[];
  try {
    assert.equal((await ingestDocuments(articles, probe)).failed, 0);
    const docs = await probe.listDocuments();
    assert.equal(docs.length, articles.length);
    canonical = docs
      .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.contentHash.localeCompare(b.contentHash))
      .map((d) => d.input);
  } finally {
    await probe.close();
  }
  // A new, empty register is up to date: documents arriving in canonical order are each
  // resolved as they are stored, and nothing is left to replay.
  const inOrder = await exportAfter(canonical, false);
  // The newest first: every later document sorts before what is stored, so all wait for one replay.
  const replayed = await exportAfter([...canonical].reverse(), true);
  assert.ok(JSON.parse(inOrder).projects.length >= 5);
  assert.equal(replayed, inOrder);
});

test('one project reported three times: one record with a dated status history and every source', async () => {
  const store = await fresh();
  try {
    await ingestDocuments(EXAMPLES, store);
    const guzar = (await store.listProjects({ q: 'Guzar' })).filter((p) => p.type === 'fertilizer_plant');
    assert.equal(guzar.length, 1);
    const p = (await store.getProject(guzar[0].id))!;
    assert.equal(p.documents.length, 3);
    assert.equal(p.history.length, 3);
    assert.deepEqual(p.history.map((h) => h.date), [...p.history.map((h) => h.date)].sort());
    assert.deepEqual(p.statusHistory.map((c) => c.status), ['agreed', 'construction']);
    assert.equal(p.status, 'construction');
    assert.equal(p.firstSeen, '2024-03-05');
    // the first statement started the record; each later one says why it joined, in words
    assert.equal(p.history[0].match, null);
    for (const h of p.history.slice(1)) {
      assert.ok(h.match && h.match.score > 0, JSON.stringify(h));
      assert.ok(h.match.reasons.some((r) => /^same name|^shared places|^capacity/.test(r)), h.match.reasons.join('; '));
      assert.ok(!h.match.reasons.some((r) => /#\d/.test(r)), `no internal ids: ${h.match.reasons.join('; ')}`);
    }
  } finally {
    await store.close();
  }
});

test('a later document leaves the ids of records it does not mention alone', async () => {
  const store = await fresh();
  try {
    await ingestDocuments(EXAMPLES, store);
    const before = new Map((await store.listProjects()).map((p) => [p.id, p.name]));
    const orgsBefore = new Set((await store.listOrganizations()).map((o) => o.id));
    await store.addDocument(makeDoc({
      text: 'Valmont Shipyards will build a dry dock at Porto Aurelio, the company said.', published: '2030-01-01',
      organizations: [{ name: 'Valmont Shipyards', aliases: [], country: null }],
      places: [{ name: 'Porto Aurelio', kind: 'city', country: 'BR' }],
      projects: [{ name: 'Porto Aurelio dry dock', type: 'port', sector: 'transport.maritime', status: 'announced', places: ['Porto Aurelio'], organizations: [{ name: 'Valmont Shipyards', role: 'developer' }] }],
    }));
    const after = await store.listProjects();
    assert.equal(after.length, before.size + 1);
    for (const [id, name] of before) assert.equal(after.find((p) => p.id === id)?.name, name);
    for (const id of orgsBefore) assert.ok((await store.listOrganizations()).some((o) => o.id === id));
  } finally {
    await store.close();
  }
});

const plant = (text: string, published: string, capacity: number, status: 'announced' | 'agreed' | 'construction') => makeDoc({
  text, published,
  places: [{ name: 'Qarabel', kind: 'city', country: 'KZ' }],
  organizations: [{ name: 'Steppe Cement JSC', aliases: [], country: 'KZ' }],
  projects: [{
    name: 'Qarabel cement plant', type: 'manufacturing_plant', sector: 'industry', status, country: 'KZ', places: ['Qarabel'],
    organizations: [{ name: 'Steppe Cement JSC', role: 'developer' }],
    capacity: [{ value: capacity, unit: 't', text: `${capacity / 1e6} million tonnes` }],
    sentences: [text],
  }],
});

test('sources that disagree on a figure: both values are kept, each with its documents', async () => {
  const store = await fresh();
  try {
    await store.addDocument(plant('Steppe Cement JSC plans a 2 million tonne cement plant at Qarabel.', '2024-02-01', 2e6, 'announced'));
    await store.addDocument(plant('Steppe Cement JSC signed for its 1 million tonne cement plant at Qarabel.', '2024-09-01', 1e6, 'agreed'));
    await store.addDocument(plant('Steppe Cement JSC began building the 2 million tonne cement plant at Qarabel.', '2025-03-01', 2e6, 'construction'));
    const [p] = await store.listProjects();
    const detail = (await store.getProject(p.id))!;
    assert.equal(detail.conflicts.length, 1);
    const c = detail.conflicts[0];
    assert.equal(c.field, 'capacity');
    assert.deepEqual(c.values.map((v) => [v.value, v.documents.length]).sort(), [[1e6, 1], [2e6, 2]]);
    assert.deepEqual(detail.statusHistory.map((s) => [s.status, s.date]), [['announced', '2024-02-01'], ['agreed', '2024-09-01'], ['construction', '2025-03-01']]);
  } finally {
    await store.close();
  }
});

test('a republished wire story is one story with two sources; a different story is another', async () => {
  const original = readFileSync('examples/uz-guzar-urea-2024-03-05.txt', 'utf8');
  const lines = original.split('\n');
  // another outlet: its own headline and source line, the last paragraph cut
  const body = lines.slice(lines.findIndex((l) => l.trim() === '') + 1).join('\n').trim().split('\n\n');
  const copy = `Title: Korean group to build Uzbek urea complex\nSource: Steppe Wire Digest\nPublished: 2024-03-06\n\n${body.slice(0, -1).join('\n\n')}\n`;
  const dir = join(tmp.dir, 'wire');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(dir);
  writeFileSync(join(dir, 'copy.txt'), copy);
  const store = await fresh();
  try {
    await ingestDocuments(['examples/uz-guzar-urea-2024-03-05.txt', join(dir, 'copy.txt'), 'examples/uz-guzar-urea-2025-06-18.html'], store);
    const docs = await store.listDocuments();
    const byPath = (s: string) => docs.find((d) => (d.path ?? '').includes(s))!;
    assert.equal(byPath('copy.txt').story, byPath('2024-03-05').story);
    assert.notEqual(byPath('2025-06-18').story, byPath('2024-03-05').story);
    const [p] = (await store.listProjects({ q: 'Guzar' })).filter((x) => x.type === 'fertilizer_plant');
    assert.equal(p.documents.length, 3);
    assert.equal(p.stories, 2);
  } finally {
    await store.close();
  }
});

test('curation: merge, set and split are audited, follow redirects and survive replays and re-extraction', async () => {
  const store = await fresh();
  try {
    await ingestDocuments(EXAMPLES, store);
    const projects = await store.listProjects();
    // (any two projects of one country: which ones the engine finds in the examples changes as it improves)
    const country = projects.map((p) => p.country).find((c, i, all) => c && all.indexOf(c) !== i);
    const [a, b] = projects.filter((p) => p.country === country);
    assert.ok(a && b, 'two projects of one country in the examples');
    const kept = await store.mergeProjects([a.id, b.id], 'analyst-1', 'same terminal, two names');
    assert.ok([a.id, b.id].includes(kept));
    const gone = kept === a.id ? b.id : a.id;
    assert.equal((await store.getProject(gone))?.id, kept); // the retired id leads to the merged record
    assert.equal((await store.listProjects()).length, projects.length - 1);
    await store.setProjectField(kept, 'status', 'operating', 'analyst-2', 'confirmed by the port authority');
    await assert.rejects(store.setProjectField(kept, 'status', 'dreaming', 'x', 'bad'), CurationError);
    await assert.rejects(store.setProjectField(kept, 'status', 'operating', 'x', '  '), /note/);
    await assert.rejects(store.mergeProjects([kept, 'prj-0000000000'], 'x', 'y'), (e: CurationError) => e.reason === 'not-found');

    const check = async () => {
      const p = (await store.getProject(kept))!;
      assert.equal(p.status, 'operating');
      assert.equal(p.documents.length, new Set([...a.documents, ...b.documents].map((d) => d.id)).size);
      assert.equal(p.history.length, a.documents.length + b.documents.length); // one statement each, even from one article
      assert.deepEqual(p.curation.map((c) => [c.action, c.actor]), [['merge', 'analyst-1'], ['set', 'analyst-2']]);
    };
    await check();
    const same = await store.reprocess(reextract);
    assert.equal(same.changed, 0); // the same engine extracts the same from every stored article
    await check();
    // an older article arrives: the register is replayed from scratch
    await store.addDocument(makeDoc({ text: 'An unrelated note from long ago.', published: '1999-01-01' }));
    await check();
    // that note's extraction was written by hand, so re-extraction replaces exactly that one
    assert.equal((await store.reprocess(reextract)).changed, 1);
    await check();

    const parts = await store.splitProject(kept, null, 'analyst-1', 'they are two terminals after all');
    assert.equal(parts.length, 2);
    assert.equal((await store.listProjects()).length, projects.length);
    // each part keeps its own statement's name, places and evidence, though one article made both
    const split = await Promise.all(parts.map(async (id) => (await store.getProject(id))!));
    assert.deepEqual(split.map((p) => p.name).sort(), [a.name, b.name].sort());
    for (const p of split) {
      assert.equal(p.history.length, 1);
      assert.ok(p.evidence.length > 0 && p.places.length > 0, p.name);
    }
    assert.deepEqual((await store.listCuration()).map((c) => c.action), ['merge', 'set', 'split']);
  } finally {
    await store.close();
  }
});

test('organisations merged by hand stay merged through a replay', async () => {
  const store = await fresh();
  try {
    await ingestDocuments(EXAMPLES, store);
    const orgs = await store.listOrganizations();
    const [x, y] = orgs.filter((o) => o.projects > 0);
    const kept = await store.mergeOrganizations([x.id, y.id], 'analyst-1', 'subsidiary reported under the parent name');
    const count = (await store.listOrganizations()).length;
    assert.equal(count, orgs.length - 1);
    await store.addDocument(makeDoc({ text: 'Another old note.', published: '1998-05-05' }));
    assert.equal((await store.listOrganizations()).length, count);
    const merged = (await store.listOrganizations()).find((o) => o.id === kept)!;
    assert.ok([merged.name, ...merged.aliases].includes(x.name) && [merged.name, ...merged.aliases].includes(y.name));
  } finally {
    await store.close();
  }
});

test('exports: CSV one row per project, GeoJSON points as [lon, lat], GraphML that parses', async () => {
  const store = await fresh();
  try {
    await ingestDocuments(EXAMPLES, store);
    const reg = await buildRegisterExport(store);
    const csv = registerToCsv(reg).trimEnd().split('\r\n');
    assert.match(csv[0], /^id,name,type,sector,status,country,region,city,lat,lon,location_precision,/);
    assert.equal(csv.length, reg.projects.length + 1);
    const { geojson, unplaced } = registerToGeoJson(reg);
    const fc = JSON.parse(geojson);
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.features.length + unplaced, reg.projects.length);
    const osh = fc.features.find((f: { properties: { name: string } }) => /Osh/.test(f.properties.name));
    assert.ok(osh, 'the Osh hospital is on the map');
    const [lon, lat] = osh.geometry.coordinates;
    assert.ok(lat > 39 && lat < 42 && lon > 71 && lon < 74, `Osh at ${lat},${lon}`); // Kyrgyzstan, not swapped
    const graphml = registerToGraphml(reg);
    assert.equal(XMLValidator.validate(graphml), true);
    assert.equal((graphml.match(/<node /g) ?? []).length, reg.projects.length + reg.organizations.length + reg.people.length);
    assert.ok((graphml.match(/<edge /g) ?? []).length >= reg.projects.filter((p) => p.organizations.length).length);
  } finally {
    await store.close();
  }
});

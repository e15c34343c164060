import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrateSqlite, MIGRATIONS, DIALECTS } from '../../src/store/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Extraction } from '../../src/nlp/extraction.js';
import { countRows, openTestStore } from './engines.js';
import { D1, D2, makeDoc, span, tempDir } from './fixtures.js';

const tmp = tempDir();
after(tmp.cleanup);
let n = 0;
const fresh = () => join(tmp.dir, `store-${++n}.db`);

test('round trip: a document and everything extracted from it', async () => {
  const { store, target: file } = await openTestStore();
  try {
    const r = await store.addDocument(D1);
    assert.deepEqual(r, { status: 'new', documentId: 1 });
    assert.equal(await store.hasDocument(D1.contentHash), true);
    assert.equal(await store.hasDocument('0'.repeat(64)), false);

    const [doc] = await store.listDocuments();
    assert.deepEqual(
      { ...doc, addedAt: typeof doc.addedAt },
      { id: 1, path: 'd1.txt', title: D1.meta.title, published: '2024-03-01', source: 'Steppe Courier', url: null, story: D1.contentHash, input: 'd1.txt', kind: 'text', contentHash: D1.contentHash, addedAt: 'string', projects: 2 },
    );
    const detail = await store.getDocument(1);
    assert.equal(detail?.text, D1.text);
    assert.deepEqual(detail?.extraction, D1.extraction);
    assert.equal(await store.getDocument(99), null);

    const projects = await store.listProjects();
    assert.equal(projects.length, 2);
    const refinery = projects.find((p) => p.type === 'refinery')!;
    assert.deepEqual(refinery, {
      id: refinery.id, name: 'Beskol Oil Refinery expansion', type: 'refinery', sector: 'energy.oil_gas', status: 'announced', country: 'KZ',
      places: ['Beskol'],
      organizations: [{ id: refinery.organizations[0].id, name: 'Qazaq Refining JSC', role: 'developer' }, { id: refinery.organizations[1].id, name: 'Northern Star Petroleum Corporation', role: 'partner' }],
      capacity: [{ value: 6_000_000, unit: 't', text: '6 million tons', item: 'crude oil' }],
      amount: null,
      documents: [{ id: 1, path: 'd1.txt', title: D1.meta.title, published: '2024-03-01', source: 'Steppe Courier', url: null, story: D1.contentHash }],
      stories: 1, firstSeen: '2024-03-01', lastSeen: '2024-03-01',
    });
    assert.match(refinery.id, /^prj-[0-9a-z]{10}$/);
    assert.ok(refinery.organizations.every((o) => /^org-[0-9a-z]{10}$/.test(o.id)));

    const full = await store.getProject(refinery.id);
    const ev = D1.extraction.projects[0].evidence[0];
    assert.deepEqual(full?.evidence, [{ documentId: 1, start: ev.start, end: ev.end, text: D1.text.slice(ev.start, ev.end) }]);
    assert.ok(full!.evidence[0].text.startsWith('Northern Star Petroleum Corporation (NSPC)'));
    assert.equal(await store.getProject('prj-0000000000'), null);

    const orgs = await store.listOrganizations();
    assert.deepEqual(orgs.map((o) => [o.name, o.aliases, o.country, o.projects, o.documents]), [
      ['Kestrel Renewables Ltd', [], 'GB', 1, 1],
      ['Northern Star Petroleum Corporation', ['NSPC'], 'CN', 1, 1],
      ['Qazaq Refining JSC', [], 'KZ', 1, 1],
    ]);

    // "Tolegenov" alone joins Arman Tolegenov as an alias instead of becoming a person.
    const people = await store.listPeople();
    assert.deepEqual(people.map((p) => ({ ...p, id: 0 })), [
      { id: 0, name: 'Arman Tolegenov', aliases: ['Tolegenov'], titles: [{ title: 'chairman', organization: 'Northern Star Petroleum Corporation' }], documents: 1 },
    ]);

    const rows = (await countRows(file));
    assert.equal(rows.events, 1);
    assert.equal(rows.places, 3);
    assert.equal(rows.project_mentions, 2);
  } finally {
    await store.close();
  }
});

test('the same content twice adds nothing', async () => {
  const { store, target: file } = await openTestStore();
  try {
    await store.addDocument(D1);
    const before = (await countRows(file));
    const again = await store.addDocument({ ...D1, input: 'elsewhere/copy.txt', path: 'elsewhere/copy.txt' });
    assert.deepEqual(again, { status: 'present', documentId: 1 });
    assert.deepEqual((await countRows(file)), before);
  } finally {
    await store.close();
  }
});

function broken(mutate: (ex: Extraction) => void) {
  // D2 plus a sentence: a new content hash, and D2's offsets still point at the same words.
  const doc = makeDoc({ text: `${D2.text} The ministry confirmed the figures.` });
  const extraction: Extraction = structuredClone(D2.extraction);
  mutate(extraction);
  return { ...doc, extraction };
}

test('a failing insert leaves no partial rows in any table', async () => {
  const { store, target: file } = await openTestStore();
  try {
    await store.addDocument(D1);
    const before = (await countRows(file));
    const cases: [string, (ex: Extraction) => void][] = [
      ['project status outside the CHECK list (after organisations and places are written)', (ex) => { (ex.projects[1] as { status: string }).status = 'rumoured'; }],
      ['event type outside the CHECK list (the last thing written)', (ex) => { ex.events = [{ type: 'party' as 'other', date: null, participants: [], organizations: ['NSPC'], projects: [], evidence: [] }]; }],
      ['organisation country that is not a code', (ex) => { ex.organizations[1].country = 'Kazakhstan'; }],
      ['project name NOT NULL', (ex) => { (ex.projects[1] as { name: string | null }).name = null; }],
    ];
    for (const [what, mutate] of cases) {
      await assert.rejects(store.addDocument(broken(mutate)), Error, what);
      assert.deepEqual((await countRows(file)), before, what);
    }
    // Nothing of the failed document stuck: the valid version of it goes in.
    const ok = broken(() => {});
    assert.equal(await store.hasDocument(ok.contentHash), false);
    assert.equal((await store.addDocument(ok)).status, 'new');
  } finally {
    await store.close();
  }
});

test('reopening a file applies no migration again', async () => {
  const file = fresh();
  await (openSqliteStore(file)).close();
  const read = () => {
    const db = new Database(file, { readonly: true });
    try { return db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all(); } finally { db.close(); }
  };
  const first = read();
  assert.equal(first.length, MIGRATIONS.length);
  const store = openSqliteStore(file);
  await store.addDocument(D1);
  await store.close();
  assert.deepEqual(read(), first);
  const db = new Database(file);
  try {
    assert.deepEqual(migrateSqlite(db), []);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  } finally {
    db.close();
  }
});

test('a current file opens while another connection holds the write lock (a long replay elsewhere)', async () => {
  const file = fresh();
  await (openSqliteStore(file)).close();
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  try {
    const store = openSqliteStore(file); // before: waited out the busy timeout, then "database is locked"
    try {
      assert.deepEqual(await store.listProjects(), []);
    } finally {
      await store.close();
    }
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }
});

test('a migration that fails is rolled back and not recorded', () => {
  const db = new Database(':memory:');
  try {
    const bad = [...MIGRATIONS, { version: 99, name: 'broken', sql: () => 'CREATE TABLE half_done (x INTEGER); THIS IS NOT SQL;' }];
    assert.throws(() => migrateSqlite(db, bad));
    assert.deepEqual(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'half_done'`).all(), []);
    assert.deepEqual(db.prepare('SELECT version FROM schema_migrations ORDER BY version').all().map((r) => (r as { version: number }).version), MIGRATIONS.map((m) => m.version));
  } finally {
    db.close();
  }
});

test('the initial schema is plain SQL for both engines', () => {
  const pg = MIGRATIONS[0].sql(DIALECTS.postgres)!;
  assert.match(pg, /GENERATED BY DEFAULT AS IDENTITY/);
  assert.doesNotMatch(pg, /JSONB/); // JSON is kept as written: JSONB would reorder keys
  assert.doesNotMatch(pg, /AUTOINCREMENT|PRAGMA|WITHOUT ROWID|INTEGER PRIMARY KEY,/);
  assert.match(MIGRATIONS[1].sql(DIALECTS.postgres)!, /tsvector/);
  assert.doesNotMatch(MIGRATIONS[1].sql(DIALECTS.postgres)!, /fts5/);
});

test('evidence is cut from the stored text by UTF-16 offsets', async () => {
  const text = 'Préambule 🚄. The Ōtsuki–Kōfu maglev line will carry 10,000 passengers a day.';
  const sentence = 'The Ōtsuki–Kōfu maglev line will carry 10,000 passengers a day.';
  const { store } = await openTestStore();
  try {
    await store.addDocument(makeDoc({ text, published: '2025-01-01', projects: [{ name: 'Ōtsuki–Kōfu maglev line', type: 'railway', sector: 'transport.rail', status: 'announced', sentences: [sentence] }] }));
    const [p] = await store.listProjects();
    const detail = await store.getProject(p.id);
    assert.equal(detail?.evidence[0].text, sentence);
    assert.deepEqual(span(text, sentence), { start: detail!.evidence[0].start, end: detail!.evidence[0].end });
  } finally {
    await store.close();
  }
});

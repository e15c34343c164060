// Replays every stored document in canonical order to rebuild the register (records, links,
// views, stories, search rows), then re-applies curation. Runs when a document arrived out of
// order, after a re-extraction, or on a database made before public ids. Ids a replay retires
// (two records became one, or an earlier document now seeds the record) are kept as redirects
// to the record that holds what they named.

import { deriveDocument, markRegister, STORED_DOCUMENT_COLUMNS, WriteSession, type StoredDocument } from './add-document.js';
import { applyCuration } from './curation.js';
import { placeholders, type SqlDriver } from './sql-driver.js';
import type { ReplayFailure } from './store.js';

/** Documents read per query during a replay. */
const READ_AHEAD = 32;

/**
 * Documents derived under one savepoint. SQLite's FTS5 writes its pending index out at every
 * savepoint: one per 32 documents cost a replay 3-4% more CPU, one per 256 about nothing.
 */
const SAVEPOINT_DOCS = 256;

/**
 * How much a replay's session may know of the register (entries: name keys, records, aliases,
 * links), so memory stays bounded on any register. Knowing everything it wrote spares a replay
 * every lookup, but it held about 19 entries and 4 KB per generated article replayed (8 MB at
 * 2,000; gigabytes at a million). 250,000 entries are about 50 MB, reached near 13,000 such
 * articles; past it the session writes its search rows and forgets, and the rest of the replay
 * asks SQL for what it no longer holds, as an ordinary write does (forgetting every 1,000
 * articles cost a 2,000-article replay 28% more CPU). Changeable for tests only.
 */
export const REPLAY_SESSION = { maxEntries: 250_000 };

/** Derived tables, children first, so foreign keys never point at a deleted row. */
const DERIVED = [
  'project_fts', 'mention_fts', 'organization_fts', 'person_fts',
  'events', 'project_mentions', 'project_organizations', 'project_places', 'project_names', 'project_statements', 'projects',
  'document_organizations', 'document_people', 'document_places', 'person_roles',
  'person_aliases', 'people', 'place_aliases', 'places', 'organization_aliases', 'organizations',
] as const;

interface Retired { uid: string; table: 'projects' | 'organizations' | 'people'; anchors: string[] }

/**
 * Call inside one transaction: a failure leaves the previous register untouched. Documents are
 * derived a chunk at a time under a savepoint; a document that cannot be derived (an extraction
 * the register cannot hold) is left out and reported in `failed`, and the rest go in.
 */
export async function rebuildRegister(sql: SqlDriver): Promise<{ documents: number; failed: ReplayFailure[] }> {
  const failed: ReplayFailure[] = [];
  const before = await retiredCandidates(sql);
  for (const table of DERIVED) await sql.run(`DELETE FROM ${table}`);
  // Stories are not reset first: each document's is derived again in canonical order, from the
  // stories of documents before it (already derived again), and rewritten only when it changed.
  const ids = (await sql.all<{ id: number }>('SELECT id FROM documents ORDER BY canon')).map((r) => r.id);
  // The derived tables are empty now: every row the replay writes passes through its session.
  const session = new WriteSession({ replay: true });
  for (let i = 0; i < ids.length; i += SAVEPOINT_DOCS) {
    const part = ids.slice(i, i + SAVEPOINT_DOCS);
    await sql.run('SAVEPOINT corridor_replay');
    try {
      await readAhead(sql, part, async (id, row) => {
        await deriveDocument(sql, id, session, row);
        if (session.size > REPLAY_SESSION.maxEntries) {
          await session.flush(sql);
          session.forgetFacts();
        }
      });
      await sql.run('RELEASE SAVEPOINT corridor_replay');
    } catch {
      // One of them cannot be resolved: these again, a document at a time, leaving out the ones
      // that fail, so one bad document never keeps the rest of the register from a replay.
      await sql.run('ROLLBACK TO SAVEPOINT corridor_replay');
      await sql.run('RELEASE SAVEPOINT corridor_replay');
      failed.push(...(await deriveEach(sql, part, session)));
    }
  }
  // A flush rolled back with its savepoint took search rows with it: write them all again.
  if (failed.length > 0) await touchEveryRecord(sql, session);
  await session.flush(sql);
  await applyCuration(sql);
  await recordRedirects(sql, before);
  await markRegister(sql, false);
  return { documents: ids.length - failed.length, failed };
}

/**
 * Derives each document under its own savepoint; one that fails is rolled back alone and left
 * out of the register (it stays stored, and every later replay tries it again). What the session
 * knew may include the rolled-back rows, so it forgets, and the rest of the replay asks SQL.
 */
async function deriveEach(sql: SqlDriver, ids: number[], session: WriteSession): Promise<ReplayFailure[]> {
  session.forgetFacts();
  session.stories?.disable();
  const failed: ReplayFailure[] = [];
  await readAhead(sql, ids, async (id, row) => {
    await sql.run('SAVEPOINT corridor_replay_document');
    try {
      await deriveDocument(sql, id, session, row);
      await sql.run('RELEASE SAVEPOINT corridor_replay_document');
    } catch (err) {
      await sql.run('ROLLBACK TO SAVEPOINT corridor_replay_document');
      await sql.run('RELEASE SAVEPOINT corridor_replay_document');
      session.forgetFacts();
      failed.push({ documentId: id, reason: (err as Error).message.split('\n')[0] });
    }
  });
  return failed;
}

/** Every record's search row is to be written again at the session's next flush. */
async function touchEveryRecord(sql: SqlDriver, session: WriteSession): Promise<void> {
  for (const r of await sql.all<{ id: number }>('SELECT id FROM organizations')) session.touchedOrgs.add(r.id);
  for (const r of await sql.all<{ id: number }>('SELECT id FROM people')) session.touchedPeople.add(r.id);
  for (const r of await sql.all<{ id: number }>('SELECT id FROM projects')) session.touchedProjects.add(r.id);
}

/** `fn` over the documents `ids`, in order, read READ_AHEAD at a time (their text and extraction are most of the database). */
async function readAhead(sql: SqlDriver, ids: readonly number[], fn: (id: number, row: StoredDocument | undefined) => Promise<void>): Promise<void> {
  for (let i = 0; i < ids.length; i += READ_AHEAD) {
    const chunk = ids.slice(i, i + READ_AHEAD);
    const rows = new Map((await sql.all<StoredDocument & { id: number }>(
      `SELECT id, ${STORED_DOCUMENT_COLUMNS} FROM documents WHERE id IN (${placeholders(chunk.length)})`, ...chunk,
    )).map((r) => [r.id, r]));
    for (const id of chunk) await fn(id, rows.get(id));
  }
}

/** Every current public id with what locates its record after a replay. */
async function retiredCandidates(sql: SqlDriver): Promise<Retired[]> {
  const out: Retired[] = [];
  const group = (rows: { uid: string | null; anchor: string }[], table: Retired['table']) => {
    const by = new Map<string, string[]>();
    for (const r of rows) if (r.uid) by.set(r.uid, [...(by.get(r.uid) ?? []), r.anchor]);
    for (const [uid, anchors] of by) out.push({ uid, table, anchors });
  };
  group(await sql.all(`SELECT p.uid, s.skey AS anchor FROM projects p JOIN project_statements s ON s.project_id = p.id WHERE s.skey IS NOT NULL`), 'projects');
  group(await sql.all(`SELECT o.uid, a.key AS anchor FROM organizations o JOIN organization_aliases a ON a.organization_id = o.id`), 'organizations');
  group(await sql.all(`SELECT p.uid, a.key AS anchor FROM people p JOIN person_aliases a ON a.person_id = p.id WHERE a.matchable = 1`), 'people');
  return out;
}

const HOLDER: Record<Retired['table'], string> = {
  projects: 'SELECT p.uid FROM project_statements s JOIN projects p ON p.id = s.project_id WHERE s.skey = ?',
  organizations: 'SELECT o.uid FROM organization_aliases a JOIN organizations o ON o.id = a.organization_id WHERE a.key = ? ORDER BY o.id',
  people: 'SELECT p.uid FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE a.key = ? AND a.matchable = 1 ORDER BY p.id',
};

async function recordRedirects(sql: SqlDriver, before: Retired[]): Promise<void> {
  const now = new Date().toISOString();
  for (const r of before) {
    if (await sql.get(`SELECT 1 FROM ${r.table} WHERE uid = ?`, r.uid)) continue;
    let holder: string | undefined;
    for (const a of r.anchors) {
      holder = (await sql.get<{ uid: string }>(HOLDER[r.table], a))?.uid;
      if (holder) break;
    }
    if (!holder) continue;
    await sql.run(
      `INSERT INTO redirects (old_uid, new_uid, at) VALUES (?, ?, ?) ON CONFLICT (old_uid) DO UPDATE SET new_uid = excluded.new_uid, at = excluded.at`,
      r.uid, holder, now,
    );
  }
  // A record that came back (an id retired, then seeded again) is no longer a redirect.
  for (const table of ['projects', 'organizations', 'people'] as const) {
    await sql.run(`DELETE FROM redirects WHERE old_uid IN (SELECT uid FROM ${table} WHERE uid IS NOT NULL)`);
  }
}

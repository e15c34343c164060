// Replays every stored document in canonical order to rebuild the register (records, links,
// views, stories, search rows), then re-applies curation. Runs when a document arrived out of
// order, after a re-extraction, or on a database made before public ids. Ids a replay retires
// (two records became one, or an earlier document now seeds the record) are kept as redirects
// to the record that holds what they named.

import { deriveDocument, markRegister, STORED_DOCUMENT_COLUMNS, WriteSession, type StoredDocument } from './add-document.js';
import { applyCuration } from './curation.js';
import { placeholders, type SqlDriver } from './sql-driver.js';

/** Documents read per query during a replay. */
const READ_AHEAD = 32;

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

/** Call inside one transaction: a failure leaves the previous register untouched. */
export async function rebuildRegister(sql: SqlDriver): Promise<{ documents: number }> {
  const before = await retiredCandidates(sql);
  for (const table of DERIVED) await sql.run(`DELETE FROM ${table}`);
  // Stories are not reset first: each document's is derived again in canonical order, from the
  // stories of documents before it (already derived again), and rewritten only when it changed.
  const ids = (await sql.all<{ id: number }>('SELECT id FROM documents ORDER BY canon')).map((r) => r.id);
  // The derived tables are empty now: every row the replay writes passes through its session.
  const session = new WriteSession({ replay: true });
  // Documents are read a few at a time (their text and extraction are most of the database).
  for (let i = 0; i < ids.length; i += READ_AHEAD) {
    const chunk = ids.slice(i, i + READ_AHEAD);
    const rows = new Map((await sql.all<StoredDocument & { id: number }>(
      `SELECT id, ${STORED_DOCUMENT_COLUMNS} FROM documents WHERE id IN (${placeholders(chunk.length)})`, ...chunk,
    )).map((r) => [r.id, r]));
    for (const id of chunk) {
      await deriveDocument(sql, id, session, rows.get(id));
      if (session.size > REPLAY_SESSION.maxEntries) {
        await session.flush(sql);
        session.forgetFacts();
      }
    }
  }
  await session.flush(sql);
  await applyCuration(sql);
  await recordRedirects(sql, before);
  await markRegister(sql, false);
  return { documents: ids.length };
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

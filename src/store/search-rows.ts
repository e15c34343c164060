// The full-text rows of projects, organisations and people, rewritten whenever a record's
// names, aliases, places, partners or titles change (by a document, a replay or a curation act).
//
// Each function takes many records at once and asks SQL a fixed number of times per chunk of
// them: a replay rewrites the row of every record, and one record at a time cost 4 to 7
// statements each, half of all the statements of a PostgreSQL replay (each a round trip there).

import { insertRows } from './insert-rows.js';
import { inChunks } from './register-index.js';
import { placeholders, type SqlDriver } from './sql-driver.js';

// A record touched earlier in a transaction may be gone by the time its row is rewritten (a
// curated merge removed it): its row went with it, and none is written back.

/** `rows` grouped by `key`, values in row order; `distinct` drops repeats (what `SELECT DISTINCT` per record gave). */
function groupBy<R>(rows: readonly R[], key: (r: R) => number, value: (r: R) => string, distinct = false): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const r of rows) {
    const k = key(r);
    const v = value(r);
    const list = out.get(k);
    if (!list) out.set(k, [v]);
    else if (!distinct || !list.includes(v)) list.push(v);
  }
  return out;
}

export async function refreshOrganizationSearch(sql: SqlDriver, ids: Iterable<number>): Promise<void> {
  await inChunks([...ids], async (chunk) => {
    const live = (await sql.all<{ id: number }>(`SELECT id FROM organizations WHERE id IN (${placeholders(chunk.length)})`, ...chunk)).map((r) => r.id);
    if (live.length === 0) return [];
    const names = groupBy(await sql.all<{ organization_id: number; alias: string }>(
      `SELECT organization_id, alias FROM organization_aliases WHERE organization_id IN (${placeholders(live.length)}) ORDER BY organization_id, rowid`, ...live,
    ), (r) => r.organization_id, (r) => r.alias);
    await sql.run(`DELETE FROM organization_fts WHERE rowid IN (${placeholders(live.length)})`, ...live);
    await insertRows(sql, 'INSERT INTO organization_fts (rowid, names) VALUES', live.map((id) => [id, (names.get(id) ?? []).join('; ')]));
    return [];
  });
}

export async function refreshProjectSearch(sql: SqlDriver, ids: Iterable<number>): Promise<void> {
  await inChunks([...ids], async (chunk) => {
    const in_ = placeholders(chunk.length);
    await sql.run(`DELETE FROM project_fts WHERE rowid IN (${in_})`, ...chunk);
    const live = await sql.all<{ id: number; type: string; sector: string }>(`SELECT id, type, sector FROM projects WHERE id IN (${in_})`, ...chunk);
    if (live.length === 0) return [];
    const liveIds = live.map((p) => p.id);
    const inLive = placeholders(liveIds.length);
    const names = groupBy(await sql.all<{ project_id: number; name: string }>(
      `SELECT project_id, name FROM project_names WHERE project_id IN (${inLive}) ORDER BY project_id`, ...liveIds,
    ), (r) => r.project_id, (r) => r.name, true);
    const places = groupBy(await sql.all<{ project_id: number; alias: string }>(
      `SELECT pp.project_id, a.alias FROM project_places pp JOIN place_aliases a ON a.place_id = pp.place_id
       WHERE pp.project_id IN (${inLive}) ORDER BY pp.project_id`, ...liveIds,
    ), (r) => r.project_id, (r) => r.alias, true);
    const orgs = groupBy(await sql.all<{ project_id: number; alias: string }>(
      `SELECT po.project_id, a.alias FROM project_organizations po JOIN organization_aliases a ON a.organization_id = po.organization_id
       WHERE po.project_id IN (${inLive}) ORDER BY po.project_id`, ...liveIds,
    ), (r) => r.project_id, (r) => r.alias, true);
    await insertRows(sql, 'INSERT INTO project_fts (rowid, names, facets, places, organizations) VALUES', live.map((p) => [
      p.id,
      (names.get(p.id) ?? []).join('; '),
      `${p.type} ${p.sector}`.replace(/[._]/g, ' '),
      (places.get(p.id) ?? []).join('; '),
      (orgs.get(p.id) ?? []).join('; '),
    ]));
    return [];
  });
}

export async function refreshPersonSearch(sql: SqlDriver, ids: Iterable<number>): Promise<void> {
  await inChunks([...ids], async (chunk) => {
    const live = (await sql.all<{ id: number }>(`SELECT id FROM people WHERE id IN (${placeholders(chunk.length)})`, ...chunk)).map((r) => r.id);
    if (live.length === 0) return [];
    const in_ = placeholders(live.length);
    const names = groupBy(await sql.all<{ person_id: number; alias: string }>(
      `SELECT person_id, alias FROM person_aliases WHERE person_id IN (${in_}) ORDER BY person_id, rowid`, ...live,
    ), (r) => r.person_id, (r) => r.alias);
    const titles = groupBy(await sql.all<{ person_id: number; t: string }>(
      `SELECT r.person_id, COALESCE(r.title, '') || ' ' || COALESCE(o.name, r.organization, '') AS t
       FROM person_roles r LEFT JOIN organizations o ON o.id = r.organization_id WHERE r.person_id IN (${in_}) ORDER BY r.person_id`, ...live,
    ), (r) => r.person_id, (r) => r.t.trim(), true);
    await sql.run(`DELETE FROM person_fts WHERE rowid IN (${in_})`, ...live);
    await insertRows(sql, 'INSERT INTO person_fts (rowid, names, titles) VALUES', live.map((id) => [id, (names.get(id) ?? []).join('; '), (titles.get(id) ?? []).join('; ')]));
    return [];
  });
}

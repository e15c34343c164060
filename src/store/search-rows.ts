// The full-text rows of projects, organisations and people, rewritten whenever a record's
// names, aliases, places, partners or titles change (by a document, a replay or a curation act).

import type { SqlDriver } from './sql-driver.js';

// A record touched earlier in a transaction may be gone by the time its row is rewritten (a
// curated merge removed it): its row went with it, and none is written back.

export async function refreshOrganizationSearch(sql: SqlDriver, id: number): Promise<void> {
  if (!(await sql.get('SELECT 1 FROM organizations WHERE id = ?', id))) return;
  const names = (await sql.all<{ alias: string }>('SELECT alias FROM organization_aliases WHERE organization_id = ? ORDER BY rowid', id)).map((r) => r.alias);
  await sql.run('DELETE FROM organization_fts WHERE rowid = ?', id);
  await sql.run('INSERT INTO organization_fts (rowid, names) VALUES (?, ?)', id, names.join('; '));
}

export async function refreshProjectSearch(sql: SqlDriver, id: number): Promise<void> {
  const p = await sql.get<{ type: string; sector: string }>('SELECT type, sector FROM projects WHERE id = ?', id);
  await sql.run('DELETE FROM project_fts WHERE rowid = ?', id);
  if (!p) return;
  const names = (await sql.all<{ name: string }>('SELECT DISTINCT name FROM project_names WHERE project_id = ?', id)).map((r) => r.name);
  const places = (await sql.all<{ alias: string }>(
    `SELECT DISTINCT a.alias FROM project_places pp JOIN place_aliases a ON a.place_id = pp.place_id WHERE pp.project_id = ?`, id,
  )).map((r) => r.alias);
  const orgs = (await sql.all<{ alias: string }>(
    `SELECT DISTINCT a.alias FROM project_organizations po JOIN organization_aliases a ON a.organization_id = po.organization_id
     WHERE po.project_id = ?`, id,
  )).map((r) => r.alias);
  const facets = `${p.type} ${p.sector}`.replace(/[._]/g, ' ');
  await sql.run('INSERT INTO project_fts (rowid, names, facets, places, organizations) VALUES (?, ?, ?, ?, ?)',
    id, names.join('; '), facets, places.join('; '), orgs.join('; '));
}

export async function refreshPersonSearch(sql: SqlDriver, id: number): Promise<void> {
  if (!(await sql.get('SELECT 1 FROM people WHERE id = ?', id))) return;
  const names = (await sql.all<{ alias: string }>('SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY rowid', id)).map((r) => r.alias);
  const titles = (await sql.all<{ t: string }>(
    `SELECT DISTINCT COALESCE(r.title, '') || ' ' || COALESCE(o.name, r.organization, '') AS t
     FROM person_roles r LEFT JOIN organizations o ON o.id = r.organization_id WHERE r.person_id = ?`, id,
  )).map((r) => r.t.trim());
  await sql.run('DELETE FROM person_fts WHERE rowid = ?', id);
  await sql.run('INSERT INTO person_fts (rowid, names, titles) VALUES (?, ?, ?)', id, names.join('; '), titles.join('; '));
}

// Curation: an analyst's merge, split or set, stored as an audited act (who, when, why) and
// applied on top of what the documents say. Acts name what they apply to by anchors (statement
// keys for projects, alias keys for organisations), never by internal row ids, so they hold
// through replays, re-extraction and later documents. `applyCuration` runs after every
// document the register takes in, in replays and in direct adds alike, so both paths agree.

import { type CuratedField, updateProjectView } from './sqlite-project-view.js';
import { parseCuratedValue } from '../resolve/curated-value.js';
import { refreshOrganizationSearch, refreshProjectSearch } from './sqlite-search-rows.js';
import { placeholders, type SqliteStatements } from './sqlite-statements.js';
import { publicId } from '../resolve/public-id.js';

import { CurationError, type CurationAct } from './store.js';

type CurationKind = CurationAct['kind'];

interface ActRow { id: number; action: CurationAct['action']; kind: CurationKind; anchors: string }

export function applyCuration(sql: SqliteStatements): void {
  const acts = sql.all<ActRow>(`SELECT id, action, kind, anchors FROM curation WHERE action IN ('merge', 'split') ORDER BY id`);
  for (const a of acts) {
    if (a.kind === 'project' && a.action === 'merge') mergeProjectRows(sql, JSON.parse(a.anchors) as string[]);
    else if (a.kind === 'project' && a.action === 'split') splitProjectRows(sql, JSON.parse(a.anchors) as string[][]);
    else if (a.kind === 'organization' && a.action === 'merge') mergeOrganizationRows(sql, JSON.parse(a.anchors) as string[]);
  }
}

// ------------------------------------------------------------ recording acts

/** Follows redirects to the record a public id names now; null when none. */
export function currentUid(sql: SqliteStatements, table: 'projects' | 'organizations' | 'people', uid: string): string | null {
  let u = uid;
  for (let hops = 0; hops < 16; hops++) {
    if (sql.get(`SELECT 1 FROM ${table} WHERE uid = ?`, u)) return u;
    const next = sql.get<{ new_uid: string }>('SELECT new_uid FROM redirects WHERE old_uid = ?', u)?.new_uid;
    if (!next) return null;
    u = next;
  }
  return null;
}

function requireRecord(sql: SqliteStatements, table: 'projects' | 'organizations', uid: string): { id: number; uid: string } {
  const cur = currentUid(sql, table, uid);
  const row = cur ? sql.get<{ id: number; uid: string }>(`SELECT id, uid FROM ${table} WHERE uid = ?`, cur) : undefined;
  if (!row) throw new CurationError(`no ${table === 'projects' ? 'project' : 'organisation'} ${uid}`, 'not-found');
  return row;
}

function record(sql: SqliteStatements, act: Omit<CurationAct, 'id' | 'at' | 'value'> & { value?: unknown; anchors: unknown }): number {
  if (!act.note.trim()) throw new CurationError('a curation act needs a note saying why');
  return sql.insert(
    'INSERT INTO curation (at, actor, action, kind, targets, anchors, field, value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    new Date().toISOString(), act.actor, act.action, act.kind, JSON.stringify(act.targets), JSON.stringify(act.anchors),
    act.field, act.value === undefined ? null : JSON.stringify(act.value), act.note.trim(),
  );
}

const statementKeys = (sql: SqliteStatements, projectId: number): string[] =>
  sql.all<{ skey: string }>('SELECT s.skey FROM project_statements s JOIN documents d ON d.id = s.document_id WHERE s.project_id = ? ORDER BY d.canon, s.skey', projectId).map((r) => r.skey);

/** Merges projects into the one first reported; returns its id. */
export function mergeProjects(sql: SqliteStatements, uids: string[], actor: string, note: string): string {
  const rows = uniqueRecords(uids.map((u) => requireRecord(sql, 'projects', u)));
  if (rows.length < 2) throw new CurationError('merge needs two different projects');
  const anchors = rows.flatMap((r) => statementKeys(sql, r.id));
  record(sql, { actor, action: 'merge', kind: 'project', targets: rows.map((r) => r.uid), anchors, field: null, note });
  mergeProjectRows(sql, anchors);
  return holderOf(sql, anchors[0]);
}

/**
 * Splits a project: the statements of the given documents (all but the first source, when none
 * are given) leave as a new project per document group; a project resting on one article's
 * statements splits into one project per statement. Returns the ids afterwards.
 */
export function splitProject(sql: SqliteStatements, uid: string, documentIds: number[] | null, actor: string, note: string): string[] {
  const row = requireRecord(sql, 'projects', uid);
  const statements = sql.all<{ skey: string; document_id: number }>(
    'SELECT s.skey, s.document_id FROM project_statements s JOIN documents d ON d.id = s.document_id WHERE s.project_id = ? ORDER BY d.canon, s.skey', row.id,
  );
  if (statements.length < 2) throw new CurationError(`project ${row.uid} rests on one statement; nothing to split`);
  const docs = [...new Set(statements.map((s) => s.document_id))];
  if (docs.length === 1 && !(documentIds && documentIds.length > 0)) {
    // one article, two statements joined by an earlier merge: each statement its own project
    const groups = statements.map((s) => [s.skey]);
    record(sql, { actor, action: 'split', kind: 'project', targets: [row.uid], anchors: groups, field: null, note });
    splitProjectRows(sql, groups);
    return groups.map((g) => holderOf(sql, g[0]));
  }
  const leaving = documentIds && documentIds.length > 0 ? new Set(documentIds) : new Set(docs.slice(1));
  for (const d of leaving) if (!docs.includes(d)) throw new CurationError(`document ${d} is not a source of project ${row.uid}`);
  if (leaving.size === docs.length) throw new CurationError('a split must leave at least one source in the project');
  const staying = statements.filter((s) => !leaving.has(s.document_id)).map((s) => s.skey);
  const groups = documentIds && documentIds.length > 0
    ? [staying, statements.filter((s) => leaving.has(s.document_id)).map((s) => s.skey)]
    : [staying, ...[...leaving].map((d) => statements.filter((s) => s.document_id === d).map((s) => s.skey))];
  record(sql, { actor, action: 'split', kind: 'project', targets: [row.uid], anchors: groups, field: null, note });
  splitProjectRows(sql, groups);
  return groups.map((g) => holderOf(sql, g[0]));
}

/** Sets a field by hand; `raw` is what the curator typed (see curated-value.ts). */
export function setProjectField(sql: SqliteStatements, uid: string, field: string, raw: unknown, actor: string, note: string): string {
  let value: unknown;
  try { value = parseCuratedValue(field, raw); } catch (err) { throw new CurationError((err as Error).message); }
  const row = requireRecord(sql, 'projects', uid);
  record(sql, { actor, action: 'set', kind: 'project', targets: [row.uid], anchors: statementKeys(sql, row.id), field: field as CuratedField, value, note });
  updateProjectView(sql, row.id);
  refreshProjectSearch(sql, row.id);
  return row.uid;
}

export function mergeOrganizations(sql: SqliteStatements, uids: string[], actor: string, note: string): string {
  const rows = uniqueRecords(uids.map((u) => requireRecord(sql, 'organizations', u)));
  if (rows.length < 2) throw new CurationError('merge needs two different organisations');
  const anchors = rows.flatMap((r) => sql.all<{ key: string }>('SELECT DISTINCT key FROM organization_aliases WHERE organization_id = ? ORDER BY key', r.id).map((k) => k.key));
  record(sql, { actor, action: 'merge', kind: 'organization', targets: rows.map((r) => r.uid), anchors, field: null, note });
  mergeOrganizationRows(sql, anchors);
  return sql.get<{ uid: string }>('SELECT uid FROM organizations WHERE id = ?', Math.min(...rows.map((r) => r.id)))!.uid;
}

export function listCuration(sql: SqliteStatements, target?: string): CurationAct[] {
  const rows = sql.all<{ id: number; at: string; actor: string; action: CurationAct['action']; kind: CurationKind; targets: string; field: string | null; value: string | null; note: string }>(
    'SELECT id, at, actor, action, kind, targets, field, value, note FROM curation ORDER BY id',
  );
  return rows
    .map((r) => ({ ...r, targets: JSON.parse(r.targets) as string[], value: r.value === null ? null : JSON.parse(r.value) }))
    .filter((a) => !target || a.targets.includes(target));
}

function uniqueRecords<T extends { id: number }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()].sort((a, b) => a.id - b.id);
}

function holderOf(sql: SqliteStatements, skey: string): string {
  return sql.get<{ uid: string }>('SELECT p.uid FROM project_statements s JOIN projects p ON p.id = s.project_id WHERE s.skey = ?', skey)!.uid;
}

// ------------------------------------------------------------ applying acts

function redirect(sql: SqliteStatements, from: string, to: string): void {
  sql.run(
    'INSERT INTO redirects (old_uid, new_uid, at) VALUES (?, ?, ?) ON CONFLICT (old_uid) DO UPDATE SET new_uid = excluded.new_uid, at = excluded.at',
    from, to, new Date().toISOString(),
  );
}

/** Every fact of a project, keyed by the statement that gave it. */
const PROJECT_FACTS = ['project_statements', 'project_names', 'project_places', 'project_organizations', 'project_mentions'] as const;

/** Moves statements (all, or the given ones) and their facts from one project to another. */
function moveStatements(sql: SqliteStatements, from: number, to: number, statementIds: number[] | null): void {
  const ids = statementIds ?? [];
  for (const table of PROJECT_FACTS) {
    const col = table === 'project_statements' ? 'id' : 'statement_id';
    const filter = statementIds ? ` AND ${col} IN (${placeholders(ids.length)})` : '';
    sql.run(`UPDATE ${table} SET project_id = ? WHERE project_id = ?${filter}`, to, from, ...ids);
  }
}

function mergeProjectRows(sql: SqliteStatements, anchors: string[]): void {
  if (anchors.length === 0) return;
  const ids = sql.all<{ project_id: number }>(
    `SELECT DISTINCT project_id FROM project_statements WHERE skey IN (${placeholders(anchors.length)}) ORDER BY project_id`, ...anchors,
  ).map((r) => r.project_id);
  if (ids.length < 2) return;
  const [keep, ...rest] = ids;
  const keepUid = sql.get<{ uid: string }>('SELECT uid FROM projects WHERE id = ?', keep)!.uid;
  for (const from of rest) {
    moveStatements(sql, from, keep, null);
    const uid = sql.get<{ uid: string }>('SELECT uid FROM projects WHERE id = ?', from)!.uid;
    sql.run('DELETE FROM projects WHERE id = ?', from);
    redirect(sql, uid, keepUid);
  }
  updateProjectView(sql, keep);
  refreshProjectSearch(sql, keep);
}

/** Each group after the first leaves the project holding the first group, unless it already has. */
function splitProjectRows(sql: SqliteStatements, groups: string[][]): void {
  const home = (skeys: string[]) => skeys.length === 0 ? undefined : sql.get<{ project_id: number }>(
    `SELECT project_id FROM project_statements WHERE skey IN (${placeholders(skeys.length)}) ORDER BY project_id LIMIT 1`, ...skeys,
  )?.project_id;
  const base = home(groups[0]);
  if (base === undefined) return;
  for (const group of groups.slice(1)) {
    const present = sql.all<{ id: number; document_id: number }>(
      `SELECT id, document_id FROM project_statements WHERE project_id = ? AND skey IN (${placeholders(group.length)})`, base, ...group,
    );
    if (present.length === 0) continue;
    const src = sql.get<{ key: string; name: string; type: string; sector: string; status: string; country: string | null; capacity: string; amount: string | null }>(
      'SELECT key, name, type, sector, status, country, capacity, amount FROM projects WHERE id = ?', base,
    )!;
    let uid = publicId('project', `split|${group[0]}`);
    for (let attempt = 1; sql.get('SELECT 1 FROM projects WHERE uid = ?', uid); attempt++) uid = publicId('project', `split|${group[0]}`, attempt);
    const to = sql.insert(
      'INSERT INTO projects (uid, key, name, type, sector, status, country, capacity, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      uid, src.key, src.name, src.type, src.sector, src.status, src.country, src.capacity, src.amount,
    );
    moveStatements(sql, base, to, present.map((p) => p.id));
    updateProjectView(sql, to);
    refreshProjectSearch(sql, to);
  }
  updateProjectView(sql, base);
  refreshProjectSearch(sql, base);
}

function mergeOrganizationRows(sql: SqliteStatements, anchors: string[]): void {
  if (anchors.length === 0) return;
  const ids = sql.all<{ organization_id: number }>(
    `SELECT DISTINCT organization_id FROM organization_aliases WHERE key IN (${placeholders(anchors.length)}) ORDER BY organization_id`, ...anchors,
  ).map((r) => r.organization_id);
  if (ids.length < 2) return;
  const [keep, ...rest] = ids;
  const keepUid = sql.get<{ uid: string }>('SELECT uid FROM organizations WHERE id = ?', keep)!.uid;
  const projects = new Set<number>();
  for (const from of rest) {
    sql.run('INSERT INTO organization_aliases (organization_id, alias, key, folded) SELECT ?, alias, key, folded FROM organization_aliases WHERE organization_id = ? ON CONFLICT DO NOTHING', keep, from);
    sql.run('INSERT INTO project_organizations (project_id, statement_id, organization_id, role, document_id, ordinal) SELECT project_id, statement_id, ?, role, document_id, ordinal FROM project_organizations WHERE organization_id = ? ON CONFLICT DO NOTHING', keep, from);
    sql.run('INSERT INTO document_organizations (document_id, organization_id) SELECT document_id, ? FROM document_organizations WHERE organization_id = ? ON CONFLICT DO NOTHING', keep, from);
    sql.run('UPDATE person_roles SET organization_id = ? WHERE organization_id = ?', keep, from);
    for (const r of sql.all<{ project_id: number }>('SELECT DISTINCT project_id FROM project_organizations WHERE organization_id = ?', from)) projects.add(r.project_id);
    sql.run('UPDATE organizations SET country = COALESCE(country, (SELECT country FROM organizations WHERE id = ?)) WHERE id = ?', from, keep);
    const uid = sql.get<{ uid: string }>('SELECT uid FROM organizations WHERE id = ?', from)!.uid;
    sql.run('DELETE FROM organizations WHERE id = ?', from); // cascades its aliases and links
    redirect(sql, uid, keepUid);
  }
  refreshOrganizationSearch(sql, keep);
  for (const p of projects) refreshProjectSearch(sql, p);
}

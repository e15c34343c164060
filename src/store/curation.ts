// Curation: an analyst's merge, split or set, stored as an audited act (who, when, why) and
// applied on top of what the documents say. Acts name what they apply to by anchors (statement
// keys for projects, alias keys for organisations), never by internal row ids, so they hold
// through replays, re-extraction and later documents. `applyCuration` runs after every
// document the register takes in, in replays and in direct adds alike, so both paths agree.

import { type CuratedField, updateProjectView } from './project-view-rows.js';
import { parseCuratedValue } from '../resolve/curated-value.js';
import { refreshOrganizationSearch, refreshPersonSearch, refreshProjectSearch } from './search-rows.js';
import { mapInOrder, placeholders, type SqlDriver } from './sql-driver.js';
import { publicId } from '../resolve/public-id.js';

import { CurationError, type CurationAct } from './store.js';

type CurationKind = CurationAct['kind'];

export interface ActRow { id: number; action: CurationAct['action']; kind: CurationKind; anchors: string }

/** The merge and split acts, oldest first (what `applyCuration` applies). */
export async function structuralActs(sql: SqlDriver): Promise<ActRow[]> {
  return sql.all<ActRow>(`SELECT id, action, kind, anchors FROM curation WHERE action IN ('merge', 'split') ORDER BY id`);
}

/**
 * Applies every merge and split act; true when one of them moved or removed rows. `acts`: the
 * acts as `structuralActs` read them in this transaction, when the caller holds them already.
 */
export async function applyCuration(sql: SqlDriver, acts?: readonly ActRow[]): Promise<boolean> {
  acts ??= await structuralActs(sql);
  let changed = false;
  for (const a of acts) {
    if (a.kind === 'project' && a.action === 'merge') changed = (await mergeProjectRows(sql, JSON.parse(a.anchors) as string[])) || changed;
    else if (a.kind === 'project' && a.action === 'split') changed = (await splitProjectRows(sql, JSON.parse(a.anchors) as string[][])) || changed;
    else if (a.kind === 'organization' && a.action === 'merge') changed = (await mergeOrganizationRows(sql, JSON.parse(a.anchors) as string[])) || changed;
  }
  return changed;
}

// ------------------------------------------------------------ recording acts

/** Follows redirects to the record a public id names now; null when none. */
export async function currentUid(sql: SqlDriver, table: 'projects' | 'organizations' | 'people', uid: string): Promise<string | null> {
  let u = uid;
  for (let hops = 0; hops < 16; hops++) {
    if (await sql.get(`SELECT 1 FROM ${table} WHERE uid = ?`, u)) return u;
    const next = (await sql.get<{ new_uid: string }>('SELECT new_uid FROM redirects WHERE old_uid = ?', u))?.new_uid;
    if (!next) return null;
    u = next;
  }
  return null;
}

async function requireRecord(sql: SqlDriver, table: 'projects' | 'organizations', uid: string): Promise<{ id: number; uid: string }> {
  const cur = await currentUid(sql, table, uid);
  const row = cur ? (await sql.get<{ id: number; uid: string }>(`SELECT id, uid FROM ${table} WHERE uid = ?`, cur)) : undefined;
  if (!row) throw new CurationError(`no ${table === 'projects' ? 'project' : 'organisation'} ${uid}`, 'not-found');
  return row;
}

async function record(sql: SqlDriver, act: Omit<CurationAct, 'id' | 'at' | 'value'> & { value?: unknown; anchors: unknown }): Promise<number> {
  if (!act.note.trim()) throw new CurationError('a curation act needs a note saying why');
  return await sql.insert(
    'INSERT INTO curation (at, actor, action, kind, targets, anchors, field, value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    new Date().toISOString(), act.actor, act.action, act.kind, JSON.stringify(act.targets), JSON.stringify(act.anchors),
    act.field, act.value === undefined ? null : JSON.stringify(act.value), act.note.trim(),
  );
}

const statementKeys = async (sql: SqlDriver, projectId: number): Promise<string[]> =>
  (await sql.all<{ skey: string }>('SELECT s.skey FROM project_statements s JOIN documents d ON d.id = s.document_id WHERE s.project_id = ? ORDER BY d.canon, s.skey', projectId)).map((r) => r.skey);

/** Merges projects into the one first reported; returns its id. */
export async function mergeProjects(sql: SqlDriver, uids: string[], actor: string, note: string): Promise<string> {
  const rows = uniqueRecords(await mapInOrder(uids, (u) => requireRecord(sql, 'projects', u)));
  if (rows.length < 2) throw new CurationError('merge needs two different projects');
  const anchors = (await mapInOrder(rows, (r) => statementKeys(sql, r.id))).flat();
  await record(sql, { actor, action: 'merge', kind: 'project', targets: rows.map((r) => r.uid), anchors, field: null, note });
  await mergeProjectRows(sql, anchors);
  return await holderOf(sql, anchors[0]);
}

/**
 * Splits a project: the statements of the given documents (all but the first source, when none
 * are given) leave as a new project per document group; a project resting on one article's
 * statements splits into one project per statement. Returns the ids afterwards.
 */
export async function splitProject(sql: SqlDriver, uid: string, documentIds: number[] | null, actor: string, note: string): Promise<string[]> {
  const row = await requireRecord(sql, 'projects', uid);
  const statements = await sql.all<{ skey: string; document_id: number }>(
    'SELECT s.skey, s.document_id FROM project_statements s JOIN documents d ON d.id = s.document_id WHERE s.project_id = ? ORDER BY d.canon, s.skey', row.id,
  );
  if (statements.length < 2) throw new CurationError(`project ${row.uid} rests on one statement; nothing to split`);
  const docs = [...new Set(statements.map((s) => s.document_id))];
  if (docs.length === 1 && !(documentIds && documentIds.length > 0)) {
    // one article, two statements joined by an earlier merge: each statement its own project
    const groups = statements.map((s) => [s.skey]);
    await record(sql, { actor, action: 'split', kind: 'project', targets: [row.uid], anchors: groups, field: null, note });
    await splitProjectRows(sql, groups);
    return mapInOrder(groups, (g) => holderOf(sql, g[0]));
  }
  const leaving = documentIds && documentIds.length > 0 ? new Set(documentIds) : new Set(docs.slice(1));
  for (const d of leaving) if (!docs.includes(d)) throw new CurationError(`document ${d} is not a source of project ${row.uid}`);
  if (leaving.size === docs.length) throw new CurationError('a split must leave at least one source in the project');
  const staying = statements.filter((s) => !leaving.has(s.document_id)).map((s) => s.skey);
  const groups = documentIds && documentIds.length > 0
    ? [staying, statements.filter((s) => leaving.has(s.document_id)).map((s) => s.skey)]
    : [staying, ...[...leaving].map((d) => statements.filter((s) => s.document_id === d).map((s) => s.skey))];
  await record(sql, { actor, action: 'split', kind: 'project', targets: [row.uid], anchors: groups, field: null, note });
  await splitProjectRows(sql, groups);
  return mapInOrder(groups, (g) => holderOf(sql, g[0]));
}

/** Sets a field by hand; `raw` is what the curator typed (see curated-value.ts). */
export async function setProjectField(sql: SqlDriver, uid: string, field: string, raw: unknown, actor: string, note: string): Promise<string> {
  let value: unknown;
  try { value = parseCuratedValue(field, raw); } catch (err) { throw new CurationError((err as Error).message); }
  const row = await requireRecord(sql, 'projects', uid);
  await record(sql, { actor, action: 'set', kind: 'project', targets: [row.uid], anchors: await statementKeys(sql, row.id), field: field as CuratedField, value, note });
  await updateProjectView(sql, row.id);
  await refreshProjectSearch(sql, [row.id]);
  return row.uid;
}

export async function mergeOrganizations(sql: SqlDriver, uids: string[], actor: string, note: string): Promise<string> {
  const rows = uniqueRecords(await mapInOrder(uids, (u) => requireRecord(sql, 'organizations', u)));
  if (rows.length < 2) throw new CurationError('merge needs two different organisations');
  const anchors = (await mapInOrder(rows, async (r) => (await sql.all<{ key: string }>('SELECT DISTINCT key FROM organization_aliases WHERE organization_id = ? ORDER BY key', r.id)).map((k) => k.key))).flat();
  await record(sql, { actor, action: 'merge', kind: 'organization', targets: rows.map((r) => r.uid), anchors, field: null, note });
  await mergeOrganizationRows(sql, anchors);
  return (await sql.get<{ uid: string }>('SELECT uid FROM organizations WHERE id = ?', Math.min(...rows.map((r) => r.id))))!.uid;
}

export async function listCuration(sql: SqlDriver, target?: string): Promise<CurationAct[]> {
  const rows = await sql.all<{ id: number; at: string; actor: string; action: CurationAct['action']; kind: CurationKind; targets: string; field: string | null; value: string | null; note: string }>(
    'SELECT id, at, actor, action, kind, targets, field, value, note FROM curation ORDER BY id',
  );
  return rows
    .map((r) => ({ ...r, targets: JSON.parse(r.targets) as string[], value: r.value === null ? null : JSON.parse(r.value) }))
    .filter((a) => !target || a.targets.includes(target));
}

function uniqueRecords<T extends { id: number }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()].sort((a, b) => a.id - b.id);
}

async function holderOf(sql: SqlDriver, skey: string): Promise<string> {
  return (await sql.get<{ uid: string }>('SELECT p.uid FROM project_statements s JOIN projects p ON p.id = s.project_id WHERE s.skey = ?', skey))!.uid;
}

// ------------------------------------------------------------ applying acts

async function redirect(sql: SqlDriver, from: string, to: string): Promise<void> {
  await sql.run(
    'INSERT INTO redirects (old_uid, new_uid, at) VALUES (?, ?, ?) ON CONFLICT (old_uid) DO UPDATE SET new_uid = excluded.new_uid, at = excluded.at',
    from, to, new Date().toISOString(),
  );
}

/** Every fact of a project, keyed by the statement that gave it. */
const PROJECT_FACTS = ['project_statements', 'project_names', 'project_places', 'project_organizations', 'project_mentions'] as const;

/** Moves statements (all, or the given ones) and their facts from one project to another. */
async function moveStatements(sql: SqlDriver, from: number, to: number, statementIds: number[] | null): Promise<void> {
  const ids = statementIds ?? [];
  for (const table of PROJECT_FACTS) {
    const col = table === 'project_statements' ? 'id' : 'statement_id';
    const filter = statementIds ? ` AND ${col} IN (${placeholders(ids.length)})` : '';
    await sql.run(`UPDATE ${table} SET project_id = ? WHERE project_id = ?${filter}`, to, from, ...ids);
  }
}

async function mergeProjectRows(sql: SqlDriver, anchors: string[]): Promise<boolean> {
  if (anchors.length === 0) return false;
  const ids = (await sql.all<{ project_id: number }>(
    `SELECT DISTINCT project_id FROM project_statements WHERE skey IN (${placeholders(anchors.length)}) ORDER BY project_id`, ...anchors,
  )).map((r) => r.project_id);
  if (ids.length < 2) return false;
  const [keep, ...rest] = ids;
  const keepUid = (await sql.get<{ uid: string }>('SELECT uid FROM projects WHERE id = ?', keep))!.uid;
  for (const from of rest) {
    await moveStatements(sql, from, keep, null);
    const uid = (await sql.get<{ uid: string }>('SELECT uid FROM projects WHERE id = ?', from))!.uid;
    await sql.run('DELETE FROM projects WHERE id = ?', from);
    await redirect(sql, uid, keepUid);
  }
  await updateProjectView(sql, keep);
  await refreshProjectSearch(sql, [keep]);
  return true;
}

/** Each group after the first leaves the project holding the first group, unless it already has. */
async function splitProjectRows(sql: SqlDriver, groups: string[][]): Promise<boolean> {
  const home = async (skeys: string[]) => skeys.length === 0 ? undefined : (await sql.get<{ project_id: number }>(
    `SELECT project_id FROM project_statements WHERE skey IN (${placeholders(skeys.length)}) ORDER BY project_id LIMIT 1`, ...skeys,
  ))?.project_id;
  const base = await home(groups[0]);
  if (base === undefined) return false;
  let moved = false;
  for (const group of groups.slice(1)) {
    const present = await sql.all<{ id: number; document_id: number }>(
      `SELECT id, document_id FROM project_statements WHERE project_id = ? AND skey IN (${placeholders(group.length)})`, base, ...group,
    );
    if (present.length === 0) continue;
    const src = (await sql.get<{ key: string; name: string; type: string; sector: string; status: string; country: string | null; capacity: string; amount: string | null }>(
      'SELECT key, name, type, sector, status, country, capacity, amount FROM projects WHERE id = ?', base,
    ))!;
    let uid = publicId('project', `split|${group[0]}`);
    for (let attempt = 1; await sql.get('SELECT 1 FROM projects WHERE uid = ?', uid); attempt++) uid = publicId('project', `split|${group[0]}`, attempt);
    const to = await sql.insert(
      'INSERT INTO projects (uid, key, name, type, sector, status, country, capacity, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      uid, src.key, src.name, src.type, src.sector, src.status, src.country, src.capacity, src.amount,
    );
    await moveStatements(sql, base, to, present.map((p) => p.id));
    moved = true;
    await updateProjectView(sql, to);
    await refreshProjectSearch(sql, [to]);
  }
  await updateProjectView(sql, base);
  await refreshProjectSearch(sql, [base]);
  return moved;
}

async function mergeOrganizationRows(sql: SqlDriver, anchors: string[]): Promise<boolean> {
  if (anchors.length === 0) return false;
  const ids = (await sql.all<{ organization_id: number }>(
    `SELECT DISTINCT organization_id FROM organization_aliases WHERE key IN (${placeholders(anchors.length)}) ORDER BY organization_id`, ...anchors,
  )).map((r) => r.organization_id);
  if (ids.length < 2) return false;
  const [keep, ...rest] = ids;
  const keepUid = (await sql.get<{ uid: string }>('SELECT uid FROM organizations WHERE id = ?', keep))!.uid;
  const projects = new Set<number>();
  const people = new Set<number>();
  for (const from of rest) {
    // their titles name the kept organisation from now on, so their search rows change too
    for (const r of (await sql.all<{ person_id: number }>('SELECT DISTINCT person_id FROM person_roles WHERE organization_id = ?', from))) people.add(r.person_id);
    await sql.run('INSERT INTO organization_aliases (organization_id, alias, key, folded) SELECT ?, alias, key, folded FROM organization_aliases WHERE organization_id = ? ON CONFLICT DO NOTHING', keep, from);
    await sql.run('INSERT INTO project_organizations (project_id, statement_id, organization_id, role, document_id, ordinal) SELECT project_id, statement_id, ?, role, document_id, ordinal FROM project_organizations WHERE organization_id = ? ON CONFLICT DO NOTHING', keep, from);
    await sql.run('INSERT INTO document_organizations (document_id, organization_id) SELECT document_id, ? FROM document_organizations WHERE organization_id = ? ON CONFLICT DO NOTHING', keep, from);
    await sql.run('UPDATE person_roles SET organization_id = ? WHERE organization_id = ?', keep, from);
    for (const r of (await sql.all<{ project_id: number }>('SELECT DISTINCT project_id FROM project_organizations WHERE organization_id = ?', from))) projects.add(r.project_id);
    await sql.run('UPDATE organizations SET country = COALESCE(country, (SELECT country FROM organizations WHERE id = ?)) WHERE id = ?', from, keep);
    const uid = (await sql.get<{ uid: string }>('SELECT uid FROM organizations WHERE id = ?', from))!.uid;
    await sql.run('DELETE FROM organizations WHERE id = ?', from); // cascades its aliases and links
    await redirect(sql, uid, keepUid);
  }
  await refreshOrganizationSearch(sql, [keep]);
  await refreshProjectSearch(sql, projects);
  await refreshPersonSearch(sql, people);
  return true;
}

// A project's stored current view: derived from its statements (project-view.ts), then any
// curated value (`corridor set`) on top. Curated values are found by their anchors, the
// statements the project held when the analyst set them, so they follow the project through
// replays and later documents.

import type { Amount, Capacity, Status } from '../nlp/extraction.js';
import { deriveProjectView } from '../resolve/project-view.js';
import type { SqlDriver } from './sql-driver.js';

const json = (v: unknown): string => JSON.stringify(v);
const jsonOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));

import type { CuratedField } from '../resolve/curated-value.js';

export { CURATED_FIELDS, type CuratedField } from '../resolve/curated-value.js';

/** A curated value of a project field, with the statement keys it is anchored to. */
export interface CurationSet { field: CuratedField; value: string | null; anchors: string[] }

/** Every act that set a project field, oldest first. */
export async function curationSets(sql: SqlDriver): Promise<CurationSet[]> {
  const acts = await sql.all<{ field: CuratedField; value: string | null; anchors: string }>(
    `SELECT field, value, anchors FROM curation WHERE action = 'set' AND kind = 'project' ORDER BY id`,
  );
  return acts.map((a) => ({ field: a.field, value: a.value, anchors: JSON.parse(a.anchors) as string[] }));
}

/** `sets`: the acts as `curationSets` read them in this transaction, when the caller holds them already. */
export async function updateProjectView(sql: SqlDriver, id: number, sets?: readonly CurationSet[]): Promise<void> {
  const rows = await sql.all<{ document_id: number; published: string | null; canon: string; name: string; sector: string; status: Status; country: string | null; capacity: string; amount: string | null; skey: string | null }>(
    `SELECT s.document_id, d.published, d.canon, s.name, s.sector, s.status, s.country, s.capacity, s.amount, s.skey
     FROM project_statements s JOIN documents d ON d.id = s.document_id WHERE s.project_id = ?`, id,
  );
  if (rows.length === 0) return;
  const view = deriveProjectView(rows.map((r) => ({
    documentId: r.document_id, published: r.published, canon: r.canon, name: r.name, sector: r.sector, status: r.status, country: r.country,
    capacity: JSON.parse(r.capacity) as Capacity[], amount: r.amount ? (JSON.parse(r.amount) as Amount) : null,
  })));
  const set: Record<string, unknown> = { ...view };
  for (const [field, value] of (await curatedValues(sql, rows.map((r) => r.skey).filter((k): k is string => !!k), sets))) set[field] = value;
  await sql.run(
    `UPDATE projects SET name = ?, type = COALESCE(?, type), sector = ?, status = ?, country = ?, capacity = ?, amount = ?, first_seen = ?, last_seen = ?
     WHERE id = ?`,
    set.name as string, (set.type as string | undefined) ?? null, set.sector as string, set.status as string, (set.country as string | null) ?? null,
    json(set.capacity), jsonOrNull(set.amount), view.firstSeen, view.lastSeen, id,
  );
}

/** Curated values whose anchors this project holds, oldest act first, so the latest act wins. */
async function curatedValues(sql: SqlDriver, skeys: string[], sets?: readonly CurationSet[]): Promise<[CuratedField, unknown][]> {
  if (skeys.length === 0) return [];
  const held = new Set(skeys);
  return (sets ?? await curationSets(sql))
    .filter((a) => a.anchors.some((k) => held.has(k)))
    .map((a) => [a.field, a.value === null ? null : JSON.parse(a.value)]);
}

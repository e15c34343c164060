// The write path: one document, then everything extracted from it resolved against the
// register. The caller runs `addDocumentRows` inside one transaction, so an exception anywhere
// leaves nothing behind.
//
// The register is what replaying every document in canonical order (`documents.canon`:
// publication date, then content hash) gives. A document that sorts after every stored one
// extends that replay directly; one that sorts earlier is stored and the register is marked
// stale, to be replayed by `rebuildRegister` (sqlite-rebuild.ts). Either way the records, their
// public ids and their views do not depend on the order documents arrive in.

import type { Capacity, Extraction, ExtractedEvent, Organization, Place, Project } from '../nlp/extraction.js';
import { matchByKeys, type KeyedRecord } from '../resolve/match-by-keys.js';
import { foldCase } from '../resolve/normalize-name.js';
import { attachShortOrganizationNames, isAcronym, organizationKeys, organizationNameKey } from '../resolve/organization-key.js';
import { attachSingleWordName, personKeys } from '../resolve/person-key.js';
import { matchPlace, placeNameKey, placeRecordKey, type PlaceCandidate } from '../resolve/place-key.js';
import { gazetteerId } from '../resolve/place-gazetteer.js';
import { chooseProject, projectNameKey, type ProjectFacts } from '../resolve/project-identity.js';
import { publicId, type RecordKind } from '../resolve/public-id.js';
import { BANDS, bands, hammingDistance, NEAR_DUPLICATE_BITS, simhash, toHex } from '../resolve/simhash.js';
import type { AddResult, NewDocument } from './store.js';
import { refreshOrganizationSearch, refreshPersonSearch, refreshProjectSearch } from './sqlite-search-rows.js';
import { updateProjectView } from './sqlite-project-view.js';
import { applyCuration } from './sqlite-curation.js';
import { placeholders, type SqliteStatements } from './sqlite-statements.js';

const json = (v: unknown): string => JSON.stringify(v);
const jsonOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));
const upper = (c: string | null | undefined): string | null => (c ? c.toUpperCase() : null);
const BAND_COLUMNS = Array.from({ length: BANDS }, (_, i) => `band${i}`);

/** Undated documents sort first: an undated page never outranks a dated report. */
export function canonKey(published: string | null | undefined, contentHash: string): string {
  return `${published ?? UNDATED}|${contentHash}`;
}

const UNDATED = '0000-00-00';

export function isRegisterStale(sql: SqliteStatements): boolean {
  return sql.get<{ value: string }>(`SELECT value FROM kb_meta WHERE key = 'stale'`)?.value === '1';
}

export function markRegister(sql: SqliteStatements, stale: boolean): void {
  sql.run(`INSERT INTO kb_meta (key, value) VALUES ('stale', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, stale ? '1' : '0');
}

/** Adds one document; call inside a transaction. `deferred`: stored, and the register is now stale. */
export function addDocumentRows(sql: SqliteStatements, doc: NewDocument): AddResult & { deferred: boolean } {
  const present = sql.get<{ id: number }>('SELECT id FROM documents WHERE content_hash = ?', doc.contentHash);
  if (present) return { status: 'present', documentId: present.id, deferred: false };
  const ex: Extraction = doc.extraction;
  const info = ex.document ?? ({} as Partial<Extraction['document']>);
  const published = doc.meta.published ?? info.published ?? null;
  const canon = canonKey(published, doc.contentHash);
  const hash = simhash(doc.text);
  const documentId = sql.insert(
    `INSERT INTO documents (input, path, kind, title, published, source, url, content_hash, text, extraction, added_at,
                            canon, simhash, ${BAND_COLUMNS.join(', ')})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${placeholders(BAND_COLUMNS.length)})`,
    doc.input, doc.path, doc.kind,
    doc.meta.title ?? info.title ?? null,
    published,
    doc.meta.source ?? info.source ?? null,
    doc.meta.url ?? info.url ?? null,
    doc.contentHash, doc.text, json(ex), new Date().toISOString(),
    canon, toHex(hash), ...bands(hash),
  );
  if (isRegisterStale(sql) || sql.get('SELECT 1 FROM documents WHERE canon > ? LIMIT 1', canon)) {
    markRegister(sql, true);
    return { status: 'new', documentId, deferred: true };
  }
  deriveDocument(sql, documentId);
  return { status: 'new', documentId, deferred: false };
}

/** Resolves one stored document into the register; every document sorting before it must be in already. */
export function deriveDocument(sql: SqliteStatements, documentId: number): void {
  const row = sql.get<{ text: string; extraction: string; content_hash: string; canon: string; simhash: string | null }>(
    'SELECT text, extraction, content_hash, canon, simhash FROM documents WHERE id = ?', documentId,
  );
  if (!row) throw new Error(`deriveDocument: no document ${documentId}`);
  new DocumentWriter(sql, documentId, row.text, JSON.parse(row.extraction) as Extraction, row.content_hash).write();
  sql.run('UPDATE documents SET story = ? WHERE id = ?', storyOf(sql, row), documentId);
  applyCuration(sql);
}

/**
 * The story a document repeats: the earliest document (canonical order) whose SimHash is within
 * NEAR_DUPLICATE_BITS, taking that document's own story; else the document starts its own.
 */
function storyOf(sql: SqliteStatements, doc: { content_hash: string; canon: string; simhash: string | null }): string {
  if (!doc.simhash) return doc.content_hash;
  const h = BigInt(`0x${doc.simhash}`);
  // a republication follows its story within weeks; undated documents are compared with all
  const published = doc.canon.slice(0, 10);
  const dated = published !== '0000-00-00';
  const candidates = sql.all<{ simhash: string; story: string | null; content_hash: string }>(
    `SELECT simhash, story, content_hash FROM documents
     WHERE canon < ? AND simhash IS NOT NULL AND (${BAND_COLUMNS.map((c) => `${c} = ?`).join(' OR ')})
       AND (? = 0 OR published IS NULL OR published >= ?)
     ORDER BY canon`, doc.canon, ...bands(h), dated ? 1 : 0, dated ? shiftDays(published, -STORY_WINDOW_DAYS) : '',
  );
  const first = candidates.find((c) => hammingDistance(h, BigInt(`0x${c.simhash}`)) <= NEAR_DUPLICATE_BITS);
  return first ? first.story ?? first.content_hash : doc.content_hash;
}

/** How far apart a story and its republication may be published. */
const STORY_WINDOW_DAYS = 30;

function shiftDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(t) ? '0000-00-00' : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** A public id for a new record, re-seeded in the (unlikely) case another record holds it. */
function newUid(sql: SqliteStatements, table: 'projects' | 'organizations' | 'people' | 'places', kind: RecordKind, seed: string): string {
  for (let attempt = 0; ; attempt++) {
    const uid = publicId(kind, seed, attempt);
    if (!sql.get(`SELECT 1 FROM ${table} WHERE uid = ?`, uid)) return uid;
  }
}

class DocumentWriter {
  /** Every key of every organisation, place and person resolved in this document -> record id. */
  private readonly orgs = new Map<string, number>();
  private readonly places = new Map<string, number>();
  private readonly placeKinds = new Map<number, string | null>();
  /** Records whose searchable text changed. */
  private readonly touchedOrgs = new Set<number>();
  private readonly touchedPlaces = new Set<number>();
  private readonly touchedPeople = new Set<number>();
  private readonly touchedProjects = new Set<number>();

  /** Statement keys given in this document, to number repeats. */
  private readonly statementKeys = new Set<string>();

  constructor(
    private readonly sql: SqliteStatements,
    private readonly documentId: number,
    private readonly text: string,
    private readonly ex: Extraction,
    private readonly contentHash: string,
  ) {}

  write(): void {
    const { ex } = this;
    for (const o of attachShortOrganizationNames(ex.organizations ?? [])) this.resolveOrganization(o);
    for (const p of ex.places ?? []) this.resolvePlace(p);
    this.resolvePeople(ex.people ?? []);
    const claimed = new Set<number>();
    for (const p of ex.projects ?? []) this.resolveProject(p, claimed);
    for (const e of ex.events ?? []) this.addEvent(e);
    this.refreshSearch();
  }

  /**
   * Inserts a keyed record, or returns the record already holding the key. Matching finds that
   * record first in all but ambiguous corners; this keeps such a corner from failing the document.
   */
  private insertKeyed(table: 'organizations' | 'people' | 'places', key: string, insert: string, ...params: (string | number | null)[]): number {
    const kind: RecordKind = table === 'organizations' ? 'organization' : table === 'people' ? 'person' : 'place';
    const r = this.sql.run(insert, newUid(this.sql, table, kind, key), ...params);
    return r.changes > 0 ? Number(r.lastInsertRowid) : this.sql.get<{ id: number }>(`SELECT id FROM ${table} WHERE key = ?`, key)!.id;
  }

  // ------------------------------------------------------------ organisations

  private resolveOrganization(o: Pick<Organization, 'name' | 'aliases' | 'country'>): number {
    const { sql } = this;
    const names = organizationKeys(o);
    let id = names.keys.map((k) => this.orgs.get(k)).find((v) => v !== undefined);
    if (id === undefined && names.keys.length > 0) {
      const ids = sql.all<{ organization_id: number }>(
        `SELECT DISTINCT organization_id FROM organization_aliases WHERE key IN (${placeholders(names.keys.length)})`,
        ...names.keys,
      );
      const candidates: KeyedRecord[] = ids.map(({ organization_id }) => ({
        id: organization_id,
        key: sql.get<{ key: string }>('SELECT key FROM organizations WHERE id = ?', organization_id)!.key,
        keys: sql.all<{ key: string }>('SELECT DISTINCT key FROM organization_aliases WHERE organization_id = ?', organization_id).map((r) => r.key),
      }));
      id = matchByKeys(names, candidates)?.id;
    }
    if (id === undefined) {
      id = this.insertKeyed('organizations', names.key, 'INSERT INTO organizations (uid, key, name, country) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING', names.key, names.name, upper(o.country));
    } else {
      sql.run('UPDATE organizations SET country = COALESCE(country, ?) WHERE id = ?', upper(o.country), id);
      this.upgradeOrganizationName(id, names.name, names.key);
    }
    for (const alias of new Set([names.name, o.name, ...(o.aliases ?? [])].map((a) => a.trim()).filter(Boolean))) {
      const added = sql.run(
        'INSERT INTO organization_aliases (organization_id, alias, key, folded) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
        id, alias, organizationNameKey(alias) || foldCase(alias), foldCase(alias),
      ).changes;
      if (added > 0) this.touchedOrgs.add(id);
    }
    for (const k of names.keys) this.orgs.set(k, id);
    sql.run('INSERT INTO document_organizations (document_id, organization_id) VALUES (?, ?) ON CONFLICT DO NOTHING', this.documentId, id);
    return id;
  }

  /** A record first known by an acronym takes the full name once a document spells it out. */
  private upgradeOrganizationName(id: number, name: string, key: string): void {
    const cur = this.sql.get<{ name: string }>('SELECT name FROM organizations WHERE id = ?', id)!;
    if (!isAcronym(cur.name) || isAcronym(name)) return;
    if (this.sql.get('SELECT 1 FROM organizations WHERE key = ? AND id <> ?', key, id)) return;
    this.sql.run('UPDATE organizations SET name = ?, key = ? WHERE id = ?', name, key, id);
    this.touchedOrgs.add(id);
  }

  /** An organisation named on a project, an event or a role: the document's own entry when it has one. */
  private organizationId(name: string): number {
    return this.orgs.get(organizationNameKey(name)) ?? this.resolveOrganization({ name, aliases: [], country: null });
  }

  // ------------------------------------------------------------ places

  private resolvePlace(p: Pick<Place, 'name' | 'aliases' | 'country'> & { kind: Place['kind'] | null; lat?: number; lon?: number }): number {
    const { sql } = this;
    const keys = [...new Set([p.name, ...(p.aliases ?? [])].map(placeNameKey).filter(Boolean))];
    let id = keys.map((k) => this.places.get(k)).find((v) => v !== undefined);
    const gid = gazetteerId(p.name, p.kind, p.country);
    if (id === undefined && gid) id = sql.get<{ id: number }>('SELECT id FROM places WHERE gazetteer_id = ? ORDER BY id LIMIT 1', gid)?.id;
    if (id === undefined && keys.length > 0) {
      const rows = sql.all<{ id: number; name: string; country: string | null }>(
        `SELECT DISTINCT p.id, p.name, p.country FROM places p JOIN place_aliases a ON a.place_id = p.id
         WHERE a.key IN (${placeholders(keys.length)})`,
        ...keys,
      );
      const candidates: PlaceCandidate[] = rows.map((r) => ({
        ...r,
        keys: sql.all<{ key: string }>('SELECT DISTINCT key FROM place_aliases WHERE place_id = ?', r.id).map((k) => k.key),
      }));
      id = matchPlace(p, candidates)?.id;
    }
    const country = upper(p.country);
    if (id === undefined) {
      const key = placeRecordKey(p.name, country);
      id = this.insertKeyed('places', key,
        'INSERT INTO places (uid, key, name, kind, country, lat, lon, gazetteer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING',
        key, p.name.trim(), p.kind ?? null, country, p.lat ?? null, p.lon ?? null, gid,
      );
    } else {
      sql.run(
        `UPDATE places SET kind = COALESCE(kind, ?), country = COALESCE(country, ?), lat = COALESCE(lat, ?), lon = COALESCE(lon, ?),
         gazetteer_id = COALESCE(gazetteer_id, ?) WHERE id = ?`,
        p.kind ?? null, country, p.lat ?? null, p.lon ?? null, gid, id,
      );
    }
    for (const alias of new Set([p.name, ...(p.aliases ?? [])].map((a) => a.trim()).filter(Boolean))) {
      const added = sql.run(
        'INSERT INTO place_aliases (place_id, alias, key, folded) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
        id, alias, placeNameKey(alias) || foldCase(alias), foldCase(alias),
      ).changes;
      if (added > 0) this.touchedPlaces.add(id);
    }
    for (const k of keys) this.places.set(k, id);
    this.placeKinds.set(id, sql.get<{ kind: string | null }>('SELECT kind FROM places WHERE id = ?', id)!.kind);
    sql.run('INSERT INTO document_places (document_id, place_id) VALUES (?, ?) ON CONFLICT DO NOTHING', this.documentId, id);
    return id;
  }

  private placeId(name: string): number {
    return this.places.get(placeNameKey(name)) ?? this.resolvePlace({ name, aliases: [], kind: null, country: null });
  }

  // ------------------------------------------------------------ people

  private resolvePeople(people: Extraction['people']): void {
    const { sql } = this;
    // A one-word name joins the person named in full in this document, or is left out.
    const full = people.filter((p) => personKeys(p) !== null).map((p) => ({ ...p, aliases: [...(p.aliases ?? [])], roles: [...(p.roles ?? [])] }));
    for (const p of people) {
      if (personKeys(p) !== null) continue;
      const i = attachSingleWordName(p.name, full);
      if (i === null) continue;
      full[i].aliases.push(p.name, ...(p.aliases ?? []));
      full[i].roles.push(...(p.roles ?? []));
    }
    for (const p of full) {
      const names = personKeys(p)!;
      let id: number | undefined;
      if (names.keys.length > 0) {
        const ids = sql.all<{ person_id: number }>(
          `SELECT DISTINCT person_id FROM person_aliases WHERE matchable = 1 AND key IN (${placeholders(names.keys.length)})`,
          ...names.keys,
        );
        const candidates: KeyedRecord[] = ids.map(({ person_id }) => ({
          id: person_id,
          key: sql.get<{ key: string }>('SELECT key FROM people WHERE id = ?', person_id)!.key,
          keys: sql.all<{ key: string }>('SELECT DISTINCT key FROM person_aliases WHERE person_id = ? AND matchable = 1', person_id).map((r) => r.key),
        }));
        id = matchByKeys(names, candidates)?.id;
      }
      if (id === undefined) id = this.insertKeyed('people', names.key, 'INSERT INTO people (uid, key, name) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING', names.key, p.name.trim());
      for (const a of names.aliases) {
        sql.run(
          'INSERT INTO person_aliases (person_id, alias, key, folded, matchable) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
          id, a.alias, a.key, foldCase(a.alias), a.matchable ? 1 : 0,
        );
      }
      sql.run('INSERT INTO document_people (document_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING', this.documentId, id);
      const seen = new Set<string>();
      for (const r of p.roles) {
        const title = r.title?.trim() || null;
        const organization = r.organization?.trim() || null;
        if (!title && !organization) continue;
        const sig = json([title, organization]);
        if (seen.has(sig)) continue;
        seen.add(sig);
        // Link the role to an organisation this document lists; never create one from a title.
        const orgId = organization ? this.orgs.get(organizationNameKey(organization)) ?? null : null;
        sql.run(
          'INSERT INTO person_roles (person_id, title, organization_id, organization, document_id) VALUES (?, ?, ?, ?, ?)',
          id, title, orgId, organization, this.documentId,
        );
      }
      this.touchedPeople.add(id);
    }
  }

  // ------------------------------------------------------------ projects

  private resolveProject(p: Project, claimed: Set<number>): void {
    const { sql } = this;
    const names = [p.name, ...projectAliases(p)].map((n) => n.trim()).filter(Boolean);
    const nameKeys = [...new Set(names.map(projectNameKey).filter(Boolean))];
    const placeIds = [...new Set((p.places ?? []).map((n) => this.placeId(n)))];
    const orgLinks = (p.organizations ?? []).map((o) => ({ id: this.organizationId(o.name), role: o.role }));
    const facts: ProjectFacts = {
      type: p.type,
      nameKeys,
      places: placeIds.filter((id) => this.placeKinds.get(id) !== 'country'),
      organizations: [...new Set(orgLinks.map((o) => o.id))],
      countries: hostCountries(p.country, p.countries),
      capacities: p.capacity ?? [],
    };

    // Candidates: same type and a shared name or a shared place below country level.
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (nameKeys.length > 0) {
      where.push(`id IN (SELECT project_id FROM project_names WHERE key IN (${placeholders(nameKeys.length)}))`);
      params.push(...nameKeys);
    }
    if (facts.places.length > 0) {
      where.push(`id IN (SELECT project_id FROM project_places WHERE place_id IN (${placeholders(facts.places.length)}))`);
      params.push(...facts.places);
    }
    const candidates = (where.length === 0 ? [] : sql.all<{ id: number }>(
      `SELECT id FROM projects WHERE type = ? AND (${where.join(' OR ')}) ORDER BY id`, p.type, ...params,
    ))
      .filter((c) => !claimed.has(c.id))
      .map((c) => ({ id: c.id, facts: this.projectFacts(c.id) }));
    const { best: match, compared } = chooseProject(facts, candidates);

    const statement = { documentId: this.documentId, name: p.name.trim(), sector: p.sector, status: p.status, country: upper(p.country), capacity: p.capacity ?? [], amount: p.amount ?? null };
    const skey = this.statementKey(p.type, nameKeys[0] ?? '');
    // A new project starts from this statement, which also seeds its public id; updateProjectView
    // below derives its view either way.
    const projectId = match?.id ?? sql.insert(
      'INSERT INTO projects (uid, key, name, type, sector, status, country, capacity, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      newUid(sql, 'projects', 'project', skey),
      `${p.type}:${nameKeys[0] ?? ''}`, statement.name, p.type, statement.sector, statement.status, statement.country,
      json(statement.capacity), jsonOrNull(statement.amount),
    );
    claimed.add(projectId);
    const resolution = { project: match?.id ?? null, candidates: compared };
    const statementId = sql.insert(
      `INSERT INTO project_statements (project_id, document_id, name, sector, status, country, countries, capacity, amount, resolution, skey)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      projectId, this.documentId, statement.name, statement.sector, statement.status, statement.country,
      jsonOrNull(p.countries), json(statement.capacity), jsonOrNull(statement.amount), json(resolution), skey,
    );
    for (const name of new Set(names)) {
      sql.run('INSERT INTO project_names (project_id, statement_id, document_id, name, key) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
        projectId, statementId, this.documentId, name, projectNameKey(name) || foldCase(name));
    }
    for (const placeId of placeIds) {
      sql.run('INSERT INTO project_places (project_id, statement_id, place_id, document_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', projectId, statementId, placeId, this.documentId);
    }
    orgLinks.forEach((o, i) => {
      sql.run(
        'INSERT INTO project_organizations (project_id, statement_id, organization_id, role, document_id, ordinal) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
        projectId, statementId, o.id, o.role, this.documentId, i,
      );
    });
    for (const e of p.evidence ?? []) {
      const mentionId = sql.insert(
        'INSERT INTO project_mentions (project_id, statement_id, document_id, start_offset, end_offset, name) VALUES (?, ?, ?, ?, ?, ?)',
        projectId, statementId, this.documentId, e.start, e.end, statement.name,
      );
      sql.run('INSERT INTO mention_fts (rowid, sentence) VALUES (?, ?)', mentionId, this.text.slice(e.start, e.end));
    }
    updateProjectView(sql, projectId);
    this.touchedProjects.add(projectId);
  }

  /** Names this document's statement about a project across replays and re-extractions. */
  private statementKey(type: string, nameKey: string): string {
    const base = `${this.contentHash}|${type}|${nameKey}`;
    let key = base;
    for (let n = 2; this.statementKeys.has(key); n++) key = `${base}#${n}`;
    this.statementKeys.add(key);
    return key;
  }

  private projectFacts(id: number): ProjectFacts {
    const { sql } = this;
    const type = sql.get<{ type: string }>('SELECT type FROM projects WHERE id = ?', id)!.type;
    const nameKeys = sql.all<{ key: string }>('SELECT DISTINCT key FROM project_names WHERE project_id = ?', id).map((r) => r.key);
    const places = sql.all<{ place_id: number }>(
      `SELECT DISTINCT pp.place_id FROM project_places pp JOIN places pl ON pl.id = pp.place_id
       WHERE pp.project_id = ? AND (pl.kind IS NULL OR pl.kind <> 'country')`, id,
    ).map((r) => r.place_id);
    const organizations = sql.all<{ organization_id: number }>(
      'SELECT DISTINCT organization_id FROM project_organizations WHERE project_id = ?', id,
    ).map((r) => r.organization_id);
    const statements = sql.all<{ capacity: string; country: string | null; countries: string | null }>(
      'SELECT capacity, country, countries FROM project_statements WHERE project_id = ?', id,
    );
    const capacities = statements.flatMap((r) => JSON.parse(r.capacity) as Capacity[]);
    const countries = [...new Set(statements.flatMap((r) => hostCountries(r.country, r.countries ? JSON.parse(r.countries) : null)))];
    return { type, nameKeys, places, organizations, countries, capacities };
  }

  // ------------------------------------------------------------ events

  private addEvent(e: ExtractedEvent): void {
    for (const name of e.organizations ?? []) this.organizationId(name);
    this.sql.run(
      'INSERT INTO events (document_id, type, date, participants, organizations, projects, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)',
      this.documentId, e.type, e.date ?? null, json(e.participants ?? []), json(e.organizations ?? []), json(e.projects ?? []), json(e.evidence ?? []),
    );
  }

  // ------------------------------------------------------------ search index

  /** Rewrites the search rows of every record whose names, aliases, places or partners changed. */
  private refreshSearch(): void {
    const { sql } = this;
    const projects = new Set(this.touchedProjects);
    for (const id of this.touchedOrgs) {
      refreshOrganizationSearch(sql, id);
      for (const r of sql.all<{ project_id: number }>('SELECT DISTINCT project_id FROM project_organizations WHERE organization_id = ?', id)) projects.add(r.project_id);
    }
    for (const id of this.touchedPlaces) {
      for (const r of sql.all<{ project_id: number }>('SELECT DISTINCT project_id FROM project_places WHERE place_id = ?', id)) projects.add(r.project_id);
    }
    for (const id of projects) refreshProjectSearch(sql, id);
    for (const id of this.touchedPeople) refreshPersonSearch(sql, id);
  }
}

/** The host country and any others a cross-border project spans, upper case. */
function hostCountries(country: string | null | undefined, countries: unknown): string[] {
  const all = [country, ...(Array.isArray(countries) ? countries : [])];
  return [...new Set(all.filter((c): c is string => typeof c === 'string' && c.length > 0).map((c) => c.toUpperCase()))];
}

/** Other names the extraction gives the project (an extra field the spec allows). */
function projectAliases(p: Project): string[] {
  const aliases = (p as Project & { aliases?: unknown }).aliases;
  return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [];
}

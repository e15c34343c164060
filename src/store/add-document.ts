// The write path: one document, then everything extracted from it resolved against the
// register. The caller runs `addDocumentRows` inside one transaction, so an exception anywhere
// leaves nothing behind.
//
// The register is what replaying every document in canonical order (`documents.canon`:
// publication date, then content hash) gives. A document that sorts after every stored one
// extends that replay directly; one that sorts earlier is stored and the register is marked
// stale, to be replayed by `rebuildRegister` (sqlite-rebuild.ts). Either way the records, their
// public ids and their views do not depend on the order documents arrive in.

import type { Capacity, Extraction, ExtractedEvent, Organization, Place, Project, Role } from '../nlp/extraction.js';
import { matchByKeys } from '../resolve/match-by-keys.js';
import { foldCase } from '../resolve/normalize-name.js';
import { attachShortOrganizationNames, isAcronym, organizationKeys, organizationNameKey } from '../resolve/organization-key.js';
import { attachSingleWordName, personKeys } from '../resolve/person-key.js';
import { matchPlace, placeNameKey, placeRecordKey, type PlaceCandidate } from '../resolve/place-key.js';
import { gazetteerId } from '../resolve/place-gazetteer.js';
import { chooseProject, isDistinctiveName, projectNameKey, type ProjectFacts } from '../resolve/project-identity.js';
import { publicId, type RecordKind } from '../resolve/public-id.js';
import { BANDS, bands, hammingDistance, NEAR_DUPLICATE_BITS, simhash, toHex } from '../resolve/simhash.js';
import { isSerializedExtraction, type AddResult, type BatchAddResult, type StorableDocument } from './store.js';
import { refreshOrganizationSearch, refreshPersonSearch, refreshProjectSearch } from './search-rows.js';
import { curationSets, updateProjectView, type CurationSet } from './project-view-rows.js';
import { applyCuration, structuralActs, type ActRow } from './curation.js';
import { insertIfAbsent, insertRows, insertText } from './insert-rows.js';
import { mapInOrder, placeholders, type SqlDriver, type SqlValue } from './sql-driver.js';
import { AliasNames, inChunks, KeyIndex, LinkIndex, StoryIndex, type AliasTables } from './register-index.js';

const json = (v: unknown): string => JSON.stringify(v);
const jsonOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));
const upper = (c: string | null | undefined): string | null => (c ? c.toUpperCase() : null);
const BAND_COLUMNS = Array.from({ length: BANDS }, (_, i) => `band${i}`);

/** Undated documents sort first: an undated page never outranks a dated report. */
export function canonKey(published: string | null | undefined, contentHash: string): string {
  return `${published ?? UNDATED}|${contentHash}`;
}

const UNDATED = '0000-00-00';

export async function isRegisterStale(sql: SqlDriver): Promise<boolean> {
  return (await sql.get<{ value: string }>(`SELECT value FROM kb_meta WHERE key = 'stale'`))?.value === '1';
}

export async function markRegister(sql: SqlDriver, stale: boolean): Promise<void> {
  await sql.run(`INSERT INTO kb_meta (key, value) VALUES ('stale', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, stale ? '1' : '0');
}

/**
 * What the documents of one write transaction share: the search rows they left to rewrite, and
 * the facts of candidate projects already loaded. Both only live as long as the transaction,
 * so nothing here can go stale behind another process's back (the write lock is held
 * throughout). Search rows are read by nothing the derivation does, so rewriting each touched
 * record's row once, at the end (`flush`), leaves the same rows as rewriting it after every
 * document, for a fraction of the work (a replay or a batch touches the same records often).
 */
export class WriteSession {
  readonly touchedOrgs = new Set<number>();
  readonly touchedPlaces = new Set<number>();
  readonly touchedPeople = new Set<number>();
  readonly touchedProjects = new Set<number>();
  /** Organisations that took a new name: the search rows of people whose titles name them change too. */
  readonly renamedOrgs = new Set<number>();
  /** Project id -> its facts as stored now; an entry is dropped whenever the project's rows may change. */
  readonly facts = new Map<number, ProjectFacts>();
  /**
   * Every derived row of the register was written in this session (a replay from empty tables):
   * a name key the indexes never saw is one no record has. Ends when the session forgets.
   */
  private complete: boolean;
  private readonly isComplete = (): boolean => this.complete;
  readonly orgKeys = new KeyIndex(ORGANIZATION_ALIASES, this.isComplete);
  readonly personKeys = new KeyIndex(PERSON_ALIASES, this.isComplete);
  readonly placeKeys = new KeyIndex(PLACE_ALIASES, this.isComplete);
  readonly orgAliases = new AliasNames(ORGANIZATION_ALIASES);
  readonly personAliases = new AliasNames(PERSON_ALIASES);
  readonly placeAliases = new AliasNames(PLACE_ALIASES);
  /** Record rows as stored now, the columns the writer reads or merges into. */
  readonly orgRows = new Map<number, { name: string; country: string | null }>();
  readonly placeRows = new Map<number, PlaceRow>();
  /** Gazetteer id -> the first place holding it (null: none). */
  readonly gazetteerPlaces = new Map<string, number | null>();
  /** Projects by the keys of their names, and by their places (candidates of a new statement). */
  readonly projectsByName = new LinkIndex<string>((sql, keys) => sql.all(
    `SELECT DISTINCT key AS value, project_id AS id FROM project_names WHERE key IN (${placeholders(keys.length)})`, ...keys,
  ), this.isComplete);
  readonly projectsByPlace = new LinkIndex<number>((sql, ids) => sql.all(
    `SELECT DISTINCT place_id AS value, project_id AS id FROM project_places WHERE place_id IN (${placeholders(ids.length)})`, ...ids,
  ), this.isComplete);
  /** Project id -> its type as stored now. */
  readonly projectTypes = new Map<number, string>();
  /** Whether an analyst ever set a project's type (then a view update may change it); null: not asked yet. */
  typeCurated: boolean | null = null;
  /**
   * The curation acts, read once per session (null: not yet). No act is recorded while a
   * session lives: an act is its own write transaction, and it ends every kept session
   * (kept-session.ts), as it does `typeCurated`. Reading them again for every project statement
   * and every document was about one SQL statement in twenty of a replay.
   */
  curationSets: CurationSet[] | null = null;
  structuralActs: ActRow[] | null = null;
  /** Public ids given in this session, per table: in a complete session, the only ones taken. */
  readonly uids = new Map<string, Set<string>>();
  /** A replay's near-duplicate lookup (null outside replays). */
  readonly stories: StoryIndex | null;

  constructor(opts: { replay?: boolean } = {}) {
    this.complete = opts.replay === true;
    this.stories = opts.replay ? new StoryIndex(BANDS) : null;
  }

  /**
   * Something other than this session's writer changed records (a curation act applied), or a
   * document's writes were rolled back: what the session knows of records may be wrong now.
   */
  forgetFacts(): void {
    this.facts.clear();
    this.complete = false;
    this.uids.clear();
    this.orgKeys.clear();
    this.personKeys.clear();
    this.placeKeys.clear();
    this.orgAliases.clear();
    this.personAliases.clear();
    this.placeAliases.clear();
    this.orgRows.clear();
    this.placeRows.clear();
    this.gazetteerPlaces.clear();
    this.projectsByName.clear();
    this.projectsByPlace.clear();
    this.projectTypes.clear();
  }

  /** Projects' facts may have changed (a place turned out to be a country). */
  forgetProjectFacts(): void {
    this.facts.clear();
  }

  get isCompleteSession(): boolean {
    return this.complete;
  }

  /** Entries the session holds about records (what `forgetFacts` lets go of). */
  get size(): number {
    let uids = 0;
    for (const u of this.uids.values()) uids += u.size;
    return this.facts.size + uids + this.orgKeys.size + this.personKeys.size + this.placeKeys.size
      + this.orgAliases.size + this.personAliases.size + this.placeAliases.size + this.orgRows.size + this.placeRows.size
      + this.gazetteerPlaces.size + this.projectsByName.size + this.projectsByPlace.size + this.projectTypes.size;
  }

  /** Rewrites the search rows of every record whose names, aliases, places or partners changed. */
  async flush(sql: SqlDriver): Promise<void> {
    const projects = new Set(this.touchedProjects);
    const orgs = [...this.touchedOrgs];
    const places = [...this.touchedPlaces];
    await refreshOrganizationSearch(sql, orgs);
    for (const r of await inChunks(orgs, (ids) => sql.all<{ project_id: number }>(
      `SELECT DISTINCT project_id FROM project_organizations WHERE organization_id IN (${placeholders(ids.length)})`, ...ids,
    ))) projects.add(r.project_id);
    for (const r of await inChunks(places, (ids) => sql.all<{ project_id: number }>(
      `SELECT DISTINCT project_id FROM project_places WHERE place_id IN (${placeholders(ids.length)})`, ...ids,
    ))) projects.add(r.project_id);
    await refreshProjectSearch(sql, projects);
    const people = new Set(this.touchedPeople);
    for (const r of await inChunks([...this.renamedOrgs], (ids) => sql.all<{ person_id: number }>(
      `SELECT DISTINCT person_id FROM person_roles WHERE organization_id IN (${placeholders(ids.length)})`, ...ids,
    ))) people.add(r.person_id);
    await refreshPersonSearch(sql, people);
    this.renamedOrgs.clear();
    this.touchedOrgs.clear();
    this.touchedPlaces.clear();
    this.touchedPeople.clear();
    this.touchedProjects.clear();
  }
}

interface PlaceRow { name: string; kind: string | null; country: string | null; lat: number | null; lon: number | null; gazetteer_id: string | null }

/**
 * Adds documents in order inside the caller's transaction, search rows rewritten once at the end.
 * `isolated`: each document under its own savepoint, so one that fails is rolled back alone and
 * reported, and the rest go in. Otherwise the first failure throws and the caller's transaction
 * rolls back whole: the cheaper way when nothing fails, as SQLite's FTS5 writes its pending index
 * to disk at every savepoint (a savepoint per document costs most of what one commit saves).
 * `session`: what an earlier transaction of this writer learnt (kept-session.ts), else a new one.
 */
export async function addDocumentBatch(sql: SqlDriver, docs: readonly StorableDocument[], isolated: boolean, session = new WriteSession()): Promise<(BatchAddResult & { deferred?: boolean })[]> {
  const out: (BatchAddResult & { deferred?: boolean })[] = [];
  for (const doc of docs) {
    if (!isolated) {
      out.push(await addDocumentRows(sql, doc, session));
      continue;
    }
    await sql.run('SAVEPOINT corridor_document');
    try {
      out.push(await addDocumentRows(sql, doc, session));
      await sql.run('RELEASE SAVEPOINT corridor_document');
    } catch (err) {
      await sql.run('ROLLBACK TO SAVEPOINT corridor_document');
      await sql.run('RELEASE SAVEPOINT corridor_document');
      session.forgetFacts();
      out.push({ status: 'failed', reason: (err as Error).message.split('\n')[0] });
    }
  }
  await session.flush(sql);
  return out;
}

/**
 * Adds one document; call inside a transaction. `deferred`: stored, and the register is now stale.
 * With a `session`, its search rows are left for the session's `flush`; without, they are written here.
 */
export async function addDocumentRows(sql: SqlDriver, doc: StorableDocument, session?: WriteSession): Promise<AddResult & { deferred: boolean }> {
  const present = await sql.get<{ id: number }>('SELECT id FROM documents WHERE content_hash = ?', doc.contentHash);
  if (present) return { status: 'present', documentId: present.id, deferred: false };
  const given = doc.extraction;
  const info = given.document ?? ({} as Partial<Extraction['document']>);
  const published = doc.meta.published ?? info.published ?? null;
  const canon = canonKey(published, doc.contentHash);
  const hash = doc.simhash && /^[0-9a-f]{16}$/.test(doc.simhash) ? BigInt(`0x${doc.simhash}`) : simhash(doc.text);
  const extraction = isSerializedExtraction(given) ? given.json : json(given);
  const documentId = await sql.insert(
    `INSERT INTO documents (input, path, kind, title, published, source, url, content_hash, text, extraction, added_at,
                            canon, simhash, story, ${BAND_COLUMNS.join(', ')})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${placeholders(BAND_COLUMNS.length)})`,
    doc.input, doc.path, doc.kind,
    doc.meta.title ?? info.title ?? null,
    published,
    doc.meta.source ?? info.source ?? null,
    doc.meta.url ?? info.url ?? null,
    doc.contentHash, doc.text, extraction, new Date().toISOString(),
    // Its own story until resolving it finds an earlier telling, which most documents are: a
    // replay then rewrites the row (text, extraction and all) only for the republications.
    canon, toHex(hash), doc.contentHash, ...bands(hash),
  );
  if ((await isRegisterStale(sql)) || (await sql.get('SELECT 1 FROM documents WHERE canon > ? LIMIT 1', canon))) {
    await markRegister(sql, true);
    return { status: 'new', documentId, deferred: true };
  }
  // what deriveDocument would read back from the row just written
  const row = { text: doc.text, extraction, content_hash: doc.contentHash, canon, published, simhash: toHex(hash), story: doc.contentHash };
  await deriveDocument(sql, documentId, session, row);
  return { status: 'new', documentId, deferred: false };
}

/** The columns of a documents row that deriving it reads. */
export interface StoredDocument { text: string; extraction: string; content_hash: string; canon: string; published: string | null; simhash: string | null; story: string | null }

/** The documents columns `StoredDocument` holds, for a SELECT. */
export const STORED_DOCUMENT_COLUMNS = 'text, extraction, content_hash, canon, published, simhash, story';

/**
 * Resolves one stored document into the register; every document sorting before it must be in
 * already. With a `session`, search rows wait for its `flush`.
 */
export async function deriveDocument(sql: SqlDriver, documentId: number, session?: WriteSession, stored?: StoredDocument): Promise<void> {
  const own = session ?? new WriteSession();
  const row = stored ?? await sql.get<StoredDocument>(`SELECT ${STORED_DOCUMENT_COLUMNS} FROM documents WHERE id = ?`, documentId);
  if (!row) throw new Error(`deriveDocument: no document ${documentId}`);
  await new DocumentWriter(sql, own, documentId, row.text, JSON.parse(row.extraction) as Extraction, row.content_hash).write();
  // Rewriting a documents row rewrites its text too: skip it when a replay finds the same story.
  const story = await storyOf(sql, row, own.stories);
  if (story !== row.story) await sql.run('UPDATE documents SET story = ? WHERE id = ?', story, documentId);
  own.structuralActs ??= await structuralActs(sql);
  if (await applyCuration(sql, own.structuralActs)) own.forgetFacts();
  if (!session) await own.flush(sql);
}

/**
 * The story a document repeats: the earliest document (canonical order) whose SimHash is within
 * NEAR_DUPLICATE_BITS, taking that document's own story; else the document starts its own.
 */
async function storyOf(sql: SqlDriver, doc: StoredDocument, index: StoryIndex | null): Promise<string> {
  if (!doc.simhash) return doc.content_hash;
  const h = BigInt(`0x${doc.simhash}`);
  // a republication follows its story within weeks; undated documents are compared with all
  const published = doc.canon.slice(0, 10);
  const dated = published !== '0000-00-00';
  if (index && !index.full) {
    const own = bands(h);
    const story = index.find(own, h, doc.canon, dated ? shiftDays(published, -STORY_WINDOW_DAYS) : null) ?? doc.content_hash;
    index.add(own, { canon: doc.canon, published: doc.published, hash: h, story });
    return story;
  }
  // One range per band, each read from the band's index alone (migration 005), earliest first.
  const window = [doc.canon, dated ? 1 : 0, dated ? shiftDays(published, -STORY_WINDOW_DAYS) : ''];
  const candidates = await sql.all<{ id: number; simhash: string }>(
    `${BAND_COLUMNS.map((c) => `SELECT id, canon, simhash FROM documents
       WHERE ${c} = ? AND canon < ? AND simhash IS NOT NULL AND (? = 0 OR published IS NULL OR published >= ?)`).join(' UNION ALL ')}
     ORDER BY canon`, ...bands(h).flatMap((b) => [b, ...window]),
  );
  const first = candidates.find((c) => hammingDistance(h, BigInt(`0x${c.simhash}`)) <= NEAR_DUPLICATE_BITS);
  if (!first) return doc.content_hash;
  const r = (await sql.get<{ story: string | null; content_hash: string }>('SELECT story, content_hash FROM documents WHERE id = ?', first.id))!;
  return r.story ?? r.content_hash;
}

/** How far apart a story and its republication may be published. */
const STORY_WINDOW_DAYS = 30;

function shiftDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(t) ? '0000-00-00' : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

const ORGANIZATION_ALIASES: AliasTables = { records: 'organizations', aliases: 'organization_aliases', idColumn: 'organization_id', aliasWhere: '1 = 1' };
const PERSON_ALIASES: AliasTables = { records: 'people', aliases: 'person_aliases', idColumn: 'person_id', aliasWhere: 'matchable = 1' };
const PLACE_ALIASES: AliasTables = { records: 'places', aliases: 'place_aliases', idColumn: 'place_id', aliasWhere: '1 = 1' };

type RecordTable = 'projects' | 'organizations' | 'people' | 'places';

/** A public id for a new record, re-seeded in the (unlikely) case another record holds it. */
async function newUid(sql: SqlDriver, session: WriteSession, table: RecordTable, kind: RecordKind, seed: string): Promise<string> {
  const given = session.uids.get(table);
  for (let attempt = 0; ; attempt++) {
    const uid = publicId(kind, seed, attempt);
    if (given?.has(uid)) continue;
    // in a complete session, the ids given in it are the only ones the table holds
    if (session.isCompleteSession || !(await sql.get(`SELECT 1 FROM ${table} WHERE uid = ?`, uid))) return uid;
  }
}

/** Notes a public id a new record took. */
function uidTaken(session: WriteSession, table: RecordTable, uid: string): void {
  let given = session.uids.get(table);
  if (!given) session.uids.set(table, (given = new Set()));
  given.add(uid);
}

class DocumentWriter {
  /** Every key of every organisation, place and person resolved in this document -> record id. */
  private readonly orgs = new Map<string, number>();
  private readonly places = new Map<string, number>();
  private readonly placeKinds = new Map<number, string | null>();
  /** Records whose searchable text changed (the session's sets). */
  private readonly touchedOrgs: Set<number>;
  private readonly touchedPlaces: Set<number>;
  private readonly touchedPeople: Set<number>;
  private readonly touchedProjects: Set<number>;

  /** Statement keys given in this document, to number repeats. */
  private readonly statementKeys = new Set<string>();

  /** The document's links and its people's titles, written together at the end of `write` (nothing reads them before). */
  private readonly linkedOrgs = new Set<number>();
  private readonly linkedPlaces = new Set<number>();
  private readonly linkedPeople = new Set<number>();
  private readonly roles: SqlValue[][] = [];

  constructor(
    private readonly sql: SqlDriver,
    private readonly session: WriteSession,
    private readonly documentId: number,
    private readonly text: string,
    private readonly ex: Extraction,
    private readonly contentHash: string,
  ) {
    this.touchedOrgs = session.touchedOrgs;
    this.touchedPlaces = session.touchedPlaces;
    this.touchedPeople = session.touchedPeople;
    this.touchedProjects = session.touchedProjects;
  }

  async write(): Promise<void> {
    const { ex } = this;
    for (const o of attachShortOrganizationNames(ex.organizations ?? [])) await this.resolveOrganization(o);
    for (const p of ex.places ?? []) await this.resolvePlace(p);
    await this.resolvePeople(ex.people ?? []);
    const claimed = new Set<number>();
    for (const p of ex.projects ?? []) await this.resolveProject(p, claimed);
    await this.addEvents(ex.events ?? []);
    const d = this.documentId;
    await insertRows(this.sql, 'INSERT INTO document_organizations (document_id, organization_id) VALUES', [...this.linkedOrgs].map((id) => [d, id]), 'ON CONFLICT DO NOTHING');
    await insertRows(this.sql, 'INSERT INTO document_places (document_id, place_id) VALUES', [...this.linkedPlaces].map((id) => [d, id]), 'ON CONFLICT DO NOTHING');
    await insertRows(this.sql, 'INSERT INTO document_people (document_id, person_id) VALUES', [...this.linkedPeople].map((id) => [d, id]), 'ON CONFLICT DO NOTHING');
    await insertRows(this.sql, 'INSERT INTO person_roles (person_id, title, organization_id, organization, document_id) VALUES', this.roles);
  }

  /**
   * Inserts a keyed record, or returns the record already holding the key. Matching finds that
   * record first in all but ambiguous corners; this keeps such a corner from failing the document.
   */
  private async insertKeyed(table: 'organizations' | 'people' | 'places', key: string, insert: string, ...params: (string | number | null)[]): Promise<{ id: number; inserted: boolean }> {
    const kind: RecordKind = table === 'organizations' ? 'organization' : table === 'people' ? 'person' : 'place';
    const uid = await newUid(this.sql, this.session, table, kind, key);
    const id = await this.sql.insertIfNew(insert, uid, ...params);
    if (id !== undefined) {
      uidTaken(this.session, table, uid);
      return { id, inserted: true };
    }
    return { id: (await this.sql.get<{ id: number }>(`SELECT id FROM ${table} WHERE key = ?`, key))!.id, inserted: false };
  }

  // ------------------------------------------------------------ organisations

  private async resolveOrganization(o: Pick<Organization, 'name' | 'aliases' | 'country'>): Promise<number> {
    const { sql } = this;
    const names = organizationKeys(o);
    let id = names.keys.map((k) => this.orgs.get(k)).find((v) => v !== undefined);
    const { orgKeys, orgRows } = this.session;
    if (id === undefined && names.keys.length > 0) {
      id = matchByKeys(names, await orgKeys.candidates(sql, names.keys))?.id;
    }
    const country = upper(o.country);
    if (id === undefined) {
      const added = await this.insertKeyed('organizations', names.key, 'INSERT INTO organizations (uid, key, name, country) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING', names.key, names.name, country);
      id = added.id;
      if (added.inserted) {
        orgKeys.recordAdded(id, names.key);
        this.session.orgAliases.recordAdded(id);
        orgRows.set(id, { name: names.name, country });
      }
    } else {
      const row = await this.organizationRow(id);
      // COALESCE(country, ?): only a record without a country takes one
      if (row.country === null && country !== null) {
        await sql.run('UPDATE organizations SET country = COALESCE(country, ?) WHERE id = ?', country, id);
        row.country = country;
      }
      await this.upgradeOrganizationName(id, row, names.name, names.key);
    }
    const aliasRows: [number, string, string, string][] = [];
    for (const alias of new Set([names.name, o.name, ...(o.aliases ?? [])].map((a) => a.trim()).filter(Boolean))) {
      if (await this.session.orgAliases.has(sql, id, alias)) continue;
      aliasRows.push([id, alias, organizationNameKey(alias) || foldCase(alias), foldCase(alias)]);
    }
    const aliasesAdded = await insertIfAbsent(sql, 'INSERT INTO organization_aliases (organization_id, alias, key, folded) VALUES', aliasRows, 'alias', 1);
    for (const [i, [, alias, key]] of aliasRows.entries()) {
      if (!aliasesAdded[i]) continue;
      this.touchedOrgs.add(id);
      orgKeys.aliasAdded(id, key);
      this.session.orgAliases.added(id, alias);
    }
    for (const k of names.keys) this.orgs.set(k, id);
    this.linkedOrgs.add(id);
    return id;
  }

  /** A record first known by an acronym takes the full name once a document spells it out. */
  private async upgradeOrganizationName(id: number, cur: { name: string }, name: string, key: string): Promise<void> {
    if (!isAcronym(cur.name) || isAcronym(name)) return;
    if (await this.sql.get('SELECT 1 FROM organizations WHERE key = ? AND id <> ?', key, id)) return;
    await this.sql.run('UPDATE organizations SET name = ?, key = ? WHERE id = ?', name, key, id);
    cur.name = name;
    this.session.orgKeys.keyChanged(id, key);
    this.touchedOrgs.add(id);
    this.session.renamedOrgs.add(id);
  }

  /** An organisation's name and country as stored now (the session's copy, which this writer keeps current). */
  private async organizationRow(id: number): Promise<{ name: string; country: string | null }> {
    let row = this.session.orgRows.get(id);
    if (!row) {
      row = (await this.sql.get<{ name: string; country: string | null }>('SELECT name, country FROM organizations WHERE id = ?', id))!;
      this.session.orgRows.set(id, row);
    }
    return row;
  }

  /** An organisation named on a project, an event or a role: the document's own entry when it has one. */
  private async organizationId(name: string): Promise<number> {
    return this.orgs.get(organizationNameKey(name)) ?? (await this.resolveOrganization({ name, aliases: [], country: null }));
  }

  // ------------------------------------------------------------ places

  private async resolvePlace(p: Pick<Place, 'name' | 'aliases' | 'country'> & { kind: Place['kind'] | null; lat?: number; lon?: number }): Promise<number> {
    const { sql, session } = this;
    const keys = [...new Set([p.name, ...(p.aliases ?? [])].map(placeNameKey).filter(Boolean))];
    let id = keys.map((k) => this.places.get(k)).find((v) => v !== undefined);
    const gid = gazetteerId(p.name, p.kind, p.country);
    if (id === undefined && gid) id = (await this.placeByGazetteer(gid)) ?? undefined;
    if (id === undefined && keys.length > 0) {
      const ids = await session.placeKeys.idsFor(sql, keys);
      const rows = await this.placeRows(ids);
      const aliasKeys = await session.placeKeys.aliasKeys(sql, ids);
      const candidates: PlaceCandidate[] = ids.map((i) => ({ id: i, name: rows.get(i)!.name, country: rows.get(i)!.country, keys: aliasKeys.get(i)! }));
      id = matchPlace(p, candidates)?.id;
    }
    const country = upper(p.country);
    let row: PlaceRow;
    if (id === undefined) {
      const key = placeRecordKey(p.name, country);
      const fresh: PlaceRow = { name: p.name.trim(), kind: p.kind ?? null, country, lat: p.lat ?? null, lon: p.lon ?? null, gazetteer_id: gid };
      const added = await this.insertKeyed('places', key,
        'INSERT INTO places (uid, key, name, kind, country, lat, lon, gazetteer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING',
        key, fresh.name, fresh.kind, fresh.country, fresh.lat, fresh.lon, fresh.gazetteer_id,
      );
      id = added.id;
      if (added.inserted) {
        session.placeKeys.recordAdded(id, key);
        session.placeAliases.recordAdded(id);
        session.placeRows.set(id, fresh);
        if (gid) this.gazetteerGiven(gid, id);
      }
      row = (await this.placeRows([id])).get(id)!;
    } else {
      row = (await this.placeRows([id])).get(id)!;
      // A place that turns out to be a country no longer counts among projects' places.
      if (row.kind === null && p.kind === 'country') session.forgetProjectFacts();
      // Each column keeps what it holds and takes the new value only when it held none
      // (COALESCE): when no column would change, there is nothing to write.
      const next: PlaceRow = {
        name: row.name, kind: row.kind ?? p.kind ?? null, country: row.country ?? country, lat: row.lat ?? p.lat ?? null,
        lon: row.lon ?? p.lon ?? null, gazetteer_id: row.gazetteer_id ?? gid,
      };
      if (next.kind !== row.kind || next.country !== row.country || next.lat !== row.lat || next.lon !== row.lon || next.gazetteer_id !== row.gazetteer_id) {
        await sql.run(
          `UPDATE places SET kind = COALESCE(kind, ?), country = COALESCE(country, ?), lat = COALESCE(lat, ?), lon = COALESCE(lon, ?),
           gazetteer_id = COALESCE(gazetteer_id, ?) WHERE id = ?`,
          p.kind ?? null, country, p.lat ?? null, p.lon ?? null, gid, id,
        );
        if (next.gazetteer_id !== row.gazetteer_id && next.gazetteer_id) this.gazetteerGiven(next.gazetteer_id, id);
        Object.assign(row, next);
      }
    }
    const aliasRows: [number, string, string, string][] = [];
    for (const alias of new Set([p.name, ...(p.aliases ?? [])].map((a) => a.trim()).filter(Boolean))) {
      if (await session.placeAliases.has(sql, id, alias)) continue;
      aliasRows.push([id, alias, placeNameKey(alias) || foldCase(alias), foldCase(alias)]);
    }
    const aliasesAdded = await insertIfAbsent(sql, 'INSERT INTO place_aliases (place_id, alias, key, folded) VALUES', aliasRows, 'alias', 1);
    for (const [i, [, alias, key]] of aliasRows.entries()) {
      if (!aliasesAdded[i]) continue;
      this.touchedPlaces.add(id);
      session.placeKeys.aliasAdded(id, key);
      session.placeAliases.added(id, alias);
    }
    for (const k of keys) this.places.set(k, id);
    this.placeKinds.set(id, row.kind);
    this.linkedPlaces.add(id);
    return id;
  }

  /** The first place (lowest id) holding a gazetteer id, or null. */
  private async placeByGazetteer(gid: string): Promise<number | null> {
    const known = this.session.gazetteerPlaces;
    let id = known.get(gid);
    if (id === undefined) {
      id = this.session.isCompleteSession ? null
        : (await this.sql.get<{ id: number }>('SELECT id FROM places WHERE gazetteer_id = ? ORDER BY id LIMIT 1', gid))?.id ?? null;
      known.set(gid, id);
    }
    return id;
  }

  /** A place now holds a gazetteer id. */
  private gazetteerGiven(gid: string, id: number): void {
    const known = this.session.gazetteerPlaces;
    const cur = known.get(gid);
    if (cur !== undefined) known.set(gid, cur === null ? id : Math.min(cur, id));
    else if (this.session.isCompleteSession) known.set(gid, id);
  }

  /** Place rows as stored now, loading the ones the session does not hold yet. */
  private async placeRows(ids: readonly number[]): Promise<Map<number, PlaceRow>> {
    const cache = this.session.placeRows;
    const missing = ids.filter((id) => !cache.has(id));
    for (const r of await inChunks(missing, (c) => this.sql.all<PlaceRow & { id: number }>(
      `SELECT id, name, kind, country, lat, lon, gazetteer_id FROM places WHERE id IN (${placeholders(c.length)})`, ...c,
    ))) {
      const { id, ...row } = r;
      cache.set(id, row);
    }
    return new Map(ids.map((id) => [id, cache.get(id)!]));
  }

  private async placeId(name: string): Promise<number> {
    return this.places.get(placeNameKey(name)) ?? (await this.resolvePlace({ name, aliases: [], kind: null, country: null }));
  }

  // ------------------------------------------------------------ people

  private async resolvePeople(people: Extraction['people']): Promise<void> {
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
      const index = this.session.personKeys;
      if (names.keys.length > 0) {
        id = matchByKeys(names, await index.candidates(sql, names.keys))?.id;
      }
      if (id === undefined) {
        const added = await this.insertKeyed('people', names.key, 'INSERT INTO people (uid, key, name) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING', names.key, p.name.trim());
        id = added.id;
        if (added.inserted) {
          index.recordAdded(id, names.key);
          this.session.personAliases.recordAdded(id);
        }
      }
      const fresh: typeof names.aliases = [];
      for (const a of names.aliases) if (!(await this.session.personAliases.has(sql, id, a.alias))) fresh.push(a);
      const aliasesAdded = await insertIfAbsent(sql, 'INSERT INTO person_aliases (person_id, alias, key, folded, matchable) VALUES',
        fresh.map((a) => [id, a.alias, a.key, foldCase(a.alias), a.matchable ? 1 : 0]), 'alias', 1);
      for (const [i, a] of fresh.entries()) {
        if (!aliasesAdded[i]) continue;
        this.session.personAliases.added(id, a.alias);
        if (a.matchable) index.aliasAdded(id, a.key);
      }
      this.linkedPeople.add(id);
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
        this.roles.push([id, title, orgId, organization, this.documentId]);
      }
      this.touchedPeople.add(id);
    }
  }

  // ------------------------------------------------------------ projects

  private async resolveProject(p: Project, claimed: Set<number>): Promise<void> {
    const { sql } = this;
    const names = [p.name, ...projectAliases(p)].map((n) => n.trim()).filter(Boolean);
    const nameKeys = [...new Set(names.map(projectNameKey).filter(Boolean))];
    // One at a time, in the extraction's order: resolving may create records, and their ids
    // (and so every later tie-break) follow creation order.
    const placeIds: number[] = [];
    // this statement's words for each resolved id, so a merge's reasons read "shared places: Osh"
    const labels = new Map<string, string>();
    for (const n of p.places ?? []) {
      const id = await this.placeId(n);
      if (!placeIds.includes(id)) placeIds.push(id);
      if (!labels.has(`place:${id}`)) labels.set(`place:${id}`, n);
    }
    const orgLinks: { id: number; role: Role }[] = [];
    for (const o of p.organizations ?? []) {
      const id = await this.organizationId(o.name);
      orgLinks.push({ id, role: o.role });
      if (!labels.has(`organization:${id}`)) labels.set(`organization:${id}`, o.name);
    }
    const facts: ProjectFacts = {
      type: p.type,
      nameKeys,
      places: placeIds.filter((id) => this.placeKinds.get(id) !== 'country'),
      organizations: [...new Set(orgLinks.map((o) => o.id))],
      countries: hostCountries(p.country, p.countries),
      capacities: p.capacity ?? [],
    };

    // Candidates: same type and a shared name or a shared place below country level. Each side
    // starts from its own index (names by key, places by id; the type is looked up per match, so
    // no planner starts from every project of the type), so the cost follows the matches, not
    // the size of the register.
    // Only distinctive names look for candidates: a generic one ("port") never makes a match on
    // its own (compareProjects), and a project sharing only that and no place could never be
    // chosen; listing every port in the register as a candidate of every new port made each
    // document slower than the one before. Such projects are no longer in `resolution.candidates`.
    const searchKeys = nameKeys.filter(isDistinctiveName);
    const session = this.session;
    const linked = new Set([...(await session.projectsByName.idsFor(sql, searchKeys)), ...(await session.projectsByPlace.idsFor(sql, facts.places))]);
    const types = await this.projectTypes([...linked]);
    const found = [...linked].filter((id) => types.get(id) === p.type && !claimed.has(id)).sort((a, b) => a - b);
    const known = await this.projectFacts(found);
    const candidates = found.map((id) => ({ id, facts: known.get(id)! }));
    const { best: match, compared } = chooseProject(facts, candidates, (kind, id) => labels.get(`${kind}:${id}`) ?? `#${id}`);

    const statement = { documentId: this.documentId, name: p.name.trim(), sector: p.sector, status: p.status, country: upper(p.country), capacity: p.capacity ?? [], amount: p.amount ?? null };
    const skey = this.statementKey(p.type, nameKeys[0] ?? '');
    // A new project starts from this statement, which also seeds its public id; updateProjectView
    // below derives its view either way.
    let projectId = match?.id;
    if (projectId === undefined) {
      const uid = await newUid(sql, this.session, 'projects', 'project', skey);
      projectId = await sql.insert(
        'INSERT INTO projects (uid, key, name, type, sector, status, country, capacity, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        uid, `${p.type}:${nameKeys[0] ?? ''}`, statement.name, p.type, statement.sector, statement.status, statement.country,
        json(statement.capacity), jsonOrNull(statement.amount),
      );
      uidTaken(this.session, 'projects', uid);
      session.projectTypes.set(projectId, p.type);
    }
    claimed.add(projectId);
    const resolution = { project: match?.id ?? null, candidates: compared };
    const statementId = await sql.insert(
      `INSERT INTO project_statements (project_id, document_id, name, sector, status, country, countries, capacity, amount, resolution, skey)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      projectId, this.documentId, statement.name, statement.sector, statement.status, statement.country,
      jsonOrNull(p.countries), json(statement.capacity), jsonOrNull(statement.amount), json(resolution), skey,
    );
    for (const name of new Set(names)) {
      const key = projectNameKey(name) || foldCase(name);
      const added = (await sql.run('INSERT INTO project_names (project_id, statement_id, document_id, name, key) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
        projectId, statementId, this.documentId, name, key)).changes;
      if (added > 0) session.projectsByName.added(key, projectId);
    }
    // placeIds holds each place once, and the statement is new: every row goes in
    await insertRows(sql, 'INSERT INTO project_places (project_id, statement_id, place_id, document_id) VALUES',
      placeIds.map((placeId) => [projectId, statementId, placeId, this.documentId]), 'ON CONFLICT DO NOTHING');
    for (const placeId of placeIds) session.projectsByPlace.added(placeId, projectId);
    // an organisation named twice in one role keeps its first position (the key is statement, organisation, role)
    const partners = new Map<string, SqlValue[]>();
    for (const [i, o] of orgLinks.entries()) {
      const k = `${o.id}|${o.role}`;
      if (!partners.has(k)) partners.set(k, [projectId, statementId, o.id, o.role, this.documentId, i]);
    }
    await insertRows(sql, 'INSERT INTO project_organizations (project_id, statement_id, organization_id, role, document_id, ordinal) VALUES',
      [...partners.values()], 'ON CONFLICT DO NOTHING');
    // each mention's search row holds its sentence, known from its offsets (RETURNING promises no order)
    const mentionRows = (p.evidence ?? []).map((e) => [projectId, statementId, this.documentId, e.start, e.end, statement.name]);
    const mentionInsert = 'INSERT INTO project_mentions (project_id, statement_id, document_id, start_offset, end_offset, name) VALUES';
    // On SQLite a row's id is the connection's last insert rowid: RETURNING made each of these
    // inserts cost twice a plain one (105 against 50 us in a replay, a quarter of its SQL time).
    const mentions = sql.dialect === 'sqlite'
      ? await mapInOrder(mentionRows, async (r) => ({ id: await sql.insert(insertText(mentionInsert, '', r.length, 1), ...r), start_offset: r[3] as number, end_offset: r[4] as number }))
      : await insertRows<{ id: number; start_offset: number; end_offset: number }>(sql, mentionInsert, mentionRows, 'RETURNING id, start_offset, end_offset');
    await insertRows(sql, 'INSERT INTO mention_fts (rowid, sentence) VALUES',
      mentions.sort((a, b) => a.id - b.id).map((m) => [m.id, this.text.slice(m.start_offset, m.end_offset)]));
    // its names, places, partners, statements and maybe its type changed
    this.session.facts.delete(projectId);
    session.curationSets ??= await curationSets(sql);
    await updateProjectView(sql, projectId, session.curationSets);
    // a view update takes the type only from a value an analyst set (type = COALESCE(?, type))
    session.typeCurated ??= (await sql.get(`SELECT 1 FROM curation WHERE action = 'set' AND kind = 'project' AND field = 'type' LIMIT 1`)) !== undefined;
    if (session.typeCurated) session.projectTypes.delete(projectId);
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

  /** Each project's type as stored now, loading the ones the session does not hold yet. */
  private async projectTypes(ids: readonly number[]): Promise<Map<number, string>> {
    const cache = this.session.projectTypes;
    const missing = ids.filter((id) => !cache.has(id));
    for (const r of await inChunks(missing, (c) => this.sql.all<{ id: number; type: string }>(
      `SELECT id, type FROM projects WHERE id IN (${placeholders(c.length)})`, ...c,
    ))) cache.set(r.id, r.type);
    return new Map(ids.map((id) => [id, cache.get(id)!]));
  }

  /**
   * The facts of each candidate, from the session's cache, loading the missing ones together
   * (five queries for any number of candidates, not five per candidate).
   */
  private async projectFacts(ids: readonly number[]): Promise<Map<number, ProjectFacts>> {
    const { sql } = this;
    const cache = this.session.facts;
    const missing = ids.filter((id) => !cache.has(id));
    if (missing.length > 0) {
      const loaded = new Map<number, { type: string; nameKeys: string[]; places: number[]; organizations: number[]; countries: Set<string>; capacities: Capacity[] }>();
      for (const r of await inChunks(missing, (c) => sql.all<{ id: number; type: string }>(`SELECT id, type FROM projects WHERE id IN (${placeholders(c.length)})`, ...c))) {
        loaded.set(r.id, { type: r.type, nameKeys: [], places: [], organizations: [], countries: new Set(), capacities: [] });
      }
      for (const r of await inChunks(missing, (c) => sql.all<{ project_id: number; key: string }>(
        `SELECT DISTINCT project_id, key FROM project_names WHERE project_id IN (${placeholders(c.length)})`, ...c,
      ))) loaded.get(r.project_id)?.nameKeys.push(r.key);
      for (const r of await inChunks(missing, (c) => sql.all<{ project_id: number; place_id: number }>(
        `SELECT DISTINCT pp.project_id, pp.place_id FROM project_places pp JOIN places pl ON pl.id = pp.place_id
         WHERE pp.project_id IN (${placeholders(c.length)}) AND (pl.kind IS NULL OR pl.kind <> 'country')`, ...c,
      ))) loaded.get(r.project_id)?.places.push(r.place_id);
      for (const r of await inChunks(missing, (c) => sql.all<{ project_id: number; organization_id: number }>(
        `SELECT DISTINCT project_id, organization_id FROM project_organizations WHERE project_id IN (${placeholders(c.length)})`, ...c,
      ))) loaded.get(r.project_id)?.organizations.push(r.organization_id);
      // statement order (by id) fixes the order of the countries, which a verdict's reasons list
      for (const r of await inChunks(missing, (c) => sql.all<{ project_id: number; capacity: string; country: string | null; countries: string | null }>(
        `SELECT project_id, capacity, country, countries FROM project_statements WHERE project_id IN (${placeholders(c.length)}) ORDER BY project_id, id`, ...c,
      ))) {
        const f = loaded.get(r.project_id);
        if (!f) continue;
        f.capacities.push(...(JSON.parse(r.capacity) as Capacity[]));
        for (const c of hostCountries(r.country, r.countries ? JSON.parse(r.countries) : null)) f.countries.add(c);
      }
      for (const [id, f] of loaded) cache.set(id, { ...f, countries: [...f.countries] });
    }
    const out = new Map<number, ProjectFacts>();
    for (const id of ids) {
      const f = cache.get(id);
      if (!f) throw new Error(`resolveProject: no project ${id}`);
      out.set(id, f);
    }
    return out;
  }

  // ------------------------------------------------------------ events

  /** The document's events, their organisations resolved first, then the rows in a few multi-row INSERTs, in order. */
  private async addEvents(events: readonly ExtractedEvent[]): Promise<void> {
    for (const e of events) for (const name of e.organizations ?? []) await this.organizationId(name);
    await insertRows(this.sql, 'INSERT INTO events (document_id, type, date, participants, organizations, projects, evidence) VALUES',
      events.map((e) => [this.documentId, e.type, e.date ?? null, json(e.participants ?? []), json(e.organizations ?? []), json(e.projects ?? []), json(e.evidence ?? [])]));
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

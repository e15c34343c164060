// The register store over SQL: one implementation for both engines, written against the async
// driver (sql-driver.ts). Writes run in one transaction holding the database's write lock;
// reads run over one consistent view. Only full-text search differs per engine (search-sql.ts).

import type { Amount, Capacity, Extraction, Role, Status } from '../nlp/extraction.js';
import { foldCase } from '../resolve/normalize-name.js';
import { parentOrganizations } from '../resolve/organization-key.js';
import { currentRoles } from '../resolve/project-view.js';
import type { GraphFilter, MapFilter, RegisterFilter } from './read-models.js';
import { cleanCount, cleanText, likeContains, likePrefix } from './search-query.js';
import { SEARCH_SQL } from './search-sql.js';
import { addDocumentBatch, isRegisterStale, markRegister } from './add-document.js';
import { KeptSession } from './kept-session.js';
import { currentUid, listCuration, mergeOrganizations, mergeProjects, setProjectField, splitProject } from './curation.js';
import { projectHistory } from './project-history-rows.js';
import { rebuildRegister } from './rebuild-register.js';
import * as read from './read-queries.js';
import { mapInOrder, type SqlDatabase, type SqlDriver, type SqlValue } from './sql-driver.js';
import type {
  AddOptions, AddResult, BatchAddResult, ChangeStamp, CurationAct, DocumentDetail, DocumentRef, DocumentRow, StorableDocument, OrganizationRow, PersonRow, ProjectDetail,
  FeedState, ProjectFilter, ProjectLocation, ProjectSummary, RefreshResult, SearchHit, SourceSentence, Store,
} from './store.js';

const DEFAULT_SEARCH_LIMIT = 20;

interface ProjectRow {
  id: number; uid: string; name: string; type: string; sector: string; status: Status; country: string | null;
  capacity: string; amount: string | null; first_seen: string | null; last_seen: string | null;
}

interface DocumentRowSql {
  id: number; path: string | null; title: string | null; published: string | null; source: string | null; url: string | null;
  input: string; kind: string; content_hash: string; added_at: string; projects: number; story: string | null;
}

const PROJECT_COLUMNS = 'p.id, p.uid, p.name, p.type, p.sector, p.status, p.country, p.capacity, p.amount, p.first_seen, p.last_seen';

export class SqlStore implements Store {
  /** What the last document transaction learnt of the register, for the next one. */
  private readonly kept = new KeptSession();

  constructor(private readonly db: SqlDatabase) {}

  private get search_(): typeof SEARCH_SQL[keyof typeof SEARCH_SQL] {
    return SEARCH_SQL[this.db.dialect];
  }

  async addDocument(doc: StorableDocument, opts: AddOptions = {}): Promise<AddResult> {
    // not isolated: a failure throws, and the transaction rolls back whole
    const [r] = await this.addBatch([doc], false);
    if (r.status === 'failed') throw new Error(r.reason);
    if (r.deferred && !opts.deferRebuild) await this.refresh();
    return { status: r.status, documentId: r.documentId };
  }

  /** One transaction adding `docs` with the session kept from this store's last one (kept-session.ts). */
  private async addBatch(docs: readonly StorableDocument[], isolated: boolean): Promise<Awaited<ReturnType<typeof addDocumentBatch>>> {
    const { out, taken } = await this.db.write(async (sql) => {
      const taken = await this.kept.take(sql);
      return { out: await addDocumentBatch(sql, docs, isolated, taken.session), taken };
    });
    this.kept.keep(taken.session, taken.serial);
    return out;
  }

  async addDocuments(docs: readonly StorableDocument[], opts: AddOptions = {}): Promise<BatchAddResult[]> {
    if (docs.length === 0) return [];
    const batch = (isolated: boolean) => this.addBatch(docs, isolated);
    let results: Awaited<ReturnType<typeof batch>>;
    try {
      // Optimistic: the whole batch as one unit, no savepoint per document.
      results = await batch(false);
    } catch {
      // Something failed: again, each document under its own savepoint, so only the broken one is left out.
      results = await batch(true);
    }
    if (results.some((r) => r.deferred) && !opts.deferRebuild) await this.refresh();
    return results.map((r) => (r.status === 'failed' ? r : { status: r.status, documentId: r.documentId }));
  }

  async refresh(): Promise<RefreshResult> {
    return this.db.write(async (sql): Promise<RefreshResult> => {
      if (!(await isRegisterStale(sql))) return { rebuilt: false, documents: 0 };
      await this.kept.changed(sql);
      return { rebuilt: true, ...(await rebuildRegister(sql)) };
    });
  }

  async reprocess(reextract: (doc: DocumentDetail) => Extraction, onProgress?: (done: number, total: number) => void): Promise<RefreshResult & { changed: number }> {
    const ids = (await this.db.read((sql) => sql.all<{ id: number }>('SELECT id FROM documents ORDER BY id'))).map((r) => r.id);
    // Extraction runs outside the write lock; the swap and the replay are one transaction.
    const updates: [number, string][] = [];
    for (const [i, id] of ids.entries()) {
      const doc = (await this.getDocument(id))!;
      const next = JSON.stringify(reextract(doc));
      if (next !== JSON.stringify(doc.extraction)) updates.push([id, next]);
      onProgress?.(i + 1, ids.length);
    }
    return this.db.write(async (sql) => {
      await this.kept.changed(sql);
      for (const [id, extraction] of updates) await sql.run('UPDATE documents SET extraction = ? WHERE id = ?', extraction, id);
      await markRegister(sql, true);
      return { rebuilt: true, changed: updates.length, ...(await rebuildRegister(sql)) };
    });
  }

  mergeProjects(ids: string[], actor: string, note: string): Promise<string> {
    return this.db.write(async (sql) => { await this.kept.changed(sql); return mergeProjects(sql, ids.map(cleanText), actor, note); });
  }

  splitProject(id: string, documentIds: number[] | null, actor: string, note: string): Promise<string[]> {
    return this.db.write(async (sql) => { await this.kept.changed(sql); return splitProject(sql, cleanText(id), documentIds, actor, note); });
  }

  setProjectField(id: string, field: string, value: unknown, actor: string, note: string): Promise<string> {
    return this.db.write(async (sql) => { await this.kept.changed(sql); return setProjectField(sql, cleanText(id), field, value, actor, note); });
  }

  mergeOrganizations(ids: string[], actor: string, note: string): Promise<string> {
    return this.db.write(async (sql) => { await this.kept.changed(sql); return mergeOrganizations(sql, ids.map(cleanText), actor, note); });
  }

  async feedState(url: string): Promise<FeedState | null> {
    const r = await this.db.read((sql) => sql.get<{ url: string; etag: string | null; last_modified: string | null; last_checked: string; last_status: string; items_seen: number; items_added: number }>(
      'SELECT url, etag, last_modified, last_checked, last_status, items_seen, items_added FROM feeds WHERE url = ?', url,
    ));
    return r ? { url: r.url, etag: r.etag, lastModified: r.last_modified, lastChecked: r.last_checked, lastStatus: r.last_status, itemsSeen: r.items_seen, itemsAdded: r.items_added } : null;
  }

  async saveFeedState(s: FeedState): Promise<void> {
    await this.db.write((sql) => sql.run(
      `INSERT INTO feeds (url, etag, last_modified, last_checked, last_status, items_seen, items_added) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_checked = excluded.last_checked,
         last_status = excluded.last_status, items_seen = excluded.items_seen, items_added = excluded.items_added`,
      s.url, s.etag, s.lastModified, s.lastChecked, s.lastStatus, s.itemsSeen, s.itemsAdded,
    ));
  }

  listCuration(target?: string): Promise<CurationAct[]> {
    return this.db.read((sql) => listCuration(sql, target ? cleanText(target) : undefined));
  }

  async hasDocument(contentHash: string): Promise<boolean> {
    return (await this.db.read((sql) => sql.get('SELECT 1 FROM documents WHERE content_hash = ?', cleanText(contentHash)))) !== undefined;
  }

  listProjects(filter: ProjectFilter = {}): Promise<ProjectSummary[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    const q = cleanText(filter.q);
    if (q) {
      const value = this.search_.query(q);
      if (value) {
        where.push(this.search_.projectMatches);
        params.push(value, value);
      } else {
        // No letter or digit ("&", "+"): a plain substring over the names.
        where.push(`(EXISTS (SELECT 1 FROM project_names n WHERE n.project_id = p.id AND n.name LIKE ? ESCAPE '\\')
          OR EXISTS (SELECT 1 FROM project_organizations po JOIN organization_aliases a ON a.organization_id = po.organization_id
                     WHERE po.project_id = p.id AND a.alias LIKE ? ESCAPE '\\')
          OR EXISTS (SELECT 1 FROM project_places pp JOIN place_aliases a ON a.place_id = pp.place_id
                     WHERE pp.project_id = p.id AND a.alias LIKE ? ESCAPE '\\'))`);
        params.push(likeContains(q), likeContains(q), likeContains(q));
      }
    }
    const country = cleanText(filter.country).toUpperCase();
    if (country) {
      where.push('p.country = ?');
      params.push(country);
    }
    const sector = cleanText(filter.sector).toLowerCase();
    if (sector) {
      where.push(`(p.sector = ? OR p.sector LIKE ? ESCAPE '\\')`);
      params.push(sector, likePrefix(`${sector}.`));
    }
    const status = cleanText(filter.status);
    if (status) {
      where.push('p.status = ?');
      params.push(status);
    }
    const org = foldCase(cleanText(filter.org));
    if (org) {
      where.push(`EXISTS (SELECT 1 FROM project_organizations po JOIN organization_aliases a ON a.organization_id = po.organization_id
                          WHERE po.project_id = p.id AND a.folded LIKE ? ESCAPE '\\')`);
      params.push(likeContains(org));
    }
    const limit = cleanCount(filter.limit);
    const offset = cleanCount(filter.offset) ?? 0;
    return this.db.read(async (sql) => {
      const rows = await sql.all<ProjectRow>(
        `SELECT ${PROJECT_COLUMNS} FROM projects p
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY p.last_seen DESC NULLS LAST, p.id
         LIMIT ? OFFSET ?`,
        ...params, limit ?? Number.MAX_SAFE_INTEGER, offset,
      );
      return mapInOrder(rows, (r) => summary(sql, r));
    });
  }

  getProject(id: string): Promise<ProjectDetail | null> {
    return this.db.read(async (sql) => {
      const uid = typeof id === 'string' ? await currentUid(sql, 'projects', cleanText(id)) : null;
      const row = uid ? await sql.get<ProjectRow>(`SELECT ${PROJECT_COLUMNS} FROM projects p WHERE p.uid = ?`, uid) : undefined;
      if (!row) return null;
      const texts = new Map<number, string>();
      const mentions = await sql.all<{ document_id: number; start_offset: number; end_offset: number }>(
        'SELECT document_id, start_offset, end_offset FROM project_mentions WHERE project_id = ? ORDER BY id', row.id,
      );
      const evidence: SourceSentence[] = [];
      for (const m of mentions) {
        let text = texts.get(m.document_id);
        if (text === undefined) {
          text = (await sql.get<{ text: string }>('SELECT text FROM documents WHERE id = ?', m.document_id))!.text;
          texts.set(m.document_id, text);
        }
        evidence.push({ documentId: m.document_id, start: m.start_offset, end: m.end_offset, text: text.slice(m.start_offset, m.end_offset) });
      }
      const history = await projectHistory(sql, row.id);
      const locations = await sql.all<ProjectLocation>(
        `SELECT pl.uid AS id, pl.name, pl.kind, pl.country, pl.lat, pl.lon FROM project_places pp JOIN places pl ON pl.id = pp.place_id
         WHERE pp.project_id = ? GROUP BY pl.id ORDER BY MIN(pp.rowid)`, row.id,
      );
      return { ...(await summary(sql, row)), locations, evidence, ...history, curation: await listCuration(sql, row.uid) };
    });
  }

  listOrganizations(filter: { q?: string } = {}): Promise<OrganizationRow[]> {
    const q = foldCase(cleanText(filter.q));
    return this.db.read(async (sql) => {
      const rows = await sql.all<{ id: number; uid: string; name: string; country: string | null; projects: number; documents: number }>(
        `SELECT o.id, o.uid, o.name, o.country,
           (SELECT COUNT(DISTINCT po.project_id) FROM project_organizations po WHERE po.organization_id = o.id) AS projects,
           (SELECT COUNT(*) FROM document_organizations dl WHERE dl.organization_id = o.id) AS documents
         FROM organizations o
         ${q ? `WHERE EXISTS (SELECT 1 FROM organization_aliases a WHERE a.organization_id = o.id AND a.folded LIKE ? ESCAPE '\\')` : ''}
         ORDER BY lower(o.name), o.id`,
        ...(q ? [likeContains(q)] : []),
      );
      // parents come from every organisation's name, not only the ones the filter kept
      const parents = parentOrganizations(await sql.all<{ id: string; name: string }>('SELECT uid AS id, name FROM organizations ORDER BY id'));
      return mapInOrder(rows, async ({ id, uid, ...r }) => ({
        id: uid,
        ...r,
        aliases: (await sql.all<{ alias: string }>(
          'SELECT alias FROM organization_aliases WHERE organization_id = ? AND alias <> ? ORDER BY rowid', id, r.name,
        )).map((a) => a.alias),
        partOf: parents.get(uid) ?? null,
      }));
    });
  }

  listPeople(filter: { q?: string } = {}): Promise<PersonRow[]> {
    const q = foldCase(cleanText(filter.q));
    return this.db.read(async (sql) => {
      const rows = await sql.all<{ id: number; uid: string; name: string; documents: number }>(
        `SELECT pe.id, pe.uid, pe.name, (SELECT COUNT(*) FROM document_people dl WHERE dl.person_id = pe.id) AS documents
         FROM people pe
         ${q ? `WHERE EXISTS (SELECT 1 FROM person_aliases a WHERE a.person_id = pe.id AND a.folded LIKE ? ESCAPE '\\')` : ''}
         ORDER BY lower(pe.name), pe.id`,
        ...(q ? [likeContains(q)] : []),
      );
      return mapInOrder(rows, async (r) => ({
        id: r.uid,
        name: r.name,
        aliases: (await sql.all<{ alias: string }>(
          'SELECT alias FROM person_aliases WHERE person_id = ? AND alias <> ? ORDER BY rowid', r.id, r.name,
        )).map((a) => a.alias),
        titles: await sql.all<{ title: string | null; organization: string | null }>(
          `SELECT r.title, COALESCE(o.name, r.organization) AS organization
           FROM person_roles r LEFT JOIN organizations o ON o.id = r.organization_id
           WHERE r.person_id = ? GROUP BY r.title, COALESCE(o.name, r.organization) ORDER BY MIN(r.id)`, r.id,
        ),
        documents: r.documents,
      }));
    });
  }

  async listDocuments(): Promise<DocumentRow[]> {
    return (await this.db.read((sql) => sql.all<DocumentRowSql>(`${documentSelect()} ORDER BY d.id`))).map(documentRow);
  }

  registerSnapshot() {
    return this.db.read(async (sql) => ({ ...(await read.registerSnapshot(sql)), documents: (await sql.all<DocumentRowSql>(`${documentSelect()} ORDER BY d.id`)).map(documentRow) }));
  }

  async getDocument(id: number): Promise<DocumentDetail | null> {
    const row = await this.db.read((sql) => sql.get<DocumentRowSql & { text: string; extraction: string }>(
      `${documentSelect('d.text, d.extraction,')} WHERE d.id = ?`, toId(id),
    ));
    if (!row) return null;
    return { ...documentRow(row), text: row.text, extraction: JSON.parse(row.extraction) as Extraction };
  }

  async search(q: string, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchHit[]> {
    const text = cleanText(q);
    const n = cleanCount(limit) ?? DEFAULT_SEARCH_LIMIT;
    if (!text || n === 0) return [];
    const value = this.search_.query(text);
    const hits: (SearchHit & { rank: number })[] = await this.db.read((sql) => (value ? this.searchFts(sql, value, n) : searchLike(sql, text, n)));
    // One hit per record: the best-ranked one.
    const best = new Map<string, SearchHit & { rank: number }>();
    for (const h of hits) {
      const k = `${h.kind}:${h.id}`;
      const cur = best.get(k);
      if (!cur || h.rank < cur.rank) best.set(k, h);
    }
    return [...best.values()]
      .sort((a, b) => a.rank - b.rank || a.kind.localeCompare(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, n)
      .map(({ rank: _rank, ...hit }) => hit);
  }

  private async searchFts(sql: SqlDriver, value: string, n: number): Promise<(SearchHit & { rank: number })[]> {
    type Row = { id: number | string; name: string; snippet: string; rank: number };
    const tag = (kind: SearchHit['kind']) => (r: Row) => ({ kind, ...r, id: String(r.id) });
    const q = this.search_.hits;
    return [
      ...(await sql.all<Row>(q.project, value, n)).map(tag('project')),
      ...(await sql.all<Row>(q.mention, value, n)).map(tag('project')),
      ...(await sql.all<Row>(q.organization, value, n)).map(tag('organization')),
      ...(await sql.all<Row>(q.person, value, n)).map(tag('person')),
      ...(await sql.all<Row>(q.document, value, n)).map(tag('document')),
    ];
  }

  changeStamp(): ChangeStamp {
    return this.db.changeStamp();
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  // read models for the web app (read-queries.ts)
  registerPage(f: RegisterFilter) { return this.db.read((sql) => read.registerPage(sql, f)); }
  registerFacets(f: RegisterFilter) { return this.db.read((sql) => read.registerFacets(sql, f)); }
  overview() { return this.db.read((sql) => read.overview(sql)); }
  getOrganization(id: string) { return this.db.read((sql) => read.organizationDetail(sql, id)); }
  getPerson(id: string) { return this.db.read((sql) => read.personDetail(sql, id)); }
  graph(f: GraphFilter) { return this.db.read((sql) => read.graph(sql, f)); }
  mapPoints(f: MapFilter) { return this.db.read((sql) => read.mapPoints(sql, f)); }
  documentSpans(id: number) { return this.db.read((sql) => read.documentSpans(sql, toId(id))); }
  projectContext(id: string) { return this.db.read((sql) => read.projectContext(sql, id)); }
}

async function summary(sql: SqlDriver, r: ProjectRow): Promise<ProjectSummary> {
  const places = (await sql.all<{ name: string }>(
    `SELECT pl.name FROM project_places pp JOIN places pl ON pl.id = pp.place_id
     WHERE pp.project_id = ? GROUP BY pl.id, pl.name ORDER BY MIN(pp.rowid)`, r.id,
  )).map((p) => p.name);
  const links = await sql.all<{ organization_id: number; uid: string; name: string; role: Role; document_id: number; canon: string }>(
    `SELECT po.organization_id, o.uid, o.name, po.role, po.document_id, d.canon
     FROM project_organizations po JOIN organizations o ON o.id = po.organization_id JOIN documents d ON d.id = po.document_id
     WHERE po.project_id = ? ORDER BY d.canon, po.ordinal, po.statement_id`, r.id,
  );
  // statement_id breaks ties: a curated merge can give a project two statements of one document,
  // whose partners share positions; without it PostgreSQL's order there followed the query plan.
  const orgs = new Map(links.map((l) => [l.organization_id, { id: l.uid, name: l.name }]));
  const organizations = currentRoles(links.map((l) => ({ organizationId: l.organization_id, role: l.role, documentId: l.document_id, canon: l.canon })))
    .map((o) => ({ ...orgs.get(o.organizationId)!, role: o.role }));
  const documents = (await sql.all<DocumentRef>(
    `SELECT DISTINCT d.id, d.path, d.title, d.published, d.source, d.url, d.story, d.canon
     FROM project_statements s JOIN documents d ON d.id = s.document_id
     WHERE s.project_id = ? ORDER BY d.canon`, r.id,
  )).map(({ canon: _canon, ...d }: DocumentRef & { canon?: string }) => d);
  return {
    id: r.uid, name: r.name, type: r.type, sector: r.sector, status: r.status, country: r.country,
    places, organizations,
    capacity: JSON.parse(r.capacity) as Capacity[],
    amount: r.amount ? (JSON.parse(r.amount) as Amount) : null,
    documents,
    stories: new Set(documents.map((d) => d.story ?? String(d.id))).size,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
  };
}

/** Text without a letter or digit: substring over names only, all ranked alike. */
async function searchLike(sql: SqlDriver, text: string, n: number): Promise<(SearchHit & { rank: number })[]> {
  const like = likeContains(text);
  type Row = { id: number | string; name: string; snippet: string };
  const tag = (kind: SearchHit['kind']) => (r: Row) => ({ kind, ...r, id: String(r.id), rank: 0 });
  return [
    ...(await sql.all<Row>(
      `SELECT DISTINCT p.uid AS id, p.name, n.name AS snippet, p.id AS pid FROM project_names n JOIN projects p ON p.id = n.project_id
       WHERE n.name LIKE ? ESCAPE '\\' ORDER BY p.id LIMIT ?`, like, n,
    )).map(({ pid: _pid, ...r }: Row & { pid?: number }) => r).map(tag('project')),
    ...(await sql.all<Row>(
      `SELECT DISTINCT o.uid AS id, o.name, a.alias AS snippet, o.id AS oid FROM organization_aliases a JOIN organizations o ON o.id = a.organization_id
       WHERE a.alias LIKE ? ESCAPE '\\' ORDER BY o.id LIMIT ?`, like, n,
    )).map(({ oid: _oid, ...r }: Row & { oid?: number }) => r).map(tag('organization')),
    ...(await sql.all<Row>(
      `SELECT DISTINCT pe.uid AS id, pe.name, a.alias AS snippet, pe.id AS peid FROM person_aliases a JOIN people pe ON pe.id = a.person_id
       WHERE a.alias LIKE ? ESCAPE '\\' ORDER BY pe.id LIMIT ?`, like, n,
    )).map(({ peid: _peid, ...r }: Row & { peid?: number }) => r).map(tag('person')),
    ...(await sql.all<Row>(
      `SELECT d.id, COALESCE(d.title, d.path, d.input) AS name, d.title AS snippet FROM documents d
       WHERE d.title LIKE ? ESCAPE '\\' ORDER BY d.id LIMIT ?`, like, n,
    )).map(tag('document')),
  ];
}

const documentSelect = (extra = ''): string => `SELECT ${extra} d.id, d.path, d.title, d.published, d.source, d.url, d.input, d.kind, d.content_hash, d.added_at, d.story,
  (SELECT COUNT(*) FROM project_statements s WHERE s.document_id = d.id) AS projects
  FROM documents d`;

function documentRow(r: DocumentRowSql): DocumentRow {
  return {
    id: r.id, path: r.path, title: r.title, published: r.published, source: r.source, url: r.url, story: r.story,
    input: r.input, kind: r.kind, contentHash: r.content_hash, addedAt: r.added_at, projects: r.projects,
  };
}

/** An id from a caller: an integer, or -1 (matches nothing) for anything else. */
function toId(id: unknown): number {
  const n = typeof id === 'number' ? id : Number.NaN;
  return Number.isSafeInteger(n) ? n : -1;
}

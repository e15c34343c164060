// The embedded engine: one SQLite file (better-sqlite3), WAL so readers never wait for the
// writer, foreign keys enforced, and a busy timeout so a second process waits for the lock
// instead of failing at once.

import Database from 'better-sqlite3';
import type { Amount, Capacity, Extraction, Role, Status } from '../nlp/extraction.js';
import { foldCase } from '../resolve/normalize-name.js';
import { parentOrganizations } from '../resolve/organization-key.js';
import { currentRoles } from '../resolve/project-view.js';
import { migrateSqlite } from './migrations.js';
import type { GraphFilter, MapFilter, RegisterFilter } from './read-models.js';
import { cleanCount, cleanText, ftsQuery, likeContains, likePrefix } from './search-query.js';
import { addDocumentRows, isRegisterStale, markRegister } from './sqlite-add-document.js';
import { currentUid, listCuration, mergeOrganizations, mergeProjects, setProjectField, splitProject } from './sqlite-curation.js';
import { projectHistory } from './sqlite-project-history.js';
import { rebuildRegister } from './sqlite-rebuild.js';
import * as read from './sqlite-read-queries.js';
import { SqliteStatements, type SqlValue } from './sqlite-statements.js';
import type {
  AddOptions, AddResult, ChangeStamp, CurationAct, DocumentDetail, DocumentRef, DocumentRow, NewDocument, OrganizationRow, PersonRow, ProjectDetail,
  FeedState, ProjectFilter, ProjectLocation, ProjectSummary, RefreshResult, SearchHit, SourceSentence, Store,
} from './store.js';

const BUSY_TIMEOUT_MS = 5000;
const SNIPPET = [`'«'`, `'»'`, `'…'`, '12'].join(', ');
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

export function openSqliteStore(file: string): Store {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`); // first: switching to WAL itself may wait for a lock
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL'); // safe with WAL: a crash loses at most the last commit, never corrupts
  migrateSqlite(db);
  return new SqliteStore(db);
}

class SqliteStore implements Store {
  private readonly sql: SqliteStatements;

  constructor(private readonly db: Database.Database) {
    this.sql = new SqliteStatements(db);
  }

  async addDocument(doc: NewDocument, opts: AddOptions = {}): Promise<AddResult> {
    // IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout
    // instead of one failing when it upgrades a read lock.
    const r = this.db.transaction(() => addDocumentRows(this.sql, doc)).immediate();
    if (r.deferred && !opts.deferRebuild) await this.refresh();
    return { status: r.status, documentId: r.documentId };
  }

  async refresh(): Promise<RefreshResult> {
    return this.db.transaction((): RefreshResult => {
      if (!isRegisterStale(this.sql)) return { rebuilt: false, documents: 0 };
      return { rebuilt: true, ...rebuildRegister(this.sql) };
    }).immediate();
  }

  async reprocess(reextract: (doc: DocumentDetail) => Extraction, onProgress?: (done: number, total: number) => void): Promise<RefreshResult & { changed: number }> {
    const ids = this.sql.all<{ id: number }>('SELECT id FROM documents ORDER BY id').map((r) => r.id);
    // Extraction runs outside the write lock; the swap and the replay are one transaction.
    const updates: [number, string][] = [];
    for (const [i, id] of ids.entries()) {
      const doc = (await this.getDocument(id))!;
      const next = JSON.stringify(reextract(doc));
      if (next !== JSON.stringify(doc.extraction)) updates.push([id, next]);
      onProgress?.(i + 1, ids.length);
    }
    return this.db.transaction(() => {
      for (const [id, extraction] of updates) this.sql.run('UPDATE documents SET extraction = ? WHERE id = ?', extraction, id);
      markRegister(this.sql, true);
      return { rebuilt: true, changed: updates.length, ...rebuildRegister(this.sql) };
    }).immediate();
  }

  /** One write transaction; async, so a failure is a rejected promise like every store error. */
  private async write<T>(fn: () => T): Promise<T> {
    return this.db.transaction(fn).immediate();
  }

  mergeProjects(ids: string[], actor: string, note: string): Promise<string> {
    return this.write(() => mergeProjects(this.sql, ids.map(cleanText), actor, note));
  }

  splitProject(id: string, documentIds: number[] | null, actor: string, note: string): Promise<string[]> {
    return this.write(() => splitProject(this.sql, cleanText(id), documentIds, actor, note));
  }

  setProjectField(id: string, field: string, value: unknown, actor: string, note: string): Promise<string> {
    return this.write(() => setProjectField(this.sql, cleanText(id), field, value, actor, note));
  }

  mergeOrganizations(ids: string[], actor: string, note: string): Promise<string> {
    return this.write(() => mergeOrganizations(this.sql, ids.map(cleanText), actor, note));
  }

  async feedState(url: string): Promise<FeedState | null> {
    const r = this.sql.get<{ url: string; etag: string | null; last_modified: string | null; last_checked: string; last_status: string; items_seen: number; items_added: number }>(
      'SELECT url, etag, last_modified, last_checked, last_status, items_seen, items_added FROM feeds WHERE url = ?', url,
    );
    return r ? { url: r.url, etag: r.etag, lastModified: r.last_modified, lastChecked: r.last_checked, lastStatus: r.last_status, itemsSeen: r.items_seen, itemsAdded: r.items_added } : null;
  }

  async saveFeedState(s: FeedState): Promise<void> {
    await this.write(() => this.sql.run(
      `INSERT INTO feeds (url, etag, last_modified, last_checked, last_status, items_seen, items_added) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_checked = excluded.last_checked,
         last_status = excluded.last_status, items_seen = excluded.items_seen, items_added = excluded.items_added`,
      s.url, s.etag, s.lastModified, s.lastChecked, s.lastStatus, s.itemsSeen, s.itemsAdded,
    ));
  }

  async listCuration(target?: string): Promise<CurationAct[]> {
    return listCuration(this.sql, target ? cleanText(target) : undefined);
  }

  async hasDocument(contentHash: string): Promise<boolean> {
    return this.sql.get('SELECT 1 FROM documents WHERE content_hash = ?', cleanText(contentHash)) !== undefined;
  }

  async listProjects(filter: ProjectFilter = {}): Promise<ProjectSummary[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    const q = cleanText(filter.q);
    if (q) {
      const fts = ftsQuery(q);
      if (fts) {
        where.push(`p.id IN (
          SELECT rowid FROM project_fts WHERE project_fts MATCH ?
          UNION SELECT m.project_id FROM mention_fts JOIN project_mentions m ON m.id = mention_fts.rowid WHERE mention_fts MATCH ?)`);
        params.push(fts, fts);
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
    const rows = this.sql.all<ProjectRow>(
      `SELECT ${PROJECT_COLUMNS} FROM projects p
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY p.last_seen DESC NULLS LAST, p.id
       LIMIT ? OFFSET ?`,
      ...params, limit ?? Number.MAX_SAFE_INTEGER, offset,
    );
    return rows.map((r) => this.summary(r));
  }

  async getProject(id: string): Promise<ProjectDetail | null> {
    const uid = typeof id === 'string' ? currentUid(this.sql, 'projects', cleanText(id)) : null;
    const row = uid ? this.sql.get<ProjectRow>(`SELECT ${PROJECT_COLUMNS} FROM projects p WHERE p.uid = ?`, uid) : undefined;
    if (!row) return null;
    const texts = new Map<number, string>();
    const evidence: SourceSentence[] = this.sql
      .all<{ document_id: number; start_offset: number; end_offset: number }>(
        'SELECT document_id, start_offset, end_offset FROM project_mentions WHERE project_id = ? ORDER BY id', row.id,
      )
      .map((m) => {
        let text = texts.get(m.document_id);
        if (text === undefined) {
          text = this.sql.get<{ text: string }>('SELECT text FROM documents WHERE id = ?', m.document_id)!.text;
          texts.set(m.document_id, text);
        }
        return { documentId: m.document_id, start: m.start_offset, end: m.end_offset, text: text.slice(m.start_offset, m.end_offset) };
      });
    const history = projectHistory(this.sql, row.id);
    const locations = this.sql.all<ProjectLocation>(
      `SELECT pl.uid AS id, pl.name, pl.kind, pl.country, pl.lat, pl.lon FROM project_places pp JOIN places pl ON pl.id = pp.place_id
       WHERE pp.project_id = ? GROUP BY pl.id ORDER BY MIN(pp.rowid)`, row.id,
    );
    return { ...this.summary(row), locations, evidence, ...history, curation: listCuration(this.sql, row.uid) };
  }

  private summary(r: ProjectRow): ProjectSummary {
    const places = this.sql
      .all<{ name: string }>(
        `SELECT pl.name FROM project_places pp JOIN places pl ON pl.id = pp.place_id
         WHERE pp.project_id = ? GROUP BY pl.id, pl.name ORDER BY MIN(pp.rowid)`, r.id,
      )
      .map((p) => p.name);
    const links = this.sql.all<{ organization_id: number; uid: string; name: string; role: Role; document_id: number; canon: string }>(
      `SELECT po.organization_id, o.uid, o.name, po.role, po.document_id, d.canon
       FROM project_organizations po JOIN organizations o ON o.id = po.organization_id JOIN documents d ON d.id = po.document_id
       WHERE po.project_id = ? ORDER BY d.canon, po.ordinal`, r.id,
    );
    const orgs = new Map(links.map((l) => [l.organization_id, { id: l.uid, name: l.name }]));
    const organizations = currentRoles(links.map((l) => ({ organizationId: l.organization_id, role: l.role, documentId: l.document_id, canon: l.canon })))
      .map((o) => ({ ...orgs.get(o.organizationId)!, role: o.role }));
    const documents = this.sql.all<DocumentRef>(
      `SELECT DISTINCT d.id, d.path, d.title, d.published, d.source, d.url, d.story, d.canon
       FROM project_statements s JOIN documents d ON d.id = s.document_id
       WHERE s.project_id = ? ORDER BY d.canon`, r.id,
    ).map(({ canon: _canon, ...d }: DocumentRef & { canon?: string }) => d);
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

  async listOrganizations(filter: { q?: string } = {}): Promise<OrganizationRow[]> {
    const q = foldCase(cleanText(filter.q));
    const rows = this.sql.all<{ id: number; uid: string; name: string; country: string | null; projects: number; documents: number }>(
      `SELECT o.id, o.uid, o.name, o.country,
         (SELECT COUNT(DISTINCT po.project_id) FROM project_organizations po WHERE po.organization_id = o.id) AS projects,
         (SELECT COUNT(*) FROM document_organizations dl WHERE dl.organization_id = o.id) AS documents
       FROM organizations o
       ${q ? `WHERE EXISTS (SELECT 1 FROM organization_aliases a WHERE a.organization_id = o.id AND a.folded LIKE ? ESCAPE '\\')` : ''}
       ORDER BY lower(o.name), o.id`,
      ...(q ? [likeContains(q)] : []),
    );
    // parents come from every organisation's name, not only the ones the filter kept
    const parents = parentOrganizations(this.sql.all<{ id: string; name: string }>('SELECT uid AS id, name FROM organizations ORDER BY id'));
    return rows.map(({ id, uid, ...r }) => ({
      id: uid,
      ...r,
      aliases: this.sql.all<{ alias: string }>(
        'SELECT alias FROM organization_aliases WHERE organization_id = ? AND alias <> ? ORDER BY rowid', id, r.name,
      ).map((a) => a.alias),
      partOf: parents.get(uid) ?? null,
    }));
  }

  async listPeople(filter: { q?: string } = {}): Promise<PersonRow[]> {
    const q = foldCase(cleanText(filter.q));
    const rows = this.sql.all<{ id: number; uid: string; name: string; documents: number }>(
      `SELECT pe.id, pe.uid, pe.name, (SELECT COUNT(*) FROM document_people dl WHERE dl.person_id = pe.id) AS documents
       FROM people pe
       ${q ? `WHERE EXISTS (SELECT 1 FROM person_aliases a WHERE a.person_id = pe.id AND a.folded LIKE ? ESCAPE '\\')` : ''}
       ORDER BY lower(pe.name), pe.id`,
      ...(q ? [likeContains(q)] : []),
    );
    return rows.map((r) => ({
      id: r.uid,
      name: r.name,
      aliases: this.sql.all<{ alias: string }>(
        'SELECT alias FROM person_aliases WHERE person_id = ? AND alias <> ? ORDER BY rowid', r.id, r.name,
      ).map((a) => a.alias),
      titles: this.sql.all<{ title: string | null; organization: string | null }>(
        `SELECT r.title, COALESCE(o.name, r.organization) AS organization
         FROM person_roles r LEFT JOIN organizations o ON o.id = r.organization_id
         WHERE r.person_id = ? GROUP BY r.title, COALESCE(o.name, r.organization) ORDER BY MIN(r.id)`, r.id,
      ),
      documents: r.documents,
    }));
  }

  async listDocuments(): Promise<DocumentRow[]> {
    return this.sql.all<DocumentRowSql>(`${documentSelect()} ORDER BY d.id`).map(documentRow);
  }

  async getDocument(id: number): Promise<DocumentDetail | null> {
    const row = this.sql.get<DocumentRowSql & { text: string; extraction: string }>(
      `${documentSelect('d.text, d.extraction,')} WHERE d.id = ?`, toId(id),
    );
    if (!row) return null;
    return { ...documentRow(row), text: row.text, extraction: JSON.parse(row.extraction) as Extraction };
  }

  async search(q: string, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchHit[]> {
    const text = cleanText(q);
    const n = cleanCount(limit) ?? DEFAULT_SEARCH_LIMIT;
    if (!text || n === 0) return [];
    const fts = ftsQuery(text);
    const hits: (SearchHit & { rank: number })[] = fts ? this.searchFts(fts, n) : this.searchLike(text, n);
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

  private searchFts(fts: string, n: number): (SearchHit & { rank: number })[] {
    type Row = { id: number | string; name: string; snippet: string; rank: number };
    const tag = (kind: SearchHit['kind']) => (r: Row) => ({ kind, ...r, id: String(r.id) });
    return [
      ...this.sql.all<Row>(
        `SELECT p.uid AS id, p.name, snippet(project_fts, -1, ${SNIPPET}) AS snippet, project_fts.rank AS rank
         FROM project_fts JOIN projects p ON p.id = project_fts.rowid WHERE project_fts MATCH ? ORDER BY project_fts.rank LIMIT ?`, fts, n,
      ).map(tag('project')),
      ...this.sql.all<Row>(
        `SELECT p.uid AS id, p.name, snippet(mention_fts, 0, ${SNIPPET}) AS snippet, mention_fts.rank AS rank
         FROM mention_fts JOIN project_mentions m ON m.id = mention_fts.rowid JOIN projects p ON p.id = m.project_id
         WHERE mention_fts MATCH ? ORDER BY mention_fts.rank LIMIT ?`, fts, n,
      ).map(tag('project')),
      ...this.sql.all<Row>(
        `SELECT o.uid AS id, o.name, snippet(organization_fts, -1, ${SNIPPET}) AS snippet, organization_fts.rank AS rank
         FROM organization_fts JOIN organizations o ON o.id = organization_fts.rowid WHERE organization_fts MATCH ? ORDER BY organization_fts.rank LIMIT ?`, fts, n,
      ).map(tag('organization')),
      ...this.sql.all<Row>(
        `SELECT pe.uid AS id, pe.name, snippet(person_fts, -1, ${SNIPPET}) AS snippet, person_fts.rank AS rank
         FROM person_fts JOIN people pe ON pe.id = person_fts.rowid WHERE person_fts MATCH ? ORDER BY person_fts.rank LIMIT ?`, fts, n,
      ).map(tag('person')),
      ...this.sql.all<Row>(
        `SELECT d.id, COALESCE(d.title, d.path, d.input) AS name, snippet(document_fts, -1, ${SNIPPET}) AS snippet, document_fts.rank AS rank
         FROM document_fts JOIN documents d ON d.id = document_fts.rowid WHERE document_fts MATCH ? ORDER BY document_fts.rank LIMIT ?`, fts, n,
      ).map(tag('document')),
    ];
  }

  /** Text without a letter or digit: substring over names only, all ranked alike. */
  private searchLike(text: string, n: number): (SearchHit & { rank: number })[] {
    const like = likeContains(text);
    type Row = { id: number | string; name: string; snippet: string };
    const tag = (kind: SearchHit['kind']) => (r: Row) => ({ kind, ...r, id: String(r.id), rank: 0 });
    return [
      ...this.sql.all<Row>(
        `SELECT DISTINCT p.uid AS id, p.name, n.name AS snippet FROM project_names n JOIN projects p ON p.id = n.project_id
         WHERE n.name LIKE ? ESCAPE '\\' ORDER BY p.id LIMIT ?`, like, n,
      ).map(tag('project')),
      ...this.sql.all<Row>(
        `SELECT DISTINCT o.uid AS id, o.name, a.alias AS snippet FROM organization_aliases a JOIN organizations o ON o.id = a.organization_id
         WHERE a.alias LIKE ? ESCAPE '\\' ORDER BY o.id LIMIT ?`, like, n,
      ).map(tag('organization')),
      ...this.sql.all<Row>(
        `SELECT DISTINCT pe.uid AS id, pe.name, a.alias AS snippet FROM person_aliases a JOIN people pe ON pe.id = a.person_id
         WHERE a.alias LIKE ? ESCAPE '\\' ORDER BY pe.id LIMIT ?`, like, n,
      ).map(tag('person')),
      ...this.sql.all<Row>(
        `SELECT d.id, COALESCE(d.title, d.path, d.input) AS name, d.title AS snippet FROM documents d
         WHERE d.title LIKE ? ESCAPE '\\' ORDER BY d.id LIMIT ?`, like, n,
      ).map(tag('document')),
    ];
  }

  changeStamp(): ChangeStamp {
    // data_version moves only for other connections' commits; total_changes counts this one's.
    const other = this.sql.get<{ data_version: number }>('PRAGMA data_version')!.data_version;
    const own = this.sql.get<{ n: number }>('SELECT total_changes() AS n')!.n;
    return { own, other };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  // read models for the web app (sqlite-read-queries.ts)
  async registerPage(f: RegisterFilter) { return read.registerPage(this.db, f); }
  async registerFacets(f: RegisterFilter) { return read.registerFacets(this.db, f); }
  async overview() { return read.overview(this.db); }
  async getOrganization(id: string) { return read.organizationDetail(this.db, id); }
  async getPerson(id: string) { return read.personDetail(this.db, id); }
  async graph(f: GraphFilter) { return read.graph(this.db, f); }
  async mapPoints(f: MapFilter) { return read.mapPoints(this.db, f); }
  async documentSpans(id: number) { return read.documentSpans(this.db, toId(id)); }
  async projectContext(id: string) { return read.projectContext(this.db, id); }
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

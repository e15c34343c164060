// The web app's read models over the register (shapes in read-models.ts). Plain SQL both
// engines read, except the full-text clause (search-sql.ts); anything engine-specific (JSON
// functions, rowid) is left out and done in code over small result sets instead.

import type { Amount, Capacity, Extraction, Role, Status } from '../nlp/extraction.js';
import { STATUSES } from '../nlp/extraction.js';
import { foldCase } from '../resolve/normalize-name.js';
import type {
  DocumentBrief, DocumentSpan, EventRow, FacetCount, Graph, GraphEdge, GraphFilter, GraphNode, MapFilter, MapPoint,
  OrganizationDetail, Overview, PersonDetail, Precision, ProjectChange, ProjectContext, RegisterFacets, RegisterFilter,
  RegisterPage, RegisterRow, RegisterSort, SpanKind,
} from './read-models.js';
import { PRECISIONS } from './read-models.js';
import type { DialectName } from './migrations.js';
import { cleanCount, cleanText, likeContains, likePrefix } from './search-query.js';
import { SEARCH_SQL } from './search-sql.js';
import { placeholders, type SqlDriver, type SqlValue } from './sql-driver.js';
import { currentUid, listCuration } from './curation.js';
import { allProjectHistories } from './project-history-rows.js';
import { currentRoles } from '../resolve/project-view.js';
import { parentOrganizations } from '../resolve/organization-key.js';
import type { DocumentRef, OrganizationRow, PersonRow, ProjectDetail, ProjectLocation } from './store.js';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;
const ORGANIZATION_FACET_SIZE = 20;

// ---------------------------------------------------------------------------- register filters

type Clause = { sql: string; params: SqlValue[] };
type FacetName = keyof RegisterFacets;

/**
 * Each filter as data: which facet it narrows (so that facet's own counts ignore it) and the
 * clause it adds, or null when the filter is not set.
 */
const REGISTER_CLAUSES: { facet: FacetName | null; clause: (f: RegisterFilter, dialect: DialectName) => Clause | null }[] = [
  { facet: null, clause: (f, dialect) => textClause(cleanText(f.q), dialect) },
  { facet: 'country', clause: (f) => equals('p.country', cleanText(f.country).toUpperCase()) },
  {
    facet: 'sector',
    clause: (f) => {
      const sector = cleanText(f.sector).toLowerCase();
      return sector ? { sql: `(p.sector = ? OR p.sector LIKE ? ESCAPE '\\')`, params: [sector, likePrefix(`${sector}.`)] } : null;
    },
  },
  { facet: 'type', clause: (f) => equals('p.type', cleanText(f.type)) },
  { facet: 'status', clause: (f) => equals('p.status', cleanText(f.status)) },
  {
    facet: 'organization',
    clause: (f) => {
      const org = foldCase(cleanText(f.org));
      return org
        ? {
            sql: `EXISTS (SELECT 1 FROM project_organizations po JOIN organization_aliases a ON a.organization_id = po.organization_id
                  WHERE po.project_id = p.id AND a.folded LIKE ? ESCAPE '\\')`,
            params: [likeContains(org)],
          }
        : null;
    },
  },
  {
    facet: 'organization',
    clause: (f) => {
      const uid = cleanText(f.organizationId);
      return uid
        ? { sql: `EXISTS (SELECT 1 FROM project_organizations po JOIN organizations o ON o.id = po.organization_id
                  WHERE po.project_id = p.id AND o.uid = ?)`, params: [uid] }
        : null;
    },
  },
  {
    facet: null,
    clause: (f) => idClause('EXISTS (SELECT 1 FROM project_statements s WHERE s.project_id = p.id AND s.document_id = ?)', f.documentId),
  },
  {
    facet: 'year',
    clause: (f) => {
      const from = cleanText(f.reportedFrom);
      const to = cleanText(f.reportedTo);
      if (!from && !to) return null;
      // One source published inside the window, not one source after `from` and another before `to`.
      const bounds = [from ? 'd.published >= ?' : '', to ? 'd.published <= ?' : ''].filter(Boolean).join(' AND ');
      return {
        sql: `EXISTS (SELECT 1 FROM project_statements s JOIN documents d ON d.id = s.document_id WHERE s.project_id = p.id AND ${bounds})`,
        params: [from, to].filter(Boolean),
      };
    },
  },
];

function equals(column: string, value: string): Clause | null {
  return value ? { sql: `${column} = ?`, params: [value] } : null;
}

function idClause(sql: string, id: number | undefined): Clause | null {
  return typeof id === 'number' && Number.isSafeInteger(id) ? { sql, params: [id] } : null;
}

/** Full text as the register's own filter does it: FTS over records and source sentences, LIKE when there is no word. */
function textClause(q: string, dialect: DialectName): Clause | null {
  if (!q) return null;
  const search = SEARCH_SQL[dialect];
  const value = search.query(q);
  if (value) return { sql: search.projectMatches, params: [value, value] };
  return { sql: `EXISTS (SELECT 1 FROM project_names n WHERE n.project_id = p.id AND n.name LIKE ? ESCAPE '\\')`, params: [likeContains(q)] };
}

function whereOf(dialect: DialectName, f: RegisterFilter, skip: FacetName | null = null): Clause {
  const clauses = REGISTER_CLAUSES.filter((c) => skip === null || c.facet !== skip)
    .map((c) => c.clause(f, dialect))
    .filter((c): c is Clause => c !== null);
  return {
    sql: clauses.length ? `WHERE ${clauses.map((c) => c.sql).join(' AND ')}` : '',
    params: clauses.flatMap((c) => c.params),
  };
}

const STATUS_ORDER = `CASE p.status ${STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

const SORT_COLUMNS: Record<RegisterSort, string> = {
  reported: 'p.last_seen',
  first_reported: 'p.first_seen',
  name: 'lower(p.name)',
  type: 'p.type',
  sector: 'p.sector',
  status: STATUS_ORDER,
  country: 'p.country',
  sources: '(SELECT COUNT(*) FROM project_statements s WHERE s.project_id = p.id)',
};

// ---------------------------------------------------------------------------- register page

export async function registerPage(sql: SqlDriver, f: RegisterFilter): Promise<RegisterPage> {
  const where = whereOf(sql.dialect, f);
  const limit = Math.min(cleanCount(f.limit) ?? DEFAULT_PAGE, MAX_PAGE);
  const offset = cleanCount(f.offset) ?? 0;
  const column = SORT_COLUMNS[f.sort ?? 'reported'] ?? SORT_COLUMNS.reported;
  const dir = f.dir === 'asc' ? 'ASC' : 'DESC';
  const total = (await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM projects p ${where.sql}`, ...where.params))!.n;
  const rows = await sql.all<ProjectRow>(
    `SELECT p.id, p.uid, p.name, p.type, p.sector, p.status, p.country, p.capacity, p.amount, p.first_seen, p.last_seen
     FROM projects p ${where.sql}
     ORDER BY ${column} ${dir} NULLS LAST, p.id ${dir}
     LIMIT ? OFFSET ?`,
    ...where.params, limit, offset,
  );
  return { total, offset, limit, rows: await registerRows(sql, rows) };
}

interface ProjectRow {
  id: number; uid: string; name: string; type: string; sector: string; status: Status; country: string | null;
  capacity: string; amount: string | null; first_seen: string | null; last_seen: string | null;
}

/** Places, partners and source counts for a page of projects, three queries for the whole page. */
async function registerRows(sql: SqlDriver, rows: ProjectRow[]): Promise<RegisterRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const inList = placeholders(ids.length);
  const places = groupBy(
    await sql.all<{ project_id: number; name: string }>(
      `SELECT DISTINCT pp.project_id, pl.name FROM project_places pp JOIN places pl ON pl.id = pp.place_id
       WHERE pp.project_id IN (${inList}) ORDER BY pp.project_id, pl.name`, ...ids,
    ),
  );
  const partners = groupBy(
    await sql.all<{ project_id: number; name: string; role: Role }>(
      `SELECT po.project_id, o.name, po.role FROM project_organizations po JOIN organizations o ON o.id = po.organization_id
       WHERE po.project_id IN (${inList}) GROUP BY po.project_id, o.name, po.role ORDER BY po.project_id, MIN(po.ordinal), o.name`, ...ids,
    ),
  );
  const sources = new Map(
    (await sql.all<{ project_id: number; n: number }>(
      `SELECT project_id, COUNT(*) AS n FROM project_statements WHERE project_id IN (${inList}) GROUP BY project_id`, ...ids,
    )).map((r) => [r.project_id, r.n]),
  );
  return rows.map((r) => ({
    id: r.uid, name: r.name, type: r.type, sector: r.sector, status: r.status, country: r.country,
    places: (places.get(r.id) ?? []).map((p) => p.name),
    partners: (partners.get(r.id) ?? []).map((p) => ({ name: p.name, role: p.role })),
    capacity: JSON.parse(r.capacity) as Capacity[],
    amount: r.amount ? (JSON.parse(r.amount) as Amount) : null,
    sources: sources.get(r.id) ?? 0,
    firstReported: r.first_seen,
    lastReported: r.last_seen,
  }));
}

function groupBy<T extends { project_id: number }>(rows: T[]): Map<number, T[]> {
  return groupByKey(rows, (r) => r.project_id);
}

// ---------------------------------------------------------------------------- facets

/** The grouping each facet counts by. */
const FACET_QUERIES: Record<FacetName, (where: string) => string> = {
  country: (w) => `SELECT p.country AS value, COUNT(*) AS count FROM projects p ${w} GROUP BY p.country`,
  sector: (w) => `SELECT p.sector AS value, COUNT(*) AS count FROM projects p ${w} GROUP BY p.sector`,
  type: (w) => `SELECT p.type AS value, COUNT(*) AS count FROM projects p ${w} GROUP BY p.type`,
  status: (w) => `SELECT p.status AS value, COUNT(*) AS count FROM projects p ${w} GROUP BY p.status`,
  year: (w) => `SELECT substr(p.last_seen, 1, 4) AS value, COUNT(*) AS count FROM projects p ${w} GROUP BY substr(p.last_seen, 1, 4)`,
  // Counted per organisation id first and named after the cut: grouping by name over every
  // partner link was half the time of a first register page at 50,000 projects.
  organization: (w) => `SELECT o.name AS value, c.count FROM (
      SELECT po.organization_id, COUNT(DISTINCT po.project_id) AS count FROM project_organizations po
      WHERE po.project_id IN (SELECT p.id FROM projects p ${w})
      GROUP BY po.organization_id ORDER BY count DESC, po.organization_id LIMIT ${ORGANIZATION_FACET_SIZE}
    ) c JOIN organizations o ON o.id = c.organization_id ORDER BY c.count DESC, o.name`,
};

export async function registerFacets(sql: SqlDriver, f: RegisterFilter): Promise<RegisterFacets> {
  const out = {} as RegisterFacets;
  for (const [name, query] of Object.entries(FACET_QUERIES) as [FacetName, (w: string) => string][]) {
    const where = whereOf(sql.dialect, f, name);
    out[name] = (await sql
      .all<{ value: string | null; count: number }>(query(where.sql), ...where.params))
      .filter((r): r is FacetCount => r.value !== null && r.value !== '')
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return out;
}

// ---------------------------------------------------------------------------- overview

const CHANGES_SHOWN = 20;
const INGESTION_DAYS = 30;

export async function overview(sql: SqlDriver): Promise<Overview> {
  const count = async (table: string) => (await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n;
  const facets = await registerFacets(sql, {});
  const recent = await sql.all<DocumentBrief & { addedAt: string; projects: number }>(
    `SELECT d.id, d.path, d.title, d.published, d.source, d.url, d.added_at AS "addedAt",
       (SELECT COUNT(*) FROM project_statements s WHERE s.document_id = d.id) AS projects
     FROM documents d ORDER BY d.added_at DESC, d.id DESC LIMIT 10`,
  );
  return {
    totals: {
      projects: await count('projects'), organizations: await count('organizations'), people: await count('people'),
      documents: await count('documents'), events: await count('events'),
    },
    bySector: facets.sector,
    byStatus: facets.status,
    byCountry: facets.country,
    changes: await reportedChanges(sql),
    ingestion: (await sql
      .all<{ day: string; documents: number }>(
        `SELECT substr(added_at, 1, 10) AS day, COUNT(*) AS documents FROM documents
         GROUP BY substr(added_at, 1, 10) ORDER BY day DESC LIMIT ${INGESTION_DAYS}`,
      ))
      .reverse(),
    recentDocuments: recent,
  };
}

interface StatementRow {
  project_id: number; uid: string; project: string; document_id: number; published: string | null;
  status: Status; amount: string | null; capacity: string;
}

/** What each figure reads as, to compare one source's statement with the one before it. */
const CHANGE_FIELDS: { field: ProjectChange['field']; read: (s: StatementRow) => string | null }[] = [
  { field: 'status', read: (s) => (s.status === 'unknown' ? null : s.status) },
  { field: 'amount', read: (s) => amountText(s.amount) },
  { field: 'capacity', read: (s) => capacityText(s.capacity) },
];

function amountText(json: string | null): string | null {
  const a = json ? (JSON.parse(json) as Amount | null) : null;
  return a ? `${a.value} ${a.currency}` : null;
}

function capacityText(json: string): string | null {
  const list = JSON.parse(json) as Capacity[];
  return list.length ? list.map((c) => `${c.value} ${c.unit}`).join('; ') : null;
}

/** Projects reported by more than one source whose status or figures moved, latest first. */
async function reportedChanges(sql: SqlDriver): Promise<ProjectChange[]> {
  const rows = await sql.all<StatementRow>(
    `SELECT s.project_id, p.uid, p.name AS project, s.document_id, d.published, s.status, s.amount, s.capacity
     FROM project_statements s JOIN projects p ON p.id = s.project_id JOIN documents d ON d.id = s.document_id
     WHERE s.project_id IN (SELECT project_id FROM project_statements GROUP BY project_id HAVING COUNT(*) > 1)
     ORDER BY s.project_id, COALESCE(d.published, ''), d.content_hash`,
  );
  const changes: ProjectChange[] = [];
  for (const [, statements] of groupBy(rows)) {
    for (const { field, read } of CHANGE_FIELDS) {
      let last: string | null = null;
      for (const s of statements) {
        const value = read(s);
        if (value === null) continue;
        if (last !== null && value !== last) {
          changes.push({ projectId: s.uid, project: s.project, field, from: last, to: value, published: s.published, documentId: s.document_id });
        }
        last = value;
      }
    }
  }
  return changes
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.projectId.localeCompare(b.projectId))
    .slice(0, CHANGES_SHOWN);
}

// ---------------------------------------------------------------------------- organisations and people

const DOCUMENT_REF = 'd.id, d.path, d.title, d.published, d.source, d.url';

interface EventSql { document_id: number; type: string; date: string | null; participants: string; organizations: string; projects: string }

async function eventRows(sql: SqlDriver, documentIds: number[]): Promise<EventRow[]> {
  if (documentIds.length === 0) return [];
  return (await sql
    .all<EventSql>(
      `SELECT document_id, type, date, participants, organizations, projects FROM events
       WHERE document_id IN (${placeholders(documentIds.length)}) ORDER BY COALESCE(date, ''), id`, ...documentIds,
    ))
    .map((e) => ({
      documentId: e.document_id, type: e.type, date: e.date,
      participants: JSON.parse(e.participants) as string[],
      organizations: JSON.parse(e.organizations) as string[],
      projects: JSON.parse(e.projects) as string[],
    }));
}

/** Names compared the way aliases are stored: folded case. */
function namedIn(names: string[], aliases: string[]): boolean {
  const wanted = new Set(aliases.map(foldCase));
  return names.some((n) => wanted.has(foldCase(n)));
}

export async function organizationDetail(sql: SqlDriver, uid: string): Promise<OrganizationDetail | null> {
  const current = await currentUid(sql, 'organizations', cleanText(uid));
  const row = current ? (await sql.get<{ id: number; uid: string; name: string; country: string | null }>('SELECT id, uid, name, country FROM organizations WHERE uid = ?', current)) : undefined;
  if (!row) return null;
  const id = row.id;
  const org = { id: row.uid, name: row.name, country: row.country };
  const aliases = (await sql.all<{ alias: string }>('SELECT alias FROM organization_aliases WHERE organization_id = ? ORDER BY alias', id)).map((a) => a.alias);
  const links = await sql.all<{ id: string; name: string; status: Status; sector: string; country: string | null; role: Role; document_id: number; published: string | null }>(
    `SELECT p.uid AS id, p.name, p.status, p.sector, p.country, po.role, po.document_id, d.published
     FROM project_organizations po JOIN projects p ON p.id = po.project_id JOIN documents d ON d.id = po.document_id
     WHERE po.organization_id = ? ORDER BY COALESCE(d.published, ''), p.id`, id,
  );
  const projects = new Map<string, OrganizationDetail['projects'][number]>();
  for (const l of links) {
    const p = projects.get(l.id) ?? { id: l.id, name: l.name, status: l.status, sector: l.sector, country: l.country, roles: [] };
    p.roles.push({ role: l.role, documentId: l.document_id, published: l.published });
    projects.set(l.id, p);
  }
  const documents = await sql.all<DocumentBrief>(
    `SELECT ${DOCUMENT_REF} FROM document_organizations dl JOIN documents d ON d.id = dl.document_id
     WHERE dl.organization_id = ? ORDER BY COALESCE(d.published, ''), d.id`, id,
  );
  const names = [org.name, ...aliases];
  return {
    ...org,
    aliases: aliases.filter((a) => a !== org.name),
    projects: [...projects.values()],
    people: await sql.all<{ id: string; name: string; title: string | null; documentId: number; published: string | null }>(
      `SELECT pe.uid AS id, pe.name, r.title, r.document_id AS "documentId", d.published
       FROM person_roles r JOIN people pe ON pe.id = r.person_id JOIN documents d ON d.id = r.document_id
       WHERE r.organization_id = ? ORDER BY COALESCE(d.published, ''), pe.name`, id,
    ),
    meetings: (await eventRows(sql, documents.map((d) => d.id))).filter((e) => namedIn(e.organizations, names)),
    partners: await sql.all<{ id: string; name: string; projects: number }>(
      `SELECT o.uid AS id, o.name, COUNT(DISTINCT other.project_id) AS projects
       FROM project_organizations mine JOIN project_organizations other
         ON other.project_id = mine.project_id AND other.organization_id <> mine.organization_id
       JOIN organizations o ON o.id = other.organization_id
       WHERE mine.organization_id = ? GROUP BY o.uid, o.name ORDER BY projects DESC, o.name LIMIT 50`, id,
    ),
    documents,
  };
}

export async function personDetail(sql: SqlDriver, uid: string): Promise<PersonDetail | null> {
  const current = await currentUid(sql, 'people', cleanText(uid));
  const row = current ? (await sql.get<{ id: number; uid: string; name: string }>('SELECT id, uid, name FROM people WHERE uid = ?', current)) : undefined;
  if (!row) return null;
  const id = row.id;
  const person = { id: row.uid, name: row.name };
  const aliases = (await sql.all<{ alias: string }>('SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias', id)).map((a) => a.alias);
  const documents = await sql.all<DocumentBrief>(
    `SELECT ${DOCUMENT_REF} FROM document_people dl JOIN documents d ON d.id = dl.document_id
     WHERE dl.person_id = ? ORDER BY COALESCE(d.published, ''), d.id`, id,
  );
  const documentIds = documents.map((d) => d.id);
  return {
    ...person,
    aliases: aliases.filter((a) => a !== person.name),
    roles: await sql.all<PersonDetail['roles'][number]>(
      `SELECT r.title, COALESCE(o.name, r.organization) AS organization, o.uid AS "organizationId",
         r.document_id AS "documentId", d.published
       FROM person_roles r LEFT JOIN organizations o ON o.id = r.organization_id JOIN documents d ON d.id = r.document_id
       WHERE r.person_id = ? ORDER BY COALESCE(d.published, ''), r.id`, id,
    ),
    meetings: (await eventRows(sql, documentIds)).filter((e) => namedIn(e.participants, [person.name, ...aliases])),
    projects: documentIds.length === 0 ? [] : (await sql.all<PersonDetail['projects'][number]>(
      `SELECT p.uid AS id, p.name, p.status, p.sector, p.country FROM project_statements s JOIN projects p ON p.id = s.project_id
       WHERE s.document_id IN (${placeholders(documentIds.length)}) GROUP BY p.id ORDER BY p.name, p.id`, ...documentIds,
    )),
    documents,
  };
}

// ---------------------------------------------------------------------------- graph

const GRAPH_DEFAULT_PROJECTS = 150;
const GRAPH_MAX_PROJECTS = 1000;

/** Projects (filtered by sector, country and report date), their partners, and the people who hold titles at those partners. */
export async function graph(sql: SqlDriver, f: GraphFilter): Promise<Graph> {
  const limit = Math.min(cleanCount(f.limit) ?? GRAPH_DEFAULT_PROJECTS, GRAPH_MAX_PROJECTS);
  const where = whereOf(sql.dialect, { sector: f.sector, country: f.country, reportedFrom: f.from, reportedTo: f.to });
  const projects = await sql.all<{ id: number; uid: string; name: string; sector: string }>(
    `SELECT p.id, p.uid, p.name, p.sector FROM projects p ${where.sql} ORDER BY p.last_seen DESC NULLS LAST, p.id LIMIT ?`,
    ...where.params, limit + 1,
  );
  const truncated = projects.length > limit;
  const shown = projects.slice(0, limit);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const node = (kind: GraphNode['kind'], id: string, label: string, sector: string | null = null) => {
    if (!nodes.has(id)) nodes.set(id, { id, kind, label, sector });
    return id;
  };
  const edge = (source: string, target: string, label: string) => {
    const key = `${source}>${target}`;
    const existing = edges.get(key);
    if (!existing) edges.set(key, { source, target, label });
    else if (!existing.label.split(', ').includes(label)) existing.label += `, ${label}`;
  };
  for (const p of shown) node('project', p.uid, p.name, p.sector);
  if (shown.length === 0) return { nodes: [], edges: [], truncated };
  const ids = shown.map((p) => p.id);
  const links = await sql.all<{ project: string; organization_id: number; organization: string; name: string; role: Role }>(
    `SELECT DISTINCT p.uid AS project, o.id AS organization_id, o.uid AS organization, o.name, po.role
     FROM project_organizations po JOIN organizations o ON o.id = po.organization_id JOIN projects p ON p.id = po.project_id
     WHERE po.project_id IN (${placeholders(ids.length)}) ORDER BY p.uid, o.uid`, ...ids,
  );
  for (const l of links) edge(node('organization', l.organization, l.name), l.project, l.role);
  const orgIds = [...new Set(links.map((l) => l.organization_id))];
  if (orgIds.length > 0) {
    const people = await sql.all<{ person: string; name: string; organization: string; title: string | null }>(
      `SELECT DISTINCT pe.uid AS person, pe.name, o.uid AS organization, r.title
       FROM person_roles r JOIN people pe ON pe.id = r.person_id JOIN organizations o ON o.id = r.organization_id
       WHERE r.organization_id IN (${placeholders(orgIds.length)}) ORDER BY pe.uid`, ...orgIds,
    );
    for (const r of people) edge(node('person', r.person, r.name), r.organization, r.title ?? 'named with');
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

// ---------------------------------------------------------------------------- map

const MAP_DEFAULT_POINTS = 5000;
const MAP_MAX_POINTS = 50000;
/** Lower is more exact; a project's pin uses its most exact place with coordinates. */
const PRECISION_RANK: Record<Precision, number> = Object.fromEntries(PRECISIONS.map((p, i) => [p, i])) as Record<Precision, number>;

export async function mapPoints(sql: SqlDriver, f: MapFilter): Promise<MapPoint[]> {
  const limit = Math.min(cleanCount(f.limit) ?? MAP_DEFAULT_POINTS, MAP_MAX_POINTS);
  return await placedProjects(sql, whereOf(sql.dialect, { sector: f.sector, country: f.country }), limit);
}

/** The latest `limit` projects under the filter, each at its most exact place with coordinates. */
async function placedProjects(sql: SqlDriver, where: Clause, limit: number): Promise<MapPoint[]> {
  // The projects are chosen first, so a large register never joins every project to its places.
  const chosen = `p.id IN (SELECT p.id FROM projects p ${where.sql} ORDER BY p.last_seen DESC NULLS LAST, p.id LIMIT ?)`;
  type Row = { id: string; name: string; sector: string; status: Status; country: string | null; place: string; kind: Precision; lat: number; lon: number };
  // Places the project names, then its host country as the least exact fallback.
  const rows = [
    ...await sql.all<Row>(
      `SELECT p.uid AS id, p.name, p.sector, p.status, p.country, pl.name AS place, pl.kind, pl.lat, pl.lon
       FROM projects p JOIN project_places pp ON pp.project_id = p.id JOIN places pl ON pl.id = pp.place_id
       WHERE ${chosen} AND pl.lat IS NOT NULL AND pl.lon IS NOT NULL AND pl.kind IS NOT NULL`, ...where.params, limit,
    ),
    ...await sql.all<Row>(
      `SELECT p.uid AS id, p.name, p.sector, p.status, p.country, pl.name AS place, pl.kind, pl.lat, pl.lon
       FROM projects p JOIN places pl ON pl.kind = 'country' AND pl.country = p.country
       WHERE ${chosen} AND pl.lat IS NOT NULL AND pl.lon IS NOT NULL`, ...where.params, limit,
    ),
  ];
  const best = new Map<string, Row>();
  for (const r of rows) {
    const current = best.get(r.id);
    if (!current || PRECISION_RANK[r.kind] < PRECISION_RANK[current.kind]) best.set(r.id, r);
  }
  return [...best.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ kind, ...r }) => ({ ...r, precision: kind }));
}

export async function projectContext(sql: SqlDriver, uid: string): Promise<ProjectContext | null> {
  const current = await currentUid(sql, 'projects', cleanText(uid));
  const project = current ? (await sql.get<{ id: number }>('SELECT id FROM projects WHERE uid = ?', current)) : undefined;
  if (!project) return null;
  const partners = await sql.all<ProjectContext['partners'][number]>(
    `SELECT o.uid AS id, o.name, po.role, po.document_id AS "documentId", d.published
     FROM project_organizations po JOIN organizations o ON o.id = po.organization_id JOIN documents d ON d.id = po.document_id
     WHERE po.project_id = ? ORDER BY COALESCE(d.published, ''), po.ordinal`, project.id,
  );
  const [pin] = await placedProjects(sql, { sql: 'WHERE p.id = ?', params: [project.id] }, 1);
  return { partners, pin: pin ?? null };
}

// ---------------------------------------------------------------------------- document spans

/** Which extraction list holds each kind of span, and where its records' names are kept. */
const NAMED_KINDS: { kind: SpanKind; list: 'organizations' | 'people' | 'places'; names: string }[] = [
  {
    kind: 'organization', list: 'organizations',
    names: `SELECT a.alias AS name, o.uid AS id FROM document_organizations dl JOIN organizations o ON o.id = dl.organization_id
            JOIN organization_aliases a ON a.organization_id = dl.organization_id WHERE dl.document_id = ?`,
  },
  {
    kind: 'person', list: 'people',
    names: `SELECT a.alias AS name, pe.uid AS id FROM document_people dl JOIN people pe ON pe.id = dl.person_id
            JOIN person_aliases a ON a.person_id = dl.person_id WHERE dl.document_id = ?`,
  },
  {
    kind: 'place', list: 'places',
    names: `SELECT a.alias AS name, pl.uid AS id FROM document_places dl JOIN places pl ON pl.id = dl.place_id
            JOIN place_aliases a ON a.place_id = dl.place_id WHERE dl.document_id = ?`,
  },
];

/** Every span the extraction found in a document, each with the record it was resolved to. */
export async function documentSpans(sql: SqlDriver, id: number): Promise<DocumentSpan[] | null> {
  const doc = await sql.get<{ extraction: string }>('SELECT extraction FROM documents WHERE id = ?', id);
  if (!doc) return null;
  const extraction = JSON.parse(doc.extraction) as Extraction;
  const spans: DocumentSpan[] = [];
  for (const { kind, list, names } of NAMED_KINDS) {
    const byName = new Map((await sql.all<{ name: string; id: string }>(names, id)).map((r) => [foldCase(r.name), r.id]));
    for (const entity of extraction[list]) {
      const recordId = [entity.name, ...(entity.aliases ?? [])].map((n) => byName.get(foldCase(n))).find((v) => v !== undefined) ?? null;
      for (const e of entity.evidence ?? []) spans.push({ kind, start: e.start, end: e.end, label: entity.name, recordId });
    }
  }
  for (const m of (await sql.all<{ uid: string; start_offset: number; end_offset: number; name: string }>(
    `SELECT p.uid, m.start_offset, m.end_offset, m.name FROM project_mentions m JOIN projects p ON p.id = m.project_id
     WHERE m.document_id = ? ORDER BY m.start_offset`, id,
  ))) {
    spans.push({ kind: 'project', start: m.start_offset, end: m.end_offset, label: m.name, recordId: m.uid });
  }
  for (const e of extraction.events) {
    for (const ev of e.evidence) spans.push({ kind: 'event', start: ev.start, end: ev.end, label: e.type, recordId: null });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

// ---------------------------------------------------------------------------- the whole register

/**
 * Every project in full (as `getProject` gives each), every organisation and person (as the
 * unfiltered lists give them) and every document, read in one snapshot with a fixed number of
 * queries. An export used to ask for each project on its own: about ten statements per project,
 * each a round trip on PostgreSQL. The row orders inside each query are those of the
 * one-record queries in sql-store.ts, led by the record's id, so each list comes out the same;
 * test/store/register-snapshot.test.ts compares the two on both engines.
 */
export async function registerSnapshot(sql: SqlDriver): Promise<RegisterSnapshot> {
  const projects = await sql.all<ProjectRow>(
    `SELECT p.id, p.uid, p.name, p.type, p.sector, p.status, p.country, p.capacity, p.amount, p.first_seen, p.last_seen
     FROM projects p ORDER BY p.last_seen DESC NULLS LAST, p.id`,
  );
  const places = groupBy(await sql.all<{ project_id: number; name: string }>(
    `SELECT pp.project_id, pl.name FROM project_places pp JOIN places pl ON pl.id = pp.place_id
     GROUP BY pp.project_id, pl.id, pl.name ORDER BY pp.project_id, MIN(pp.rowid)`,
  ));
  const links = groupBy(await sql.all<{ project_id: number; organization_id: number; uid: string; name: string; role: Role; document_id: number; canon: string }>(
    `SELECT po.project_id, po.organization_id, o.uid, o.name, po.role, po.document_id, d.canon
     FROM project_organizations po JOIN organizations o ON o.id = po.organization_id JOIN documents d ON d.id = po.document_id
     ORDER BY po.project_id, d.canon, po.ordinal, po.statement_id`,
  ));
  const sources = groupBy(await sql.all<DocumentRef & { project_id: number; canon: string }>(
    `SELECT DISTINCT s.project_id, d.id, d.path, d.title, d.published, d.source, d.url, d.story, d.canon
     FROM project_statements s JOIN documents d ON d.id = s.document_id ORDER BY s.project_id, d.canon`,
  ));
  const mentions = groupBy(await sql.all<{ project_id: number; document_id: number; start_offset: number; end_offset: number }>(
    'SELECT project_id, document_id, start_offset, end_offset FROM project_mentions ORDER BY project_id, id',
  ));
  const texts = new Map((await sql.all<{ id: number; text: string }>(
    'SELECT d.id, d.text FROM documents d WHERE d.id IN (SELECT m.document_id FROM project_mentions m)',
  )).map((d) => [d.id, d.text]));
  const locations = groupBy(await sql.all<ProjectLocation & { project_id: number }>(
    `SELECT pp.project_id, pl.uid AS id, pl.name, pl.kind, pl.country, pl.lat, pl.lon FROM project_places pp JOIN places pl ON pl.id = pp.place_id
     GROUP BY pp.project_id, pl.id ORDER BY pp.project_id, MIN(pp.rowid)`,
  ));
  const histories = await allProjectHistories(sql);
  const curation = await listCuration(sql);

  const details = projects.map((r): ProjectDetail => {
    const own = links.get(r.id) ?? [];
    const orgs = new Map(own.map((l) => [l.organization_id, { id: l.uid, name: l.name }]));
    const organizations = currentRoles(own.map((l) => ({ organizationId: l.organization_id, role: l.role, documentId: l.document_id, canon: l.canon })))
      .map((o) => ({ ...orgs.get(o.organizationId)!, role: o.role }));
    const documents = (sources.get(r.id) ?? []).map(({ project_id: _p, canon: _c, ...d }): DocumentRef => d);
    const evidence = (mentions.get(r.id) ?? []).map((m) => ({
      documentId: m.document_id, start: m.start_offset, end: m.end_offset, text: texts.get(m.document_id)!.slice(m.start_offset, m.end_offset),
    }));
    const history = histories.get(r.id) ?? { history: [], statusHistory: [], conflicts: [] };
    return {
      id: r.uid, name: r.name, type: r.type, sector: r.sector, status: r.status, country: r.country,
      places: (places.get(r.id) ?? []).map((p) => p.name),
      organizations,
      capacity: JSON.parse(r.capacity) as Capacity[],
      amount: r.amount ? (JSON.parse(r.amount) as Amount) : null,
      documents,
      stories: new Set(documents.map((d) => d.story ?? String(d.id))).size,
      firstSeen: r.first_seen,
      lastSeen: r.last_seen,
      locations: (locations.get(r.id) ?? []).map(({ project_id: _p, ...l }) => l),
      evidence,
      ...history,
      curation: curation.filter((a) => a.targets.includes(r.uid)),
    };
  });
  return { projects: details, organizations: await allOrganizations(sql), people: await allPeople(sql) };
}

export interface RegisterSnapshot { projects: ProjectDetail[]; organizations: OrganizationRow[]; people: PersonRow[] }

/** Every organisation, in the order and shape of the unfiltered `listOrganizations`. */
async function allOrganizations(sql: SqlDriver): Promise<OrganizationRow[]> {
  const rows = await sql.all<{ id: number; uid: string; name: string; country: string | null; projects: number; documents: number }>(
    `SELECT o.id, o.uid, o.name, o.country,
       (SELECT COUNT(DISTINCT po.project_id) FROM project_organizations po WHERE po.organization_id = o.id) AS projects,
       (SELECT COUNT(*) FROM document_organizations dl WHERE dl.organization_id = o.id) AS documents
     FROM organizations o ORDER BY lower(o.name), o.id`,
  );
  const parents = parentOrganizations(await sql.all<{ id: string; name: string }>('SELECT uid AS id, name FROM organizations ORDER BY id'));
  const aliases = groupByKey(await sql.all<{ organization_id: number; alias: string }>(
    `SELECT a.organization_id, a.alias FROM organization_aliases a JOIN organizations o ON o.id = a.organization_id
     WHERE a.alias <> o.name ORDER BY a.organization_id, a.rowid`,
  ), (a) => a.organization_id);
  return rows.map(({ id, uid, ...r }) => ({ id: uid, ...r, aliases: (aliases.get(id) ?? []).map((a) => a.alias), partOf: parents.get(uid) ?? null }));
}

/** Every person, in the order and shape of the unfiltered `listPeople`. */
async function allPeople(sql: SqlDriver): Promise<PersonRow[]> {
  const rows = await sql.all<{ id: number; uid: string; name: string; documents: number }>(
    `SELECT pe.id, pe.uid, pe.name, (SELECT COUNT(*) FROM document_people dl WHERE dl.person_id = pe.id) AS documents
     FROM people pe ORDER BY lower(pe.name), pe.id`,
  );
  const aliases = groupByKey(await sql.all<{ person_id: number; alias: string }>(
    `SELECT a.person_id, a.alias FROM person_aliases a JOIN people pe ON pe.id = a.person_id
     WHERE a.alias <> pe.name ORDER BY a.person_id, a.rowid`,
  ), (a) => a.person_id);
  const titles = groupByKey(await sql.all<{ person_id: number; title: string | null; organization: string | null }>(
    `SELECT r.person_id, r.title, COALESCE(o.name, r.organization) AS organization
     FROM person_roles r LEFT JOIN organizations o ON o.id = r.organization_id
     GROUP BY r.person_id, r.title, COALESCE(o.name, r.organization) ORDER BY r.person_id, MIN(r.id)`,
  ), (t) => t.person_id);
  return rows.map((r) => ({
    id: r.uid,
    name: r.name,
    aliases: (aliases.get(r.id) ?? []).map((a) => a.alias),
    titles: (titles.get(r.id) ?? []).map((t) => ({ title: t.title, organization: t.organization })),
    documents: r.documents,
  }));
}

function groupByKey<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

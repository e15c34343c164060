// The store's contract: every reader of the register (CLI, API, web) goes through it.
// One interface, engines behind it (SQLite now; PostgreSQL in team mode), so callers
// never write SQL. Methods are async so a networked engine fits the same shape.

import type { Extraction, Amount, Capacity, Role, Status } from '../nlp/extraction.js';
import type { DocumentMeta } from '../ingest/document.js';
import type { Conflict, HistoryEntry, StatusChange } from '../resolve/project-history.js';

export type { Conflict, HistoryEntry, StatusChange };

/** A curation act that cannot be done: a record that does not exist, or a bad request. */
export class CurationError extends Error {
  constructor(message: string, readonly reason: 'not-found' | 'invalid' = 'invalid') {
    super(message);
  }
}

/** One audited curation act: who did what to which records, when and why. */
export interface CurationAct {
  id: number;
  at: string;
  actor: string;
  action: 'merge' | 'split' | 'set';
  kind: 'project' | 'organization';
  /** Public ids of the records acted on, as they were then. */
  targets: string[];
  field: string | null;
  value: unknown;
  note: string;
}
import type {
  DocumentSpan, Graph, GraphFilter, MapFilter, MapPoint, OrganizationDetail, Overview, PersonDetail, ProjectContext,
  RegisterFacets, RegisterFilter, RegisterPage,
} from './read-models.js';

export interface NewDocument {
  input: string;          // as the user gave it
  path: string | null;
  kind: string;
  text: string;
  meta: DocumentMeta;
  contentHash: string;    // sha256 of the normalised text, hex
  extraction: Extraction;
  /** SimHash of `text` (16 hex digits) when the caller computed it already, on an extraction thread. */
  simhash?: string;
}

/**
 * An extraction as `JSON.stringify` gives it, with the parts the store reads without parsing it.
 * An extraction thread sends this instead of the object: a structured clone of the object cost
 * the one writer more to receive than a string, and the writer only stores it as JSON anyway.
 */
export interface SerializedExtraction {
  json: string;
  /** The extraction's `text` and `document`, as in the JSON. */
  text?: string;
  document?: Extraction['document'];
}

/** A document to store whose extraction may come serialised already (from an extraction thread). */
export type StorableDocument = Omit<NewDocument, 'extraction'> & { extraction: Extraction | SerializedExtraction };

export function isSerializedExtraction(e: Extraction | SerializedExtraction): e is SerializedExtraction {
  return typeof (e as SerializedExtraction).json === 'string';
}

export interface AddResult { status: 'new' | 'present'; documentId: number }

/** One document of `addDocuments`: stored (or found stored), or left out with the reason. */
export type BatchAddResult = AddResult | { status: 'failed'; reason: string };

export interface AddOptions {
  /**
   * A document that sorts before stored ones (an older article) makes the register replay.
   * With `deferRebuild` the replay waits for `refresh()`, so a batch replays once at its end.
   */
  deferRebuild?: boolean;
}

export interface RefreshResult {
  rebuilt: boolean;
  /** Documents a replay resolved into the register. */
  documents: number;
  /** Stored documents a replay could not resolve: left out of the register, tried again at every replay. */
  failed?: ReplayFailure[];
}

export interface ReplayFailure { documentId: number; reason: string }

/** What `corridor watch` remembers of a feed between polls. */
export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  lastChecked: string;
  /** "200", "304" or the failure's reason. */
  lastStatus: string;
  itemsSeen: number;
  itemsAdded: number;
}

export interface ProjectFilter {
  q?: string;         // full-text over names, places, organisations and source sentences
  country?: string;   // ISO 3166-1 alpha-2
  sector?: string;    // matches the whole sector or its top level ("energy" matches "energy.power")
  status?: Status;
  org?: string;       // organisation name or alias, case-insensitive, substring
  limit?: number;
  offset?: number;
}

export interface DocumentRef {
  id: number; path: string | null; title: string | null; published: string | null; source: string | null; url: string | null;
  /** The content hash of the first document of the story this one repeats (itself when original). */
  story: string | null;
}

export interface ProjectSummary {
  /** Public id ("prj-…"): the same for the same corpus whatever order it was ingested in. */
  id: string;
  name: string;
  type: string;
  sector: string;
  status: Status;
  country: string | null;
  places: string[];
  /** Partners with the role the latest source gives them; `id` is the organisation's public id. */
  organizations: { id: string; name: string; role: Role }[];
  capacity: Capacity[];
  amount: Amount | null;
  documents: DocumentRef[];
  /** Distinct stories among the documents: near-duplicate republications count once. */
  stories: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface SourceSentence {
  documentId: number;
  start: number;
  end: number;
  text: string; // the evidence span's text
}

/** A place of a project with what the gazetteer knows of it; `kind` is the location's precision. */
export interface ProjectLocation {
  id: string; name: string; kind: 'country' | 'region' | 'city' | 'site' | null; country: string | null; lat: number | null; lon: number | null;
}

export interface ProjectDetail extends ProjectSummary {
  locations: ProjectLocation[];
  evidence: SourceSentence[];
  /** Every statement a source made, oldest first. */
  history: HistoryEntry[];
  /** The status over time: each change, with the document that first reported it. */
  statusHistory: StatusChange[];
  /** Figures sources disagree on, each value with its documents. */
  conflicts: Conflict[];
  /** Curation acts on this project (merges, splits, values set by hand). */
  curation: CurationAct[];
}

export interface OrganizationRow {
  id: string; name: string; aliases: string[]; country: string | null; projects: number; documents: number;
  /** The organisation this one is part of (a subsidiary named after its parent), by public id. */
  partOf: string | null;
}
export interface PersonRow { id: string; name: string; aliases: string[]; titles: { title: string | null; organization: string | null }[]; documents: number }
export interface DocumentRow extends DocumentRef { input: string; kind: string; contentHash: string; addedAt: string; projects: number }
export interface DocumentDetail extends DocumentRow { text: string; extraction: Extraction }

export interface SearchHit { kind: 'project' | 'organization' | 'person' | 'document'; id: string; name: string; snippet: string }

export interface ChangeStamp { own: number; other: number }

export interface Store {
  /** Adds one document and everything extracted from it in one transaction; a document whose content hash is already stored adds nothing. */
  addDocument(doc: StorableDocument, opts?: AddOptions): Promise<AddResult>;
  /**
   * Adds several documents in one transaction, each as `addDocument` would (results in the same
   * order). A document that fails is rolled back alone and reported; the others are stored. One
   * commit for many documents is what makes bulk ingest fast; a crash loses the batch, never half
   * of a document. Throws only when the transaction itself fails (nothing of it is stored then).
   */
  addDocuments(docs: readonly StorableDocument[], opts?: AddOptions): Promise<BatchAddResult[]>;
  /** Replays the register if a deferred add (or an older database) left it stale. */
  refresh(): Promise<RefreshResult>;
  /** Re-extracts every document with `reextract` and replays the register, keeping curation. */
  reprocess(reextract: (doc: DocumentDetail) => Extraction, onProgress?: (done: number, total: number) => void): Promise<RefreshResult & { changed: number }>;
  hasDocument(contentHash: string): Promise<boolean>;
  listProjects(filter?: ProjectFilter): Promise<ProjectSummary[]>;
  /** By public id; an id retired by a merge leads to the record that took it over. */
  getProject(id: string): Promise<ProjectDetail | null>;
  mergeProjects(ids: string[], actor: string, note: string): Promise<string>;
  splitProject(id: string, documentIds: number[] | null, actor: string, note: string): Promise<string[]>;
  setProjectField(id: string, field: string, value: unknown, actor: string, note: string): Promise<string>;
  mergeOrganizations(ids: string[], actor: string, note: string): Promise<string>;
  listCuration(target?: string): Promise<CurationAct[]>;
  feedState(url: string): Promise<FeedState | null>;
  saveFeedState(state: FeedState): Promise<void>;
  listOrganizations(filter?: { q?: string }): Promise<OrganizationRow[]>;
  listPeople(filter?: { q?: string }): Promise<PersonRow[]>;
  listDocuments(): Promise<DocumentRow[]>;
  /**
   * Every project as `getProject` gives it, with every organisation, person and document as the
   * unfiltered lists give them, read over one consistent view in a fixed number of queries
   * (an export; asking for each project on its own is a round trip per statement on PostgreSQL).
   */
  registerSnapshot(): Promise<{ projects: ProjectDetail[]; organizations: OrganizationRow[]; people: PersonRow[]; documents: DocumentRow[] }>;
  getDocument(id: number): Promise<DocumentDetail | null>;
  search(q: string, limit?: number): Promise<SearchHit[]>;
  /**
   * Moves whenever the stored data may have changed: `own` with every write through this store,
   * `other` with every commit by another connection or process. Cheap (two cached statements),
   * so a cache of read answers can check it on every request.
   */
  changeStamp(): ChangeStamp;
  close(): Promise<void>;

  // read models for the web app (shapes in read-models.ts)
  registerPage(filter: RegisterFilter): Promise<RegisterPage>;
  registerFacets(filter: RegisterFilter): Promise<RegisterFacets>;
  overview(): Promise<Overview>;
  getOrganization(id: string): Promise<OrganizationDetail | null>;
  getPerson(id: string): Promise<PersonDetail | null>;
  graph(filter: GraphFilter): Promise<Graph>;
  mapPoints(filter: MapFilter): Promise<MapPoint[]>;
  documentSpans(id: number): Promise<DocumentSpan[] | null>;
  projectContext(id: string): Promise<ProjectContext | null>;
}

// The store's contract: every reader of the register (CLI, API, web) goes through it.
// One interface, engines behind it (SQLite now; PostgreSQL in team mode), so callers
// never write SQL. Methods are async so a networked engine fits the same shape.

import type { Extraction, Amount, Capacity, Role, Status } from '../nlp/extraction.js';
import type { DocumentMeta } from '../ingest/document.js';
import type {
  DocumentSpan, Graph, GraphFilter, MapFilter, MapPoint, OrganizationDetail, Overview, PersonDetail, RegisterFacets,
  RegisterFilter, RegisterPage,
} from './read-models.js';

export interface NewDocument {
  input: string;          // as the user gave it
  path: string | null;
  kind: string;
  text: string;
  meta: DocumentMeta;
  contentHash: string;    // sha256 of the normalised text, hex
  extraction: Extraction;
}

export interface AddResult { status: 'new' | 'present'; documentId: number }

export interface ProjectFilter {
  q?: string;         // full-text over names, places, organisations and source sentences
  country?: string;   // ISO 3166-1 alpha-2
  sector?: string;    // matches the whole sector or its top level ("energy" matches "energy.power")
  status?: Status;
  org?: string;       // organisation name or alias, case-insensitive, substring
  limit?: number;
  offset?: number;
}

export interface DocumentRef { id: number; path: string | null; title: string | null; published: string | null; source: string | null; url: string | null }

export interface ProjectSummary {
  id: number;
  name: string;
  type: string;
  sector: string;
  status: Status;
  country: string | null;
  places: string[];
  organizations: { name: string; role: Role }[];
  capacity: Capacity[];
  amount: Amount | null;
  documents: DocumentRef[];
}

export interface SourceSentence {
  documentId: number;
  start: number;
  end: number;
  text: string; // the evidence span's text
}

export interface ProjectDetail extends ProjectSummary {
  evidence: SourceSentence[];
}

export interface OrganizationRow { id: number; name: string; aliases: string[]; country: string | null; projects: number; documents: number }
export interface PersonRow { id: number; name: string; aliases: string[]; titles: { title: string | null; organization: string | null }[]; documents: number }
export interface DocumentRow extends DocumentRef { input: string; kind: string; contentHash: string; addedAt: string; projects: number }
export interface DocumentDetail extends DocumentRow { text: string; extraction: Extraction }

export interface SearchHit { kind: 'project' | 'organization' | 'person' | 'document'; id: number; name: string; snippet: string }

export interface Store {
  /** Adds one document and everything extracted from it in one transaction; a document whose content hash is already stored adds nothing. */
  addDocument(doc: NewDocument): Promise<AddResult>;
  hasDocument(contentHash: string): Promise<boolean>;
  listProjects(filter?: ProjectFilter): Promise<ProjectSummary[]>;
  getProject(id: number): Promise<ProjectDetail | null>;
  listOrganizations(filter?: { q?: string }): Promise<OrganizationRow[]>;
  listPeople(filter?: { q?: string }): Promise<PersonRow[]>;
  listDocuments(): Promise<DocumentRow[]>;
  getDocument(id: number): Promise<DocumentDetail | null>;
  search(q: string, limit?: number): Promise<SearchHit[]>;
  close(): Promise<void>;

  // read models for the web app (shapes in read-models.ts)
  registerPage(filter: RegisterFilter): Promise<RegisterPage>;
  registerFacets(filter: RegisterFilter): Promise<RegisterFacets>;
  overview(): Promise<Overview>;
  getOrganization(id: number): Promise<OrganizationDetail | null>;
  getPerson(id: number): Promise<PersonDetail | null>;
  graph(filter: GraphFilter): Promise<Graph>;
  mapPoints(filter: MapFilter): Promise<MapPoint[]>;
  documentSpans(id: number): Promise<DocumentSpan[] | null>;
}

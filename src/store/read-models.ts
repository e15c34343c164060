// What the web app reads besides the register's own records: a paged, sortable table with
// facet counts, the overview, organisation and person pages, the graph, the map and the
// highlighted document. Shapes only; each engine answers them (sqlite-read-queries.ts).
// Projects, organisations and people are named by their public ids ("prj-…"), as everywhere
// in the API; documents keep their numeric ids.

import type { Amount, Capacity, Role, Status } from '../nlp/extraction.js';

/** Columns the register can be sorted by. */
export const REGISTER_SORTS = ['reported', 'first_reported', 'name', 'type', 'sector', 'status', 'country', 'sources'] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];

/** A source document, briefly. */
export interface DocumentBrief { id: number; path: string | null; title: string | null; published: string | null; source: string | null; url: string | null }

export interface RegisterFilter {
  q?: string;
  country?: string;
  sector?: string;        // a sector or its top level
  type?: string;
  status?: Status;
  org?: string;           // organisation name or alias, case-insensitive substring
  organizationId?: string; // public id
  documentId?: number;    // projects this document reports
  reportedFrom?: string;  // YYYY-MM-DD, inclusive: some source was published on or after it
  reportedTo?: string;    // YYYY-MM-DD, inclusive
  sort?: RegisterSort;
  dir?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

/** One table row: lighter than a ProjectSummary, enough to read and sort a register page. */
export interface RegisterRow {
  id: string;
  name: string;
  type: string;
  sector: string;
  status: Status;
  country: string | null;
  places: string[];
  partners: { name: string; role: Role }[];
  capacity: Capacity[];
  amount: Amount | null;
  sources: number;
  firstReported: string | null;
  lastReported: string | null;
}

export interface RegisterPage { total: number; offset: number; limit: number; rows: RegisterRow[] }

export interface FacetCount { value: string; count: number }

/** Counts per value under every filter but the facet's own, so each choice shows what it would give. */
export interface RegisterFacets {
  country: FacetCount[];
  sector: FacetCount[];
  type: FacetCount[];
  status: FacetCount[];
  organization: FacetCount[];
  year: FacetCount[];     // year of the latest report
}

/** A reported change: a later source moved a project's status or a figure. */
export interface ProjectChange {
  projectId: string;
  project: string;
  field: 'status' | 'amount' | 'capacity';
  from: string;
  to: string;
  published: string | null;
  documentId: number;
}

export interface Overview {
  totals: { projects: number; organizations: number; people: number; documents: number; events: number };
  bySector: FacetCount[];
  byStatus: FacetCount[];
  byCountry: FacetCount[];
  changes: ProjectChange[];
  ingestion: { day: string; documents: number }[];
  recentDocuments: (DocumentBrief & { addedAt: string; projects: number })[];
}

export interface EventRow {
  documentId: number;
  type: string;
  date: string | null;
  participants: string[];
  organizations: string[];
  projects: string[];
}

export interface DatedRole { role: Role; documentId: number; published: string | null }

export interface OrganizationDetail {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  projects: { id: string; name: string; status: Status; sector: string; country: string | null; roles: DatedRole[] }[];
  people: { id: string; name: string; title: string | null; documentId: number; published: string | null }[];
  meetings: EventRow[];
  partners: { id: string; name: string; projects: number }[];
  documents: DocumentBrief[];
}

export interface PersonDetail {
  id: string;
  name: string;
  aliases: string[];
  roles: { title: string | null; organization: string | null; organizationId: string | null; documentId: number; published: string | null }[];
  meetings: EventRow[];
  projects: { id: string; name: string; status: Status; sector: string; country: string | null }[];
  documents: DocumentBrief[];
}

export interface GraphFilter { sector?: string; country?: string; from?: string; to?: string; limit?: number }

export interface GraphNode {
  id: string;              // the record's public id
  kind: 'project' | 'organization' | 'person';
  label: string;
  sector: string | null;   // projects only
}

export interface GraphEdge { source: string; target: string; label: string }

export interface Graph { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean }

/** How exact a map point is: the kind of place its coordinates belong to. */
export const PRECISIONS = ['site', 'city', 'region', 'country'] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface MapFilter { sector?: string; country?: string; limit?: number }

export interface MapPoint {
  id: string;
  name: string;
  sector: string;
  status: Status;
  country: string | null;
  lat: number;
  lon: number;
  place: string;
  precision: Precision;
}

export const SPAN_KINDS = ['project', 'organization', 'person', 'place', 'event'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

/** An extracted span of a document's text and the record it became, when there is one. */
export interface DocumentSpan { kind: SpanKind; start: number; end: number; label: string; recordId: string | null }

/** What a project page needs besides the project itself: partners by record, and its map pin. */
export interface ProjectContext {
  partners: { id: string; name: string; role: Role; documentId: number; published: string | null }[];
  pin: MapPoint | null;
}

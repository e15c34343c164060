// The whole register as one JSON-ready object, for `corridor export` and the files made from
// it (CSV, GeoJSON, GraphML). Documents are named by a key made from their content hash, not by
// their row number, and every list is sorted by id, so the same corpus exports the same bytes
// whatever order it was ingested in.

import type { Store, ProjectDetail, OrganizationRow, PersonRow, DocumentRow } from '../store/store.js';

export const EXPORT_FORMAT = 'corridor.register/1';

export type DocumentKey = string;

export interface ExportedDocument { key: DocumentKey; title: string | null; published: string | null; source: string | null; url: string | null; path: string | null; story: DocumentKey | null }

export interface ExportedProject extends Omit<ProjectDetail, 'documents' | 'evidence' | 'history' | 'statusHistory' | 'conflicts'> {
  sources: DocumentKey[];
  evidence: { document: DocumentKey; start: number; end: number; text: string }[];
  history: (Omit<ProjectDetail['history'][number], 'document'> & { document: DocumentKey })[];
  statusHistory: { status: string; date: string | null; document: DocumentKey }[];
  conflicts: { field: string; about: string; values: { text: string; value: number; unit: string; documents: DocumentKey[] }[] }[];
}

export interface RegisterExport {
  format: typeof EXPORT_FORMAT;
  projects: ExportedProject[];
  organizations: OrganizationRow[];
  people: PersonRow[];
  documents: ExportedDocument[];
}

export const documentKey = (contentHash: string): DocumentKey => `doc-${contentHash.slice(0, 16)}`;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function buildRegisterExport(store: Store): Promise<RegisterExport> {
  await store.refresh();
  // One snapshot in a fixed number of queries: a getProject per project made a 2,000-document
  // export on PostgreSQL take 25-58 s, nearly all of it round trips.
  const snapshot = await store.registerSnapshot();
  const docs: DocumentRow[] = snapshot.documents;
  const keyOf = new Map(docs.map((d) => [d.id, documentKey(d.contentHash)]));
  const key = (id: number): DocumentKey => keyOf.get(id) ?? `doc-row-${id}`;
  const projects: ExportedProject[] = snapshot.projects.map((p: ProjectDetail) => {
    const { documents, evidence, history, statusHistory, conflicts, ...rest } = p;
    return {
      ...rest,
      sources: documents.map((d) => key(d.id)).sort(),
      evidence: evidence.map((e) => ({ document: key(e.documentId), start: e.start, end: e.end, text: e.text }))
        .sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start || a.end - b.end)),
      history: history.map((h) => ({ ...h, document: key(h.document.documentId) })),
      statusHistory: statusHistory.map((c) => ({ status: c.status, date: c.date, document: key(c.documentId) })),
      conflicts: conflicts.map((c) => ({ ...c, values: c.values.map((v) => ({ ...v, documents: v.documents.map(key).sort() })) })),
    };
  });
  return {
    format: EXPORT_FORMAT,
    projects: projects.sort(byId),
    organizations: snapshot.organizations.sort(byId),
    people: snapshot.people.sort(byId),
    documents: docs
      .map((d) => ({ key: key(d.id), title: d.title, published: d.published, source: d.source, url: d.url, path: d.path, story: d.story ? documentKey(d.story) : null }))
      .sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

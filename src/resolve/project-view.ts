// A project's current view, derived from what each document said about it (its statements).
// The latest statement wins: latest publication date, then the content hash (an arbitrary but
// fixed tie-break); a document without a date counts as older than every dated one, so an
// undated page ingested today cannot overwrite a dated report. Derived, never accumulated, and
// never ordered by arrival, so the view is the same whatever order the documents arrive in.

import type { Amount, Capacity, Role, Status } from '../nlp/extraction.js';

export interface ProjectStatement {
  documentId: number;
  published: string | null;
  /** The document's canonical sort key: publication date ('0000-00-00' when undated) + '|' + content hash. */
  canon: string;
  name: string;
  sector: string;
  status: Status;
  country: string | null;
  capacity: Capacity[];
  amount: Amount | null;
}

export interface ProjectView {
  name: string;
  sector: string;
  status: Status;
  country: string | null;
  capacity: Capacity[];
  amount: Amount | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** Oldest first: by publication date (undated first), then by content hash; see `canon`. */
export function byStatementAge(a: { canon: string }, b: { canon: string }): number {
  return a.canon < b.canon ? -1 : a.canon > b.canon ? 1 : 0;
}

/**
 * Status, sector and country from the latest statement that has one ("unknown" status means
 * the text did not say, so it never replaces a known one); capacity and amount likewise from
 * the latest statement that states them. The name is the earliest statement's, so a record's
 * title does not change with every article.
 */
export function deriveProjectView(statements: readonly ProjectStatement[]): ProjectView {
  if (statements.length === 0) throw new Error('deriveProjectView: a project needs at least one statement');
  const ordered = [...statements].sort(byStatementAge);
  const newest = [...ordered].reverse();
  const latest = <T>(pick: (s: ProjectStatement) => T | null | undefined, fallback: T): T => {
    for (const s of newest) {
      const v = pick(s);
      if (v !== null && v !== undefined) return v;
    }
    return fallback;
  };
  const dates = ordered.map((s) => s.published).filter((p): p is string => !!p);
  return {
    name: ordered[0].name,
    sector: latest((s) => s.sector || null, newest[0].sector),
    status: latest<Status>((s) => (s.status === 'unknown' ? null : s.status), 'unknown'),
    country: latest<string | null>((s) => s.country, null),
    capacity: latest<Capacity[]>((s) => (s.capacity.length > 0 ? s.capacity : null), []),
    amount: latest<Amount | null>((s) => s.amount, null),
    firstSeen: dates[0] ?? null,
    lastSeen: dates[dates.length - 1] ?? null,
  };
}

export interface OrganizationLink { organizationId: number; role: Role; documentId: number; canon: string }

/**
 * Each organisation once, with the role its latest statement gives it (the first role listed
 * in that document when it lists several), in order of first appearance.
 */
export function currentRoles(links: readonly OrganizationLink[]): { organizationId: number; role: Role }[] {
  const ordered = links
    .map((l, i) => ({ ...l, i }))
    .sort((a, b) => byStatementAge(a, b) || a.i - b.i);
  const first = new Map<number, number>();
  const role = new Map<number, { role: Role; documentId: number }>();
  ordered.forEach((l, pos) => {
    if (!first.has(l.organizationId)) first.set(l.organizationId, pos);
    const cur = role.get(l.organizationId);
    if (!cur || cur.documentId !== l.documentId) role.set(l.organizationId, { role: l.role, documentId: l.documentId });
  });
  return [...first.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([organizationId]) => ({ organizationId, role: role.get(organizationId)!.role }));
}

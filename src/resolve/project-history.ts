// What each source said about a project, in the order it was said, and where sources disagree.
// Status is not a conflict: it moves over time, and the history shows it moving. Figures are:
// two sources giving 12 and 6 million tons for the same thing disagree, and the register shows
// both with their sources instead of silently keeping the latest.

import type { Amount, Capacity, Status } from '../nlp/extraction.js';
import { normalizeName } from './normalize-name.js';

export interface HistorySource { documentId: number; title: string | null; source: string | null; url: string | null; published: string | null; story: string | null }

export interface HistoryEntry {
  date: string | null;
  status: Status;
  name: string;
  capacity: Capacity[];
  amount: Amount | null;
  document: HistorySource;
  /** Why this statement joined the record (score and reasons); null when it started the record. */
  match: { score: number; reasons: string[] } | null;
}

export interface StatusChange { status: Status; date: string | null; documentId: number }

export interface ConflictValue { text: string; value: number; unit: string; documents: number[] }
export interface Conflict { field: 'capacity' | 'amount' | 'country'; about: string; values: ConflictValue[] }

/** The dated statuses, each kept only where it differs from the one before ("unknown" skipped). */
export function statusChanges(history: readonly HistoryEntry[]): StatusChange[] {
  const out: StatusChange[] = [];
  for (const h of history) {
    if (h.status === 'unknown') continue;
    if (out.length > 0 && out[out.length - 1].status === h.status) continue;
    out.push({ status: h.status, date: h.date, documentId: h.document.documentId });
  }
  return out;
}

const within1pct = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));

/**
 * Figures that disagree: per capacity unit (and item, when stated), per amount currency, and
 * per host country. Values within 1% of each other count as one. Each value lists the
 * documents that gave it.
 */
export function findConflicts(history: readonly HistoryEntry[], countries: readonly { country: string | null; documentId: number }[] = []): Conflict[] {
  const groups = new Map<string, { field: Conflict['field']; about: string; values: ConflictValue[] }>();
  const add = (field: Conflict['field'], about: string, v: { text: string; value: number; unit: string }, doc: number) => {
    const key = `${field}|${about}`;
    const g = groups.get(key) ?? { field, about, values: [] };
    groups.set(key, g);
    const same = g.values.find((x) => (field === 'country' ? x.unit === v.unit : within1pct(x.value, v.value)));
    if (same) { if (!same.documents.includes(doc)) same.documents.push(doc); } else g.values.push({ ...v, documents: [doc] });
  };
  for (const h of history) {
    const doc = h.document.documentId;
    for (const c of h.capacity) {
      const about = c.item ? `${c.unit} (${normalizeName(c.item)})` : c.unit;
      add('capacity', about, { text: c.text, value: c.value, unit: c.unit }, doc);
    }
    if (h.amount) add('amount', h.amount.currency, { text: h.amount.text, value: h.amount.value, unit: h.amount.currency }, doc);
  }
  for (const c of countries) if (c.country) add('country', 'host country', { text: c.country, value: 0, unit: c.country }, c.documentId);
  return [...groups.values()].filter((g) => disagree(g.values));
}

/**
 * Two sources disagree when one gives a value the other does not: one article listing a first
 * phase and the total (100 MW and 1 GW) is not a conflict with itself.
 */
function disagree(values: readonly ConflictValue[]): boolean {
  for (const a of values) {
    for (const b of values) {
      if (a === b) continue;
      if (a.documents.some((da) => !b.documents.includes(da) && b.documents.some((db) => db !== da && !a.documents.includes(db)))) return true;
    }
  }
  return false;
}

// A project's history as stored: one entry per statement, oldest first (canonical order), with
// the document behind it; the status changes; and the figures sources disagree on.

import type { Amount, Capacity, Status } from '../nlp/extraction.js';
import { findConflicts, statusChanges, type Conflict, type HistoryEntry, type StatusChange } from '../resolve/project-history.js';
import type { SqlDriver } from './sql-driver.js';

type StatementRow = {
  project_id: number; document_id: number; title: string | null; source: string | null; url: string | null; published: string | null; story: string | null;
  name: string; status: Status; country: string | null; capacity: string; amount: string | null; resolution: string | null;
};

const STATEMENT_COLUMNS = `s.project_id, s.document_id, d.title, d.source, d.url, d.published, d.story, s.name, s.status, s.country, s.capacity, s.amount, s.resolution
     FROM project_statements s JOIN documents d ON d.id = s.document_id`;

export type ProjectHistory = { history: HistoryEntry[]; statusHistory: StatusChange[]; conflicts: Conflict[] };

export async function projectHistory(sql: SqlDriver, projectId: number): Promise<ProjectHistory> {
  return historyOf(await sql.all<StatementRow>(`SELECT ${STATEMENT_COLUMNS} WHERE s.project_id = ? ORDER BY d.canon, s.skey`, projectId));
}

/** Every project's history from one query (an export reads them all): project id -> history. */
export async function allProjectHistories(sql: SqlDriver): Promise<Map<number, ProjectHistory>> {
  const byProject = new Map<number, StatementRow[]>();
  for (const r of await sql.all<StatementRow>(`SELECT ${STATEMENT_COLUMNS} ORDER BY s.project_id, d.canon, s.skey`)) {
    const list = byProject.get(r.project_id);
    if (list) list.push(r);
    else byProject.set(r.project_id, [r]);
  }
  return new Map([...byProject].map(([id, rows]) => [id, historyOf(rows)]));
}

/** One project's statements, oldest first (canonical order). */
function historyOf(rows: StatementRow[]): ProjectHistory {
  const history: HistoryEntry[] = rows.map((r) => ({
    date: r.published,
    status: r.status,
    name: r.name,
    capacity: JSON.parse(r.capacity) as Capacity[],
    amount: r.amount ? (JSON.parse(r.amount) as Amount) : null,
    document: { documentId: r.document_id, title: r.title, source: r.source, url: r.url, published: r.published, story: r.story },
    match: joinedBy(r.resolution),
  }));
  const countries = rows.map((r) => ({ country: r.country, documentId: r.document_id }));
  return { history, statusHistory: statusChanges(history), conflicts: findConflicts(history, countries) };
}

/** The verdict on the candidate this statement joined, from the resolution stored with it. */
function joinedBy(resolution: string | null): HistoryEntry['match'] {
  if (!resolution) return null;
  const r = JSON.parse(resolution) as { project: number | null; candidates?: { id: number; score: number; reasons: string[] }[] };
  const chosen = r.project === null ? undefined : r.candidates?.find((c) => c.id === r.project);
  return chosen ? { score: chosen.score, reasons: chosen.reasons } : null;
}

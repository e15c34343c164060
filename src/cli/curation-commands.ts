// `corridor merge | split | set | curation`: an analyst's corrections, each stored as an
// audited act (who, when, why) that later documents and `corridor reprocess` keep.

import { userInfo } from 'node:os';
import { isPublicId } from '../resolve/public-id.js';
import { describeProject, withStore } from './list-commands.js';
import { renderRows, type OutputFormat } from './format-output.js';
import { UsageError } from './usage-error.js';

export interface CurationOptions { db?: string; note: string; by?: string }

/** Who is acting: --by, else $CORRIDOR_USER, else the login name. */
export function actorName(by?: string): string {
  const name = by?.trim() || process.env.CORRIDOR_USER?.trim();
  if (name) return name;
  try { return userInfo().username || 'unknown'; } catch { return 'unknown'; }
}

function checkIds(ids: string[], kinds: string[]): void {
  for (const id of ids) {
    if (!isPublicId(id) || !kinds.some((k) => id.startsWith(`${k}-`))) {
      throw new UsageError(`expected ${kinds.map((k) => `${k}-…`).join(' or ')} ids, got "${id}"`);
    }
  }
}

export async function runMerge(ids: string[], opts: CurationOptions): Promise<number> {
  if (ids.length < 2) throw new UsageError('merge needs at least two ids');
  checkIds(ids, ['prj', 'org']);
  const kinds = new Set(ids.map((i) => i.slice(0, 3)));
  if (kinds.size > 1) throw new UsageError('merge projects with projects and organisations with organisations');
  return withStore(opts.db, async (s) => {
    const kept = kinds.has('prj')
      ? await s.mergeProjects(ids, actorName(opts.by), opts.note)
      : await s.mergeOrganizations(ids, actorName(opts.by), opts.note);
    process.stdout.write(`merged into ${kept}\n`);
    return 0;
  });
}

export async function runSplit(id: string, opts: CurationOptions & { documents?: string }): Promise<number> {
  checkIds([id], ['prj']);
  let documents: number[] | null = null;
  if (opts.documents) {
    documents = opts.documents.split(',').map((d) => Number(d.trim()));
    if (documents.some((d) => !Number.isSafeInteger(d) || d <= 0)) throw new UsageError('--documents takes document ids separated by commas, e.g. 3,7');
  }
  return withStore(opts.db, async (s) => {
    const parts = await s.splitProject(id, documents, actorName(opts.by), opts.note);
    process.stdout.write(`split into ${parts.join(', ')}\n`);
    return 0;
  });
}

export async function runSet(id: string, field: string, value: string, opts: CurationOptions): Promise<number> {
  checkIds([id], ['prj']);
  return withStore(opts.db, async (s) => {
    const uid = await s.setProjectField(id, field, value, actorName(opts.by), opts.note);
    process.stdout.write(describeProject((await s.getProject(uid))!).join('\n') + '\n');
    return 0;
  });
}

export async function runCurationLog(id: string | undefined, opts: { db?: string; format: OutputFormat }): Promise<number> {
  const acts = await withStore(opts.db, (s) => s.listCuration(id));
  process.stdout.write(renderRows(acts, [
    { header: 'at', value: (a) => a.at },
    { header: 'by', value: (a) => a.actor },
    { header: 'action', value: (a) => `${a.action} ${a.kind}` },
    { header: 'targets', value: (a) => a.targets.join(' '), width: 40 },
    { header: 'value', value: (a) => (a.field ? `${a.field} = ${JSON.stringify(a.value)}` : ''), width: 40 },
    { header: 'note', value: (a) => a.note, width: 60 },
  ], opts.format));
  return 0;
}

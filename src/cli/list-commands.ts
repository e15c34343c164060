import type { ProjectDetail, ProjectFilter, ProjectSummary, Store } from '../store/store.js';
import { isPublicId } from '../resolve/public-id.js';
import { STATUSES, type Status } from '../nlp/extraction.js';
import { openStore } from '../store/open-store.js';
import { renderRows, type OutputFormat } from './format-output.js';
import { describeAmount, describeCapacity } from './describe.js';
import { UsageError } from './usage-error.js';

export async function withStore<T>(db: string | undefined, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = openStore(db);
  try { return await fn(store); } finally { await store.close(); }
}

export interface ProjectsOptions { db?: string; q?: string; country?: string; sector?: string; status?: string; org?: string; limit?: string; format: OutputFormat }

export async function runProjects(opts: ProjectsOptions): Promise<number> {
  if (opts.status && !(STATUSES as readonly string[]).includes(opts.status)) throw new UsageError(`--status must be one of ${STATUSES.join(', ')}`);
  if (opts.country && !/^[A-Za-z]{2}$/.test(opts.country)) throw new UsageError('--country takes a two-letter ISO code, e.g. KZ');
  const filter: ProjectFilter = { q: opts.q, country: opts.country?.toUpperCase(), sector: opts.sector, status: opts.status as Status | undefined, org: opts.org };
  if (opts.limit) filter.limit = Number(opts.limit);
  if (opts.format === 'json') {
    // JSON carries the whole record: the summary fields plus history, conflicts and curation.
    const details = await withStore(opts.db, async (s) => {
      const rows = await s.listProjects(filter);
      const out = [];
      for (const r of rows) out.push((await s.getProject(r.id))!);
      return out;
    });
    process.stdout.write(JSON.stringify(details, null, 2) + '\n');
    return 0;
  }
  const rows = await withStore(opts.db, (s) => s.listProjects(filter));
  process.stdout.write(renderRows<ProjectSummary>(rows, [
    { header: 'id', value: (r) => r.id },
    { header: 'name', value: (r) => r.name, width: 48 },
    { header: 'type', value: (r) => r.type },
    { header: 'sector', value: (r) => r.sector },
    { header: 'status', value: (r) => r.status },
    { header: 'country', value: (r) => r.country },
    { header: 'places', value: (r) => r.places.join('; '), width: 30 },
    { header: 'organizations', value: (r) => r.organizations.map((o) => `${o.name} (${o.role})`).join('; '), width: 50 },
    { header: 'capacity', value: (r) => describeCapacity(r.capacity) },
    { header: 'amount', value: (r) => describeAmount(r.amount) },
    { header: 'sources', value: (r) => r.documents.length },
    { header: 'stories', value: (r) => r.stories },
    { header: 'first reported', value: (r) => r.firstSeen },
    { header: 'last reported', value: (r) => r.lastSeen },
  ], opts.format));
  return 0;
}

export async function runShow(id: string, opts: { db?: string; format: OutputFormat }): Promise<number> {
  if (!isPublicId(id)) throw new UsageError(`a project id looks like prj-0123456789, got "${id}"`);
  const p = await withStore(opts.db, (s) => s.getProject(id));
  if (!p) { process.stderr.write(`corridor: no project with id ${id}\n`); return 1; }
  if (opts.format === 'json') { process.stdout.write(JSON.stringify(p, null, 2) + '\n'); return 0; }
  process.stdout.write(describeProject(p).join('\n') + '\n');
  return 0;
}

/** The project as the CLI prints it: the current view, then how it got there. */
export function describeProject(p: ProjectDetail): string[] {
  const docLabel = new Map(p.documents.map((d) => [d.id, `[${d.id}]`]));
  return [
    `${p.id} ${p.name}`,
    `  type: ${p.type}   sector: ${p.sector}   status: ${p.status}   country: ${p.country ?? '-'}`,
    `  places: ${p.places.join(', ') || '-'}`,
    `  organizations: ${p.organizations.map((o) => `${o.name} (${o.role})`).join(', ') || '-'}`,
    `  capacity: ${describeCapacity(p.capacity) || '-'}`,
    `  amount: ${describeAmount(p.amount) || '-'}`,
    '  sources:',
    ...p.documents.map((d) => `    [${d.id}] ${d.published ?? '----------'} ${d.title ?? d.path ?? ''}${d.source ? ` (${d.source})` : ''}`),
    `  reported: ${p.firstSeen ?? '?'} to ${p.lastSeen ?? '?'} by ${p.documents.length} source(s), ${p.stories} distinct stor${p.stories === 1 ? 'y' : 'ies'}`,
    '  status history:',
    ...(p.statusHistory.length > 0
      ? p.statusHistory.map((c) => `    ${c.date ?? '----------'} ${c.status.padEnd(12)} ${docLabel.get(c.documentId) ?? `[${c.documentId}]`}`)
      : ['    (no status stated)']),
    '  history:',
    ...p.history.map((h) => `    ${h.date ?? '----------'} ${docLabel.get(h.document.documentId)} ${h.status}${h.capacity.length ? `; ${describeCapacity(h.capacity)}` : ''}${h.amount ? `; ${describeAmount(h.amount)}` : ''}  "${h.name}" — ${h.document.source ?? h.document.title ?? ''}${h.match ? `\n        joined with score ${h.match.score}: ${h.match.reasons.join('; ')}` : ''}`),
    ...(p.conflicts.length > 0 ? ['  conflicts:', ...p.conflicts.map((c) => `    ${c.field} ${c.about}: ${c.values.map((v) => `${v.text} ${v.documents.map((d) => docLabel.get(d) ?? `[${d}]`).join('')}`).join(' vs ')}`)] : []),
    ...(p.curation.length > 0 ? ['  curation:', ...p.curation.map((a) => `    ${a.at.slice(0, 16)} ${a.actor} ${a.action}${a.field ? ` ${a.field}=${JSON.stringify(a.value)}` : ''} ${a.targets.join(' ')} — ${a.note}`)] : []),
    '  evidence:',
    ...p.evidence.map((e) => `    ${docLabel.get(e.documentId) ?? `[${e.documentId}]`} @${e.start} ${e.text.replace(/\s+/g, ' ')}`),
  ];
}

export async function runOrganizations(opts: { db?: string; q?: string; format: OutputFormat }): Promise<number> {
  const rows = await withStore(opts.db, (s) => s.listOrganizations({ q: opts.q }));
  process.stdout.write(renderRows(rows, [
    { header: 'id', value: (r) => r.id },
    { header: 'name', value: (r) => r.name, width: 50 },
    { header: 'aliases', value: (r) => r.aliases.join('; '), width: 30 },
    { header: 'country', value: (r) => r.country },
    { header: 'part of', value: (r) => r.partOf },
    { header: 'projects', value: (r) => r.projects },
    { header: 'documents', value: (r) => r.documents },
  ], opts.format));
  return 0;
}

export async function runPeople(opts: { db?: string; q?: string; format: OutputFormat }): Promise<number> {
  const rows = await withStore(opts.db, (s) => s.listPeople({ q: opts.q }));
  process.stdout.write(renderRows(rows, [
    { header: 'id', value: (r) => r.id },
    { header: 'name', value: (r) => r.name, width: 36 },
    { header: 'aliases', value: (r) => r.aliases.join('; '), width: 24 },
    { header: 'titles', value: (r) => r.titles.map((t) => [t.title, t.organization].filter(Boolean).join(', ')).join('; '), width: 60 },
    { header: 'documents', value: (r) => r.documents },
  ], opts.format));
  return 0;
}

export async function runDocuments(opts: { db?: string; format: OutputFormat }): Promise<number> {
  const rows = await withStore(opts.db, (s) => s.listDocuments());
  process.stdout.write(renderRows(rows, [
    { header: 'id', value: (r) => r.id },
    { header: 'published', value: (r) => r.published },
    { header: 'title', value: (r) => r.title, width: 60 },
    { header: 'source', value: (r) => r.source, width: 24 },
    { header: 'path', value: (r) => r.path ?? r.url ?? r.input, width: 50 },
    { header: 'projects', value: (r) => r.projects },
  ], opts.format));
  return 0;
}

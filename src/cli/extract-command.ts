import { expandInputs, readInput } from '../ingest/read-inputs.js';
import { isFailure } from '../ingest/document.js';
import { extractDocument } from '../pipeline/ingest-documents.js';
import type { Extraction } from '../nlp/extraction.js';
import { describeAmount, describeCapacity } from './describe.js';
import { readLimits, type ReadLimitFlags } from './read-limits-options.js';

/** `corridor extract PATH...`: Extraction JSON v1, one object for one document, JSON Lines for several. */
export async function runExtract(paths: string[], opts: { format: 'json' | 'table'; text?: boolean } & ReadLimitFlags): Promise<number> {
  const limits = readLimits(opts);
  const { items, failures } = await expandInputs(paths);
  const results: Extraction[] = [];
  let failed = failures.length;
  for (const f of failures) process.stderr.write(`corridor: ${f.input}: ${f.reason}\n`);
  for (const item of items) {
    for (const r of await readInput(item, limits)) {
      if (isFailure(r)) { failed++; process.stderr.write(`corridor: ${r.input}: ${r.reason}\n`); continue; }
      const x = extractDocument(r);
      if (!opts.text) delete x.text;
      results.push(x);
    }
  }
  if (opts.format === 'table') for (const x of results) process.stdout.write(renderExtractionTable(x));
  else if (results.length === 1 && paths.length === 1 && items.length === 1) process.stdout.write(JSON.stringify(results[0], null, 2) + '\n');
  else for (const x of results) process.stdout.write(JSON.stringify(x) + '\n');
  if (failed && !results.length) return 1;
  return failed ? 3 : 0;
}

export function renderExtractionTable(x: Extraction): string {
  const lines: string[] = [];
  lines.push(`== ${x.document.path ?? '(stdin)'}${x.document.title ? ` — ${x.document.title}` : ''}${x.document.published ? ` (${x.document.published})` : ''}`);
  lines.push(`People (${x.people.length})`);
  for (const p of x.people) lines.push(`  ${p.name}${p.aliases.length ? ` [${p.aliases.join(', ')}]` : ''}${p.roles.length ? ' — ' + p.roles.map((r) => [r.title, r.organization].filter(Boolean).join(', ')).join('; ') : ''}`);
  lines.push(`Organizations (${x.organizations.length})`);
  for (const o of x.organizations) lines.push(`  ${o.name}${o.aliases.length ? ` [${o.aliases.join(', ')}]` : ''}${o.country ? ` (${o.country})` : ''}`);
  lines.push(`Places (${x.places.length})`);
  for (const p of x.places) lines.push(`  ${p.name} — ${p.kind}${p.country ? `, ${p.country}` : ''}`);
  lines.push(`Projects (${x.projects.length})`);
  for (const p of x.projects) {
    lines.push(`  ${p.name} — ${p.type}, ${p.sector}, ${p.status}${p.country ? `, ${p.country}` : ''}`);
    if (p.places.length) lines.push(`      places: ${p.places.join(', ')}`);
    if (p.organizations.length) lines.push(`      organizations: ${p.organizations.map((o) => `${o.name} (${o.role})`).join(', ')}`);
    if (p.capacity.length) lines.push(`      capacity: ${describeCapacity(p.capacity)}`);
    if (p.amount) lines.push(`      amount: ${describeAmount(p.amount)} ("${p.amount.text}")`);
  }
  lines.push(`Events (${x.events.length})`);
  for (const e of x.events) lines.push(`  ${e.type}${e.date ? ` ${e.date}` : ''}: ${[...e.participants, ...e.organizations].join(', ')}`);
  return lines.join('\n') + '\n\n';
}

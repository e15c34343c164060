// Text forms of an EvalReport: the summary table (`corridor eval DIR`) and the per-document
// explanation (`--explain`). The JSON form is the EvalReport itself.

import { ATTRIBUTES, ENTITY_KINDS, type AttributeResult, type DocumentReport, type EvalReport } from './types.js';

type Align = 'l' | 'r';

function table(rows: string[][], align: Align[]): string[] {
  const widths = align.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r
    .map((cell, c) => (align[c] === 'l' ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
    .join('  ')
    .trimEnd());
}

const num = (x: number): string => x.toFixed(3);
const pct = (x: number | null): string => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);

export function formatEvalTable(report: EvalReport): string {
  const n = report.documents.length;
  const lines: string[] = [];
  lines.push(`corridor eval: ${report.dir}: ${n} document${n === 1 ? '' : 's'}${report.errors ? `, ${report.errors} failed (scored as all misses)` : ''}`);
  lines.push('');
  const kindRows: string[][] = [['kind', 'P', 'R', 'F1', 'TP', 'FP', 'FN']];
  for (const k of ENTITY_KINDS) {
    const t = report.totals[k];
    kindRows.push([k, num(t.precision), num(t.recall), num(t.f1), String(t.tp), String(t.fp), String(t.fn)]);
  }
  lines.push(...table(kindRows, ['l', 'r', 'r', 'r', 'r', 'r', 'r']));
  lines.push('');
  const attrRows: string[][] = [['attribute (matched projects)', 'right/total', 'share']];
  for (const a of ATTRIBUTES) {
    const t = report.attributes[a];
    attrRows.push([a, `${t.right}/${t.total}`, pct(t.share)]);
  }
  lines.push(...table(attrRows, ['l', 'r', 'r']));
  if (report.errors) {
    lines.push('');
    for (const d of report.documents) if (d.error) lines.push(`failed: ${d.name}: ${d.error}`);
  }
  return lines.join('\n') + '\n';
}

function show(v: unknown): string {
  if (v === null || v === undefined) return 'none';
  if (Array.isArray(v)) return v.length ? `[${v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('; ')}]` : '[]';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

function explainDocument(d: DocumentReport): string[] {
  const out: string[] = [];
  const s = d.score;
  out.push(`== ${d.name}`);
  if (d.error) out.push(`  error: ${d.error}`);
  let clean = true;
  for (const k of ENTITY_KINDS) {
    const ks = s.kinds[k];
    if (ks.missed.length === 0 && ks.falsePositives.length === 0) continue;
    clean = false;
    out.push(`  ${k}: P ${num(ks.precision)} R ${num(ks.recall)} F1 ${num(ks.f1)} (TP ${ks.tp} FP ${ks.fp} FN ${ks.fn})`);
    for (const m of ks.missed) out.push(`    missed:         ${m}`);
    for (const f of ks.falsePositives) out.push(`    false positive: ${f}`);
  }
  for (const pair of s.projectPairs) {
    const wrong = (Object.entries(pair.attributes) as [string, AttributeResult][]).filter(([, r]) => !r.right);
    const wrongRoles = pair.roles.filter((r) => !r.right);
    if (wrong.length === 0 && wrongRoles.length === 0) continue;
    clean = false;
    out.push(`  project "${pair.pred}" ~ gold "${pair.gold}":`);
    for (const [name, r] of wrong) {
      out.push(`    ${name}: predicted ${show(r.predicted)}, gold ${show(r.gold)}${r.note ? ` (${r.note})` : ''}`);
    }
    for (const r of wrongRoles) out.push(`    role of ${r.organization}: predicted ${r.predicted ?? 'none'}, gold ${r.gold ?? 'none'}`);
  }
  if (clean && !d.error) out.push('  all right');
  return out;
}

export function formatExplain(report: EvalReport): string {
  return report.documents.map((d) => explainDocument(d).join('\n')).join('\n\n') + '\n';
}

/** What `corridor eval` prints: JSON, or the table (followed by the explanation with --explain). */
export function renderEvalReport(report: EvalReport, opts: { json?: boolean; explain?: boolean } = {}): string {
  if (opts.json) return JSON.stringify(report, null, 2) + '\n';
  return opts.explain ? `${formatEvalTable(report)}\n${formatExplain(report)}` : formatEvalTable(report);
}

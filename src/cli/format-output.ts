// Listing output in the three formats every listing command offers. JSON is always an array.

export type OutputFormat = 'table' | 'json' | 'csv';

export interface Column<T> { header: string; value: (row: T) => string | number | null | undefined; width?: number }

export function renderRows<T>(rows: T[], columns: Column<T>[], format: OutputFormat, json: (row: T) => unknown = (r) => r): string {
  if (format === 'json') return JSON.stringify(rows.map(json), null, 2) + '\n';
  if (format === 'csv') {
    const lines = [columns.map((c) => csvCell(c.header)).join(',')];
    for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(','));
    return lines.join('\r\n') + '\r\n';
  }
  return renderTable(rows, columns);
}

export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  // a leading = + - @ would run as a formula in a spreadsheet
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function renderTable<T>(rows: T[], columns: Column<T>[]): string {
  if (!rows.length) return '(none)\n';
  const cells = rows.map((r) => columns.map((c) => oneLine(c.value(r))));
  const widths = columns.map((c, i) => Math.min(c.width ?? 60, Math.max(c.header.length, ...cells.map((row) => row[i].length))));
  const fit = (s: string, w: number) => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w));
  const out = [columns.map((c, i) => fit(c.header, widths[i])).join('  ').trimEnd(), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) out.push(row.map((s, i) => fit(s, widths[i])).join('  ').trimEnd());
  return out.join('\n') + '\n';
}

function oneLine(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/\s+/g, ' ');
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

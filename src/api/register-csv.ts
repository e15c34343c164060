// The register as CSV (RFC 4180): the columns a user can export, as data, and the quoting.
// A cell that starts with = + - @ gets a leading apostrophe, so a spreadsheet opening the
// file shows article text instead of running it as a formula.

import type { RegisterRow } from '../store/read-models.js';

const CSV_COLUMNS = {
  id: { header: 'id', value: (r: RegisterRow) => String(r.id) },
  name: { header: 'name', value: (r: RegisterRow) => r.name },
  type: { header: 'type', value: (r: RegisterRow) => r.type },
  sector: { header: 'sector', value: (r: RegisterRow) => r.sector },
  status: { header: 'status', value: (r: RegisterRow) => r.status },
  country: { header: 'country', value: (r: RegisterRow) => r.country ?? '' },
  places: { header: 'places', value: (r: RegisterRow) => r.places.join('; ') },
  partners: { header: 'partners', value: (r: RegisterRow) => r.partners.map((p) => `${p.name} (${p.role})`).join('; ') },
  capacity: { header: 'capacity', value: (r: RegisterRow) => r.capacity.map((c) => `${c.value} ${c.unit}`).join('; ') },
  amount: { header: 'amount', value: (r: RegisterRow) => (r.amount ? String(r.amount.value) : '') },
  currency: { header: 'currency', value: (r: RegisterRow) => r.amount?.currency ?? '' },
  sources: { header: 'sources', value: (r: RegisterRow) => String(r.sources) },
  first_reported: { header: 'first_reported', value: (r: RegisterRow) => r.firstReported ?? '' },
  reported: { header: 'last_reported', value: (r: RegisterRow) => r.lastReported ?? '' },
} as const;

export type CsvColumn = keyof typeof CSV_COLUMNS;
export const CSV_COLUMN_IDS = Object.keys(CSV_COLUMNS) as [CsvColumn, ...CsvColumn[]];

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvHeader(columns: readonly CsvColumn[]): string {
  return `${columns.map((c) => cell(CSV_COLUMNS[c].header)).join(',')}\r\n`;
}

export function csvRows(rows: readonly RegisterRow[], columns: readonly CsvColumn[]): string {
  return rows.map((r) => `${columns.map((c) => cell(CSV_COLUMNS[c].value(r))).join(',')}\r\n`).join('');
}

// One row per project with the columns an analyst expects in a spreadsheet.

import { ROLES } from '../nlp/extraction.js';
import { csvCell } from '../cli/format-output.js';
import { describeAmount, describeCapacity } from '../cli/describe.js';
import { bestLocation } from './project-location.js';
import type { RegisterExport } from './register-export.js';

const HEADERS = [
  'id', 'name', 'type', 'sector', 'status', 'country', 'region', 'city', 'lat', 'lon', 'location_precision',
  'capacity', 'capacity_value', 'capacity_unit', 'amount', 'amount_value', 'amount_currency',
  ...ROLES.map((r) => `${r}s`),
  'first_reported', 'last_reported', 'sources', 'stories', 'source_titles', 'source_urls', 'conflicts', 'curated',
];

export function registerToCsv(reg: RegisterExport): string {
  const docs = new Map(reg.documents.map((d) => [d.key, d]));
  const lines = [HEADERS.join(',')];
  for (const p of reg.projects) {
    const loc = bestLocation(p.locations);
    const first = p.capacity[0];
    const sources = p.sources.map((k) => docs.get(k)).filter((d) => d !== undefined);
    const row: (string | number | null | undefined)[] = [
      p.id, p.name, p.type, p.sector, p.status, p.country,
      p.locations.find((l) => l.kind === 'region')?.name, p.locations.find((l) => l.kind === 'city' || l.kind === 'site')?.name,
      loc?.lat, loc?.lon, loc?.precision,
      describeCapacity(p.capacity), first?.value, first?.unit,
      describeAmount(p.amount), p.amount?.value, p.amount?.currency,
      ...ROLES.map((r) => p.organizations.filter((o) => o.role === r).map((o) => o.name).join('; ')),
      p.firstSeen, p.lastSeen, p.sources.length, p.stories,
      sources.map((d) => d.title ?? d.path ?? d.key).join(' | '),
      sources.map((d) => d.url).filter(Boolean).join(' | '),
      p.conflicts.map((c) => `${c.field} ${c.about}: ${c.values.map((v) => v.text).join(' vs ')}`).join('; '),
      p.curation.length > 0 ? 'yes' : '',
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

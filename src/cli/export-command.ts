// `corridor export --format csv|json|geojson|graphml [--out FILE]`: the whole register as a file.

import { writeFileSync } from 'node:fs';
import { registerToCsv } from '../export/export-csv.js';
import { registerToGeoJson } from '../export/export-geojson.js';
import { registerToGraphml } from '../export/export-graphml.js';
import { buildRegisterExport, type RegisterExport } from '../export/register-export.js';
import { withStore } from './list-commands.js';

export const EXPORT_FORMATS = ['json', 'csv', 'geojson', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const RENDER: Record<ExportFormat, (reg: RegisterExport) => { text: string; note?: string }> = {
  json: (reg) => ({ text: JSON.stringify(reg, null, 2) + '\n' }),
  csv: (reg) => ({ text: registerToCsv(reg) }),
  geojson: (reg) => {
    const { geojson, unplaced } = registerToGeoJson(reg);
    return { text: geojson, note: unplaced > 0 ? `${unplaced} project(s) without coordinates left out` : undefined };
  },
  graphml: (reg) => ({ text: registerToGraphml(reg) }),
};

export async function runExport(opts: { db?: string; format: ExportFormat; out?: string }): Promise<number> {
  const reg = await withStore(opts.db, (s) => buildRegisterExport(s));
  const { text, note } = RENDER[opts.format](reg);
  if (opts.out) writeFileSync(opts.out, text);
  else process.stdout.write(text);
  if (note) process.stderr.write(`corridor: ${note}\n`);
  if (opts.out) process.stderr.write(`corridor: wrote ${reg.projects.length} projects to ${opts.out}\n`);
  return 0;
}

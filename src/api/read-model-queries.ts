// Inputs of the web app's read routes (register table, facets, export, graph, map), in the
// same style as query-schemas.ts: strings in, blank means "not set", every value bounded.

import { z } from 'zod';
import { PROJECT_TYPES, STATUSES } from '../nlp/extraction.js';
import { REGISTER_SORTS } from '../store/read-models.js';
import { country, integer, oneOf, SECTOR_FILTERS, text } from './query-schemas.js';
import { CSV_COLUMN_IDS } from './register-csv.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function date(description: string) {
  const error = 'must be a date YYYY-MM-DD';
  return z
    .preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string({ error }).regex(DATE, { error }).optional())
    .meta({ description });
}

function optionalId(description: string) {
  const error = 'must be a positive integer';
  return z
    .preprocess(
      (v) => (typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.number({ error }).int({ error }).min(1, { error }).optional(),
    )
    .meta({ description });
}

const registerFilters = {
  q: text('Full-text search over project names, places, organisations and source sentences.'),
  country,
  sector: oneOf(SECTOR_FILTERS, 'A sector, or its top level: "energy" matches "energy.power".'),
  type: oneOf(PROJECT_TYPES, 'Project type.'),
  status: oneOf(STATUSES, 'Current status of the project.'),
  org: text('Organisation name or alias (case-insensitive substring) among the project\'s partners.'),
  organizationId: z
    .preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.string().regex(/^org-[0-9a-z]{10}$/, { error: 'must be an organisation\'s public id (org-…)' }).optional(),
    )
    .meta({ description: 'Only projects this organisation (by public id) is a partner in.' }),
  documentId: optionalId('Only projects this document (by id) reports.'),
  reportedFrom: date('Some source about the project was published on or after this date.'),
  reportedTo: date('Some source about the project was published on or before this date.'),
  sort: oneOf(REGISTER_SORTS, 'Column to sort by (default: reported, the latest source date).'),
  dir: oneOf(['asc', 'desc'] as const, 'Sort direction (default: desc).'),
};

export const RegisterQuery = z.strictObject({
  ...registerFilters,
  limit: integer({ min: 1, max: 500, default: 50, description: 'Page size.' }),
  offset: integer({ min: 0, default: 0, description: 'Rows to skip, for paging.' }),
});

export const FacetsQuery = z.strictObject(registerFilters);

export const ExportQuery = z.strictObject({
  ...registerFilters,
  columns: z
    .preprocess(
      (v) => (typeof v === 'string' && v.trim() !== '' ? v.split(',').map((c) => c.trim()) : undefined),
      z.array(z.enum(CSV_COLUMN_IDS, { error: `must be a comma-separated list of: ${CSV_COLUMN_IDS.join(', ')}` })).optional(),
    )
    .meta({ description: `Columns to export, comma-separated, in order (default: all): ${CSV_COLUMN_IDS.join(', ')}.` }),
});

export const GraphQuery = z.strictObject({
  sector: oneOf(SECTOR_FILTERS, 'Only projects of this sector (or top level).'),
  country,
  from: date('Only projects with a source published on or after this date.'),
  to: date('Only projects with a source published on or before this date.'),
  limit: integer({ min: 1, max: 1000, default: 150, description: 'Most projects in the graph (latest reported first).' }),
});

export const MapQuery = z.strictObject({
  sector: oneOf(SECTOR_FILTERS, 'Only projects of this sector (or top level).'),
  country,
  limit: integer({ min: 1, max: 50000, default: 5000, description: 'Most points.' }),
});

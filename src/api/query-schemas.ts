// What the API accepts: one zod schema per route input. The handlers validate with these
// and the OpenAPI document is generated from them, so the two cannot drift apart.
// Query values arrive as strings; an empty value (`?country=`, what a form's "any" option
// sends) means the parameter is not given.

import { z } from 'zod';
import { SECTORS, STATUSES } from '../nlp/extraction.js';

/** Longest free-text value accepted; longer text is never a real query. */
export const MAX_TEXT_LENGTH = 200;

/** Sector filter values: every sector and every top level ("energy" matches "energy.power"). */
export const SECTOR_FILTERS: readonly string[] = [
  ...new Set([...SECTORS.map((s) => s.split('.')[0]), ...SECTORS]),
].sort();

const blankToUndefined = (v: unknown): unknown =>
  typeof v === 'string' && v.trim() === '' ? undefined : v;

// Number('1e2'), Number('0x10') and Number(' 5') all succeed; a query integer is digits only.
// Fifteen digits stay below 2^53, so the number is exact.
const digitsToNumber = (v: unknown): unknown =>
  typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : v;

// Control characters are never part of a real query, and a NUL can cut a SQL pattern short.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const NO_CONTROL = { error: 'must not contain control characters' };

export function text(description: string) {
  const error = `must be text of at most ${MAX_TEXT_LENGTH} characters`;
  return z
    .preprocess(
      blankToUndefined,
      z.string({ error }).trim().max(MAX_TEXT_LENGTH, { error }).refine((s) => !CONTROL.test(s), NO_CONTROL).optional(),
    )
    .meta({ description });
}

export function oneOf<const T extends readonly string[]>(values: T, description: string) {
  const error = `must be one of: ${values.join(', ')}`;
  return z
    .preprocess(blankToUndefined, z.enum(values, { error }).optional())
    .meta({ description });
}

export function integer(opts: { min: number; max?: number; default: number; description: string }) {
  const error =
    opts.max === undefined ? `must be an integer >= ${opts.min}` : `must be an integer from ${opts.min} to ${opts.max}`;
  let n = z.number({ error }).int({ error }).min(opts.min, { error });
  if (opts.max !== undefined) n = n.max(opts.max, { error });
  return z
    .preprocess((v) => digitsToNumber(blankToUndefined(v)), n.optional())
    .transform((v) => v ?? opts.default)
    .meta({ description: opts.description });
}

export const country = z
  .preprocess(
    blankToUndefined,
    z
      .string({ error: 'must be a two-letter ISO 3166-1 country code' })
      .regex(/^[A-Za-z]{2}$/, { error: 'must be a two-letter ISO 3166-1 country code' })
      .transform((c) => c.toUpperCase())
      .optional(),
  )
  .meta({ description: 'Host country, ISO 3166-1 alpha-2 (case-insensitive), e.g. KZ.' });

export const ProjectListQuery = z.strictObject({
  q: text('Full-text search over project names, places, organisations and source sentences.'),
  country,
  sector: oneOf(SECTOR_FILTERS, 'A sector, or its top level: "energy" matches "energy.power".'),
  status: oneOf(STATUSES, 'Current status of the project.'),
  org: text('Organisation name or alias (case-insensitive substring) among the project\'s partners.'),
  limit: integer({ min: 1, max: 500, default: 100, description: 'Page size.' }),
  offset: integer({ min: 0, default: 0, description: 'Rows to skip, for paging.' }),
});

export const NameQuery = z.strictObject({
  q: text('Case-insensitive match on the name or an alias.'),
});

export const SearchQuery = z.strictObject({
  q: z
    .preprocess(
      blankToUndefined,
      z
        .string({ error: 'is required and must not be empty' })
        .trim()
        .max(MAX_TEXT_LENGTH, { error: `must be at most ${MAX_TEXT_LENGTH} characters` })
        .refine((s) => !CONTROL.test(s), NO_CONTROL),
    )
    .meta({ description: 'Words to find in projects, organisations, people and documents.' }),
  limit: integer({ min: 1, max: 500, default: 50, description: 'Most hits to return.' }),
});

export const NoQuery = z.strictObject({});

export const IdParams = z.strictObject({
  id: z
    .preprocess(
      digitsToNumber,
      z
        .number({ error: 'must be a positive integer' })
        .int({ error: 'must be a positive integer' })
        .min(1, { error: 'must be a positive integer' }),
    )
    .meta({ description: 'Numeric id.' }),
});

export const UidParams = z.strictObject({
  id: z
    .string()
    .regex(/^(prj|org|per|plc)-[0-9a-z]{10}$/, { error: 'must be a public id such as prj-0123456789' })
    .meta({ description: 'Public id (prj-…, org-…, per-…).' }),
});

export const NoParams = z.strictObject({});

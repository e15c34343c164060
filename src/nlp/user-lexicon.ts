import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PROJECT_TYPES, SECTORS } from './extraction.js';
import { addTitles } from './lexicon.js';
import { addFacilityPhrases } from './facility-lexicon.js';
import { addKnownOrganizations } from './known-organizations.js';

// A user's own lexicon (--lexicon FILE, JSON or YAML): organisations with aliases, facility kinds
// and titles, added to the engine's data without code changes.

const QUANTITY_KINDS = ['power', 'energy', 'mass', 'length', 'volume', 'count', 'area', 'other'] as const;

export const userLexiconSchema = z.object({
  organizations: z.array(z.object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    country: z.string().regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code such as KZ').nullable().default(null),
  }).strict()).default([]),
  facilities: z.array(z.object({
    type: z.enum(PROJECT_TYPES),
    sector: z.enum(SECTORS),
    phrases: z.array(z.string().min(1)).min(1),
    capacity_kinds: z.array(z.enum(QUANTITY_KINDS)).default([]),
  }).strict()).default([]),
  titles: z.array(z.string().min(1)).default([]),
}).strict();

export type UserLexicon = z.infer<typeof userLexiconSchema>;

/** Reads and checks a lexicon file; throws an Error whose message names the file and the problem. */
export function readUserLexicon(path: string): UserLexicon {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read lexicon ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(path) ? JSON.parse(raw) : parseYaml(raw);
  } catch (err) {
    throw new Error(`lexicon ${path} does not parse: ${(err as Error).message.split('\n')[0]}`);
  }
  const r = userLexiconSchema.safeParse(data ?? {});
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`lexicon ${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return r.data;
}

/** Adds a lexicon to the engine for the rest of this process. */
export function applyUserLexicon(lex: UserLexicon): void {
  addKnownOrganizations(lex.organizations);
  addFacilityPhrases(lex.facilities.map((f) => ({ ...f, phrases: f.phrases.map((p) => p.toLowerCase()) })));
  addTitles(lex.titles);
}

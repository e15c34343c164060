import { analyze, extract } from '../../src/nlp/extract.js';
import type { Extraction } from '../../src/nlp/extraction.js';

export function run(text: string, published = '2025-03-12', title: string | null = null): Extraction {
  return extract({ text, published, title });
}

export function docOf(text: string, published = '2025-03-12') {
  return analyze({ text, published }).doc;
}

export const names = (xs: { name: string }[]) => xs.map((x) => x.name);

/** The role the first project of `type` gives the organisation called `name` (undefined when either is absent). */
export const roleOf = (x: Extraction, type: string, name: string) => x.projects.find((p) => p.type === type)?.organizations.find((o) => o.name === name)?.role;

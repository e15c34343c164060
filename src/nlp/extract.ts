import { Doc, type DocMeta } from './doc.js';
import { EXTRACTION_SCHEMA, type Extraction, type Project } from './extraction.js';
import { tokenize } from './tokenize.js';
import { splitSentences } from './sentences.js';
import { recognizeQuantities } from './quantities.js';
import { recognizeDates } from './dates.js';
import { findTitles } from './titles.js';
import { findChunks } from './chunks.js';
import { classifyNames } from './classify-names.js';
import { buildEntities, type EntityTables } from './entities.js';
import { recognizeProjects, type ProjectDraft } from './projects.js';
import { recognizeEvents } from './events.js';
import { resolveReferences } from './coreference.js';
import { resolveTitleReferences } from './title-references.js';
import { fillDescribedEmployers } from './role-descriptions.js';
import { projectWords } from './project-context.js';
import { worksAtSea } from './project-places.js';

export interface ExtractInput {
  text: string;
  title?: string | null;
  published?: string | null;
  source?: string | null;
  path?: string | null;
  url?: string | null;
}

/** The analysis text: the headline as its own first paragraph, then the body. Offsets point here. */
export function analysisText(body: string, title: string | null | undefined): { text: string; bodyStart: number } {
  const t = (title ?? '').trim();
  if (!t || body.startsWith(t)) return { text: body, bodyStart: 0 };
  return { text: `${t}\n\n${body}`, bodyStart: t.length + 2 };
}

/** A publication date the engine can anchor on: a real YYYY-MM-DD day, else null. */
export function validPublished(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000) return null;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? m[0] : null;
}

/** Builds the Doc and runs every component in order. */
export function analyze(input: ExtractInput): { doc: Doc; entities: EntityTables; projects: ProjectDraft[]; events: ReturnType<typeof recognizeEvents>; mentions: ReturnType<typeof classifyNames> } {
  const { text, bodyStart } = analysisText(input.text, input.title);
  const meta: DocMeta = { title: input.title ?? null, published: validPublished(input.published), source: input.source ?? null, path: input.path ?? null, url: input.url ?? null };
  const doc = new Doc(text, meta);
  doc.bodyStart = bodyStart;
  tokenize(doc);
  splitSentences(doc);
  recognizeQuantities(doc);
  recognizeDates(doc);
  const titles = findTitles(doc);
  const chunks = findChunks(doc, titles);
  const mentions = classifyNames(doc, chunks, titles);
  doc.mentions = mentions;
  const entities = buildEntities(doc, mentions);
  // references ("the lender") join the mentions only after the entity tables are built: they add no names
  const references = resolveReferences(doc, mentions, entities);
  fillDescribedEmployers(entities, references);
  const withReferences = [...mentions, ...references, ...resolveTitleReferences(doc, mentions, entities)].sort((a, b) => a.start - b.start);
  const projects = recognizeProjects(doc, withReferences, entities);
  const events = recognizeEvents(doc, withReferences, entities, projects);
  return { doc, entities, projects, events, mentions };
}

/** Extraction JSON v1 for one document. */
export function extract(input: ExtractInput): Extraction {
  const { doc, entities, projects, events } = analyze(input);
  const ev = (ms: { start: number; end: number }[]) => ms.map((m) => ({ start: m.start, end: m.end }));
  return {
    schema: EXTRACTION_SCHEMA,
    document: { path: input.path ?? null, title: input.title ?? null, published: validPublished(input.published), source: input.source ?? null, language: 'en', ...(input.url ? { url: input.url } : {}) },
    text: doc.text,
    people: entities.people.map((p) => ({ name: p.name, aliases: p.aliases, roles: p.roles, evidence: ev(p.mentions) })),
    organizations: entities.organizations.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country, evidence: ev(o.mentions) })),
    places: entities.places.map((p) => {
      const out: Extraction['places'][number] = { name: p.name, aliases: p.aliases ?? [], kind: p.kind, country: p.country, evidence: ev(p.mentions) };
      if (p.lat !== undefined && p.lon !== undefined) { out.lat = p.lat; out.lon = p.lon; }
      return out;
    }),
    projects: projects.map((p) => toProject(p, entities)),
    events,
  };
}

function toProject(p: ProjectDraft, entities: EntityTables): Project {
  let places = [...p.places].map((i) => entities.places[i]).filter(Boolean);
  // a project's places are where it is: with a city, region or site known, countries and macro-regions add nothing
  // (an open sea is such a macro-region too: "the Trans-Caspian pipeline to Azerbaijan" keeps the country it reaches)
  const { prefixes, suffixes } = projectWords().wideRegionIds;
  // (not for works out at sea: "an offshore wind farm in the Caspian off the Absheron peninsula" stands in that sea)
  const atSea = worksAtSea(p.name);
  const wide = (id: string) => prefixes.some((x) => id.startsWith(x)) || (id.startsWith('nature:') && !atSea && suffixes.some((x) => id.endsWith(x)));
  const local = places.filter((pl) => pl.kind !== 'country' && !wide(pl.id));
  if (local.length) places = local;
  const countries = new Map<string, number>();
  for (const pl of places) if (pl.country) countries.set(pl.country, (countries.get(pl.country) ?? 0) + 1);
  const ranked = [...countries.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const project: Project = {
    name: p.name,
    type: p.type,
    sector: p.sector,
    status: p.status,
    country: ranked[0] ?? null,
    places: places.map((pl) => pl.name),
    organizations: [...p.orgs].map(([i, role]) => ({ name: entities.organizations[i].name, role })),
    capacity: p.capacity,
    amount: p.amount,
    evidence: p.evidence,
  };
  if (ranked.length > 1) project.countries = ranked;
  return project;
}

import { loadJson } from './data-dir.js';
import type { ProjectType, Role, Sector, Status } from './extraction.js';
import type { Quantity } from './doc.js';

// The project-side tables: facility kinds, status cues and role cues, loaded once from data/lexicon.

interface FacilityKind {
  type: ProjectType; sector: Sector; phrases: string[]; capacity_kinds: Quantity['kind'][];
  /** What a plant makes when a product word named it ("ferrosilicon" of "a ferrosilicon plant"). */
  product?: string;
}
interface FacilityData { kinds: FacilityKind[] }

/**
 * A facility kind in the one shape every kind has, product included (undefined when none): kinds are read in every
 * loop over a sentence's facility words, and kinds copied with `{ ...kind, product }` each got a hidden class of their
 * own, so V8 gave up on those reads (megamorphic) and dropped the optimised code of the functions making them.
 */
export function facilityKind(type: ProjectType, sector: Sector, phrases: string[], capacityKinds: Quantity['kind'][], product: string | undefined): FacilityKind {
  return { type, sector, phrases, capacity_kinds: capacityKinds, product };
}
interface StatusData { cues: Record<Status, string[]>; negations: string[]; modals: string[]; weak_cues: string[]; process_objects: string[]; works_verbs: string[]; plan_markers: string[] }
interface RoleData { cues: Record<Role, string[]>; government_words: string[]; financier_words: string[]; contractor_words?: string[]; not_party_words: string[]; recipient_verbs: string[]; structure_cues: string[] }

export interface PhraseTable<T> { byFirst: Map<string, { words: string[]; value: T }[]> }

export interface FacilityLexicon {
  facilities: PhraseTable<FacilityKind>;
  statuses: PhraseTable<Status>;
  negations: PhraseTable<true>;
  modals: Set<string>;
  weakStatusCues: Set<string>;
  processObjects: Set<string>;
  /** Verbs of making or growing works ("add", "expand", "set up"): after a plan marker ("will", "is to be") a plan. */
  worksVerbs: PhraseTable<true>;
  planMarkers: Set<string>;
  roles: PhraseTable<Role>;
  governmentWords: Set<string>;
  financierWords: Set<string>;
  contractorWords: Set<string>;
  notPartyWords: Set<string>;
  recipientVerbs: Set<string>;
  structureCues: PhraseTable<true>;
}

/** A phrase table: phrases (any case, one space or more between words) by their first word, longest first. */
export function phraseTable<T>(entries: [string, T][]): PhraseTable<T> {
  const byFirst = new Map<string, { words: string[]; value: T }[]>();
  for (const [phrase, value] of entries) {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, value });
    byFirst.set(words[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** Longest phrase of the table starting at token i, as [value, last token index]. */
export function phraseAt<T>(t: PhraseTable<T>, lowers: string[], i: number): { value: T; last: number } | null {
  const list = t.byFirst.get(lowers[i]);
  if (!list) return null;
  for (const { words, value } of list) {
    let ok = true;
    for (let k = 1; k < words.length; k++) if (lowers[i + k] !== words[k]) { ok = false; break; }
    if (ok) return { value, last: i + words.length - 1 };
  }
  return null;
}

/** "drinking water system" and "drinking-water system": a phrase of three words or more is also written with its first
 * two words joined as one compound modifier. */
export function withHyphenatedModifier(phrase: string): string[] {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length < 3 || words[0].includes('-') || words[1].includes('-')) return [phrase];
  return [phrase, [`${words[0]}-${words[1]}`, ...words.slice(2)].join(' ')];
}

let lexicon: FacilityLexicon | null = null;

export function getFacilityLexicon(): FacilityLexicon {
  if (lexicon) return lexicon;
  const f = loadJson<FacilityData>('lexicon/facilities.json');
  const s = loadJson<StatusData>('lexicon/statuses.json');
  const r = loadJson<RoleData>('lexicon/roles.json');
  lexicon = {
    facilities: phraseTable(f.kinds.map((k) => facilityKind(k.type, k.sector, k.phrases, k.capacity_kinds, k.product))
      .flatMap((k) => k.phrases.flatMap((p) => withHyphenatedModifier(p).map((v) => [v, k] as [string, FacilityKind])))),
    statuses: phraseTable(Object.entries(s.cues).flatMap(([st, cues]) => cues.map((c) => [c, st as Status] as [string, Status]))),
    negations: phraseTable(s.negations.map((n) => [n, true] as [string, true])),
    modals: new Set(s.modals),
    weakStatusCues: new Set(s.weak_cues),
    processObjects: new Set(s.process_objects),
    worksVerbs: phraseTable(s.works_verbs.map((v) => [v, true] as [string, true])),
    planMarkers: new Set(s.plan_markers),
    roles: phraseTable(Object.entries(r.cues).flatMap(([role, cues]) => cues.map((c) => [c, role as Role] as [string, Role]))),
    governmentWords: new Set(r.government_words),
    financierWords: new Set(r.financier_words),
    contractorWords: new Set(r.contractor_words ?? []),
    notPartyWords: new Set(r.not_party_words),
    recipientVerbs: new Set(r.recipient_verbs),
    structureCues: phraseTable(r.structure_cues.map((c) => [c, true] as [string, true])),
  };
  return lexicon;
}

/** Adds facility kinds from a user lexicon file. */
export function addFacilityPhrases(kinds: { type: ProjectType; sector: Sector; phrases: string[]; capacity_kinds?: Quantity['kind'][] }[]): void {
  const lex = getFacilityLexicon();
  const extra = phraseTable(kinds.flatMap((k) => k.phrases.map((p) => [p, { ...k, capacity_kinds: k.capacity_kinds ?? [] }] as [string, FacilityKind])));
  for (const [first, list] of extra.byFirst) {
    const merged = [...(lex.facilities.byFirst.get(first) ?? []), ...list].sort((a, b) => b.words.length - a.words.length);
    lex.facilities.byFirst.set(first, merged);
  }
}

export type { FacilityKind };

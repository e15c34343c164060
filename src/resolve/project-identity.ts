// When a project named in a new document is one already in the register. Conservative on
// purpose: a wrong merge hides a project, a missed merge only shows one twice.
//
// Same type AND (equal normalised names OR (a shared place AND (a shared organisation OR a
// capacity within 1%))), with three guards:
// - a name counts only when it is distinctive: a word beyond facility words, units and numbers
//   ("Chancay port" is, "port" or "300 MW solar power plant" is not);
// - equal names in two different host countries are two projects (a "Standard Gauge Railway"
//   in Kenya and one in Tanzania);
// - places are compared by resolved id and only below country level (two refineries "in
//   Kazakhstan" share nothing); a place+organisation match is vetoed when both sides state
//   capacities in the same unit and none agree (one company's 100 MW and 1 GW wind farms in
//   one region are two projects).

import { loadJson } from '../nlp/data-dir.js';
import { nameTokens, normalizeName } from './normalize-name.js';

interface FacilityFile { kinds: { phrases: string[] }[] }
interface ProjectWordsFile { anaphors: string[] }
interface UnitFile { units: { words: string[] }[] }
interface NumberFile { units: Record<string, number>; scales: Record<string, number> }

let generic: Set<string> | null = null;

/** Words that say what kind of thing a project is, or how big, but not which one. */
function genericWords(): Set<string> {
  if (generic) return generic;
  const words = [
    ...loadJson<FacilityFile>('lexicon/facilities.json').kinds.flatMap((k) => k.phrases),
    ...loadJson<ProjectWordsFile>('lexicon/project-words.json').anaphors,
    ...loadJson<UnitFile>('lexicon/units.json').units.flatMap((u) => u.words),
    ...Object.keys(loadJson<NumberFile>('lexicon/numbers.json').units),
    ...Object.keys(loadJson<NumberFile>('lexicon/numbers.json').scales),
  ];
  generic = new Set(words.flatMap((w) => nameTokens(normalizeName(w))));
  return generic;
}

/** A name that can identify a project on its own: one word that is not generic and not a number. */
export function isDistinctiveName(nameKey: string): boolean {
  const words = genericWords();
  return nameTokens(nameKey).some((t) => !words.has(t) && !/^\d/.test(t));
}

export interface CapacityValue { value: number; unit: string; item?: string }

export interface ProjectFacts {
  type: string;
  /** Normalised names (see projectNameKey): the project's name and any aliases. */
  nameKeys: readonly string[];
  /** Resolved place ids, countries excluded. */
  places: readonly number[];
  /** Resolved organisation ids. */
  organizations: readonly number[];
  /** Host countries (ISO codes); empty when unknown. */
  countries: readonly string[];
  capacities: readonly CapacityValue[];
}

export interface ProjectMatch { match: boolean; score: number; reasons: string[] }

export function projectNameKey(name: string): string {
  return normalizeName(name);
}

/** Same unit (and item, when both say) and values within 1% of the larger. */
export function capacitiesAgree(a: CapacityValue, b: CapacityValue): boolean {
  if (a.unit.toLowerCase() !== b.unit.toLowerCase()) return false;
  if (a.item && b.item && normalizeName(a.item) !== normalizeName(b.item)) return false;
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value));
  return Math.abs(a.value - b.value) <= 0.01 * scale;
}

function comparable(a: CapacityValue, b: CapacityValue): boolean {
  return a.unit.toLowerCase() === b.unit.toLowerCase() && !(a.item && b.item && normalizeName(a.item) !== normalizeName(b.item));
}

/** How a reason names a shared place or organisation: the incoming statement's own words for it (ids mean nothing to a reader). */
export type FactLabel = (kind: 'place' | 'organization', id: number) => string;
const byId: FactLabel = (_kind, id) => `#${id}`;

export function compareProjects(incoming: ProjectFacts, existing: ProjectFacts, label: FactLabel = byId): ProjectMatch {
  const reasons: string[] = [];
  if (incoming.type !== existing.type) return { match: false, score: 0, reasons: [`different types: ${incoming.type} / ${existing.type}`] };
  reasons.push(`same type ${incoming.type}`);
  let score = 0;

  const sameNames = incoming.nameKeys.filter((k) => k && existing.nameKeys.includes(k));
  const names = sameNames.filter(isDistinctiveName);
  const countryClash = incoming.countries.length > 0 && existing.countries.length > 0
    && !incoming.countries.some((c) => existing.countries.includes(c));
  if (names.length > 0 && countryClash) {
    reasons.push(`same name "${names[0]}" in other countries (${incoming.countries.join(', ')} / ${existing.countries.join(', ')})`);
    names.length = 0;
  } else if (names.length > 0) {
    score += 4;
    reasons.push(`same name "${names[0]}"`);
  } else if (sameNames.length > 0) {
    reasons.push(`same name "${sameNames[0]}", too generic to count`);
  }

  const places = incoming.places.filter((p) => existing.places.includes(p));
  if (places.length > 0) { score += places.length; reasons.push(`shared places: ${places.map((id) => label('place', id)).join(', ')}`); }

  const orgs = incoming.organizations.filter((o) => existing.organizations.includes(o));
  if (orgs.length > 0) { score += orgs.length; reasons.push(`shared organisations: ${orgs.map((id) => label('organization', id)).join(', ')}`); }

  const agreeing = incoming.capacities.find((a) => existing.capacities.some((b) => capacitiesAgree(a, b)));
  if (agreeing) { score += 2; reasons.push(`capacity ${agreeing.value} ${agreeing.unit} within 1%`); }
  const conflicting = !agreeing && incoming.capacities.some((a) => existing.capacities.some((b) => comparable(a, b)));
  if (conflicting) reasons.push('capacities in the same unit disagree');

  let match = false;
  if (names.length > 0) match = true;
  else if (places.length > 0 && agreeing) match = true;
  else if (places.length > 0 && orgs.length > 0) {
    match = !conflicting;
    if (conflicting) reasons.push('place and organisation shared, vetoed by the capacity');
  }
  if (!match && reasons.length === 1) reasons.push('no shared name, place, organisation or capacity');
  return { match, score: match ? score : 0, reasons };
}

export interface ProjectChoice {
  /** The best matching candidate (highest score, then lowest id), or null. */
  best: ({ id: number } & ProjectMatch) | null;
  /** Every candidate with its verdict, for later inspection. */
  compared: ({ id: number } & ProjectMatch)[];
}

export function chooseProject(incoming: ProjectFacts, candidates: readonly { id: number; facts: ProjectFacts }[], label: FactLabel = byId): ProjectChoice {
  const compared = candidates.map((c) => ({ id: c.id, ...compareProjects(incoming, c.facts, label) }));
  let best: ProjectChoice['best'] = null;
  for (const m of compared) {
    if (m.match && (!best || m.score > best.score || (m.score === best.score && m.id < best.id))) best = m;
  }
  return { best, compared };
}

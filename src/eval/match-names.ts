// Organisations and places (spec: "same when any name or alias of one equals any of the other
// after normalisation (case, punctuation, "the", corporate suffixes like Co., Ltd., JSC)").
// Matching is one-to-one: a pair whose canonical names are equal is taken before a pair that
// only meets through an alias, so a duplicate prediction ("CNPC" listed apart from "China
// National Petroleum Corporation") is one hit and one false positive.
//
// The same module resolves the names a project or an event lists (project.places,
// project.organizations[].name) to the forms of the document's own records, so that
// "Oskemen" on one side meets "Ust-Kamenogorsk" on the other when either side's `places` array
// says they are one place.

import type { Organization, Place } from '../nlp/extraction.js';
import { arr, greedyAssign, kindScore, type Candidate } from './greedy.js';
import { normOrgName, normPlaceName } from './normalize.js';
import type { KindScore } from './types.js';

export interface NamedLike {
  name: string;
  aliases?: string[] | null;
}

export type Normaliser = (name: string) => string;

export function nameForms(item: NamedLike, norm: Normaliser): Set<string> {
  const out = new Set<string>();
  for (const n of [item.name, ...arr(item.aliases)]) {
    if (typeof n !== 'string') continue;
    const f = norm(n);
    if (f) out.add(f);
  }
  return out;
}

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** 2: canonical names equal; 1: they meet through an alias; 0: different. */
export function sameNamedScore(a: NamedLike, b: NamedLike, norm: Normaliser): number {
  const na = norm(a.name);
  if (na && na === norm(b.name)) return 2;
  return intersects(nameForms(a, norm), nameForms(b, norm)) ? 1 : 0;
}

export const sameOrganization = (a: NamedLike, b: NamedLike): boolean => sameNamedScore(a, b, normOrgName) > 0;
export const samePlace = (a: NamedLike, b: NamedLike): boolean => sameNamedScore(a, b, normPlaceName) > 0;

function matchNamed(pred: readonly NamedLike[], gold: readonly NamedLike[], norm: Normaliser): KindScore {
  const P = arr(pred as NamedLike[]).filter((p) => p && typeof p.name === 'string');
  const G = arr(gold as NamedLike[]).filter((g) => g && typeof g.name === 'string');
  const cands: Candidate[] = [];
  P.forEach((p, i) => G.forEach((g, j) => {
    const score = sameNamedScore(p, g, norm);
    if (score > 0) cands.push({ pred: i, gold: j, score });
  }));
  return kindScore(P.map((p) => p.name), G.map((g) => g.name), greedyAssign(cands));
}

export function matchOrganizations(pred: readonly Organization[], gold: readonly Organization[]): KindScore {
  return matchNamed(pred, gold, normOrgName);
}

export function matchPlaces(pred: readonly Place[], gold: readonly Place[]): KindScore {
  return matchNamed(pred, gold, normPlaceName);
}

/**
 * Expands a bare name (as a project or event lists it) to every form the documents give it:
 * the name itself plus the name and aliases of every record, on either side, that the name is a
 * form of.
 */
export class NameResolver {
  private readonly records: Set<string>[];

  constructor(private readonly norm: Normaliser, ...lists: (readonly NamedLike[] | null | undefined)[]) {
    this.records = [];
    for (const list of lists) {
      for (const item of arr(list as NamedLike[])) {
        if (item && typeof item.name === 'string') this.records.push(nameForms(item, norm));
      }
    }
  }

  forms(name: string): Set<string> {
    const f = this.norm(name);
    const out = new Set<string>(f ? [f] : []);
    if (!f) return out;
    for (const r of this.records) if (r.has(f)) for (const x of r) out.add(x);
    return out;
  }

  same(a: string, b: string): boolean {
    return intersects(this.forms(a), this.forms(b));
  }
}

export function placeResolver(pred: readonly Place[] | undefined, gold: readonly Place[] | undefined): NameResolver {
  return new NameResolver(normPlaceName, pred, gold);
}

export function orgResolver(pred: readonly Organization[] | undefined, gold: readonly Organization[] | undefined): NameResolver {
  return new NameResolver(normOrgName, pred, gold);
}

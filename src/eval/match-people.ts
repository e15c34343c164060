// People (spec: "same person when the normalised names are equal, or one name's tokens are a
// subset of the other's and the family name matches (Tokayev ~ Kassym-Jomart Tokayev)").
//
// Reading of the rule, in order of strength:
//  3    the two canonical names are equal after normalisation;
//  2    any name or alias of one equals any name or alias of the other (gold "Dai Houliang" with
//       alias "Dai" ~ predicted "Dai");
//  1..2 subset rule, applied to the two canonical names: the shorter name's token set is a
//       subset of the longer one's AND contains the longer name's first or last token.
//       "Family name matches" is read this way because the family name comes last in
//       "Kassym-Jomart Tokayev" but first in "Dai Houliang" or "Xi Jinping", and nothing in the
//       JSON says which order a name uses. So "Tokayev" ~ "Kassym-Jomart Tokayev" and "Dai" ~
//       "Dai Houliang", while "Jomart" ≁ "Kassym-Jomart Tokayev" (a middle token). The price is
//       that a bare given name that happens to lead a Western name also matches ("Kassym").
//       The subset rule is not applied to aliases: otherwise a predicted "Akylbek Japarov" would
//       match gold "Sadyr Japarov" through its alias "Japarov", which the rule does not intend
//       (two different people with one family name never match each other).
//  0    not the same person.
// Matching is one-to-one, strongest pairs first (greedy), so a predicted "Xi" goes to the gold
// person whose alias is "Xi" before one whose name merely contains it.

import type { Person } from '../nlp/extraction.js';
import { arr, greedyAssign, kindScore, type Candidate } from './greedy.js';
import { normPersonName, tokens } from './normalize.js';
import type { KindScore } from './types.js';

export interface PersonLike {
  name: string;
  aliases?: string[] | null;
}

function forms(p: PersonLike): string[] {
  const out = new Set<string>();
  for (const n of [p.name, ...arr(p.aliases)]) {
    const f = normPersonName(n);
    if (f) out.add(f);
  }
  return [...out];
}

/**
 * The subset-and-family-name rule on two normalised names: the shorter name's tokens are all in
 * the longer name and include its first or its last token.
 */
export function subsetFamilyMatch(a: string, b: string): boolean {
  let s = tokens(a);
  let l = tokens(b);
  if (s.length === 0 || l.length === 0) return false;
  if (s.length > l.length) [s, l] = [l, s];
  const longSet = new Set(l);
  if (!s.every((t) => longSet.has(t))) return false;
  const shortSet = new Set(s);
  return shortSet.has(l[0]) || shortSet.has(l[l.length - 1]);
}

/** How strongly two person records are the same person (0 = not the same; see the file head). */
export function samePersonScore(a: PersonLike, b: PersonLike): number {
  const na = normPersonName(a.name);
  const nb = normPersonName(b.name);
  if (na && na === nb) return 3;
  const fb = new Set(forms(b));
  if (forms(a).some((f) => fb.has(f))) return 2;
  if (subsetFamilyMatch(na, nb)) {
    // a little more for a closer pair: "Xi Jin" vs "Xi Jin Ping" before "Xi" vs "Xi Jin Ping"
    const ta = new Set(tokens(na));
    const tb = new Set(tokens(nb));
    const inter = [...ta].filter((t) => tb.has(t)).length;
    return 1 + inter / Math.max(ta.size, tb.size) / 2;
  }
  return 0;
}

export function samePerson(a: PersonLike, b: PersonLike): boolean {
  return samePersonScore(a, b) > 0;
}

export function matchPeople(pred: readonly Person[], gold: readonly Person[]): KindScore {
  const P = arr(pred as Person[]).filter((p) => p && typeof p.name === 'string');
  const G = arr(gold as Person[]).filter((p) => p && typeof p.name === 'string');
  const cands: Candidate[] = [];
  P.forEach((p, i) => G.forEach((g, j) => {
    const score = samePersonScore(p, g);
    if (score > 0) cands.push({ pred: i, gold: j, score });
  }));
  return kindScore(P.map((p) => p.name), G.map((g) => g.name), greedyAssign(cands));
}

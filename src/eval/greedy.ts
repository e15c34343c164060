// One-to-one matching, best pairs first: every candidate pair carries a score; pairs are taken
// in order of falling score (ties: lower gold index, then lower predicted index, so the result
// never depends on sort stability) as long as neither side is already taken.

import type { KindScore } from './types.js';
import { prf } from './metrics.js';

export interface Candidate {
  pred: number;
  gold: number;
  score: number;
}

export function greedyAssign<C extends Candidate>(candidates: readonly C[]): C[] {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.gold - b.gold || a.pred - b.pred);
  const usedPred = new Set<number>();
  const usedGold = new Set<number>();
  const out: C[] = [];
  for (const c of sorted) {
    if (usedPred.has(c.pred) || usedGold.has(c.gold)) continue;
    usedPred.add(c.pred);
    usedGold.add(c.gold);
    out.push(c);
  }
  return out.sort((a, b) => a.gold - b.gold);
}

/** Arrays in predictions may be missing or malformed; the scorer reads them through this. */
export function arr<T>(v: T[] | null | undefined): T[] {
  return Array.isArray(v) ? v : [];
}


/** Turns a one-to-one assignment into counts and lists of names (matched, missed, false positives). */
export function kindScore(
  predLabels: readonly string[],
  goldLabels: readonly string[],
  matches: readonly Candidate[],
  ignoredPred: ReadonlySet<number> = new Set(),
  ignoredGold: ReadonlySet<number> = new Set(),
): KindScore {
  const mp = new Set(matches.map((m) => m.pred));
  const mg = new Set(matches.map((m) => m.gold));
  const missed = goldLabels.filter((_, i) => !mg.has(i) && !ignoredGold.has(i));
  const falsePositives = predLabels.filter((_, i) => !mp.has(i) && !ignoredPred.has(i));
  const tp = matches.length;
  return {
    ...prf(tp, falsePositives.length, missed.length),
    matched: matches.map((m) => ({ pred: predLabels[m.pred], gold: goldLabels[m.gold], predIndex: m.pred, goldIndex: m.gold })),
    missed,
    falsePositives,
  };
}

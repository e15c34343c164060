// Choosing the existing record a newly extracted name belongs to, by shared name keys.
// Shared by organisations, people and places: each builds its keys its own way, then asks here.

export interface KeyedName {
  /** The key of the canonical (fullest) name. */
  key: string;
  /** Every key the name is known by, the canonical one included. */
  keys: string[];
}

export interface KeyedRecord extends KeyedName { id: number }

export interface KeyMatch { id: number; score: number; reasons: string[] }

/**
 * The record that shares a key with `incoming`, or null. The same canonical key outranks a
 * canonical key found among aliases, which outranks alias-to-alias; more shared keys rank
 * higher. Two records tied at the top are ambiguous (two organisations both called "CEC"):
 * no match, since a wrong merge is worse than a duplicate.
 */
export function matchByKeys(incoming: KeyedName, candidates: readonly KeyedRecord[]): KeyMatch | null {
  const mine = new Set(incoming.keys);
  mine.add(incoming.key);
  const scored: KeyMatch[] = [];
  for (const c of candidates) {
    const theirs = new Set(c.keys);
    theirs.add(c.key);
    const shared = [...mine].filter((k) => theirs.has(k));
    if (shared.length === 0) continue;
    const reasons: string[] = [];
    let score = shared.length;
    if (c.key === incoming.key) {
      score += 100;
      reasons.push(`same canonical key "${c.key}"`);
    } else if (theirs.has(incoming.key) || mine.has(c.key)) {
      score += 10;
      reasons.push(theirs.has(incoming.key) ? `"${incoming.key}" is an alias of the record` : `the record's name "${c.key}" is one of the aliases`);
    }
    reasons.push(`shared keys: ${shared.map((k) => `"${k}"`).join(', ')}`);
    scored.push({ id: c.id, score, reasons });
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score || a.id - b.id);
  if (scored.length > 1 && scored[0].score === scored[1].score && scored[0].id !== scored[1].id) return null;
  return scored[0];
}

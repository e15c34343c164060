// People resolve by their normalised full name. A one-word form ("Dai", "Xi", "Japarov") is
// only ever an alias: it can point at a person named in full in the same document, never at a
// record across documents, because two people share a surname far more often than two share
// a full name (Sadyr and Akylbek Japarov; Xi Jinping and Xi Guohua).

import type { KeyedName } from './match-by-keys.js';
import { foldName, nameTokens } from './normalize-name.js';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor']);

/** A person's name key: the base fold with leading honorifics (Mr, Dr) removed. */
export function personNameKey(name: string): string {
  const toks = nameTokens(foldName(name));
  while (toks.length > 1 && HONORIFICS.has(toks[0])) toks.shift();
  return toks.join(' ');
}

/** True when a key is a single word: a surname, a given name or a nickname on its own. */
export function isSingleWord(key: string): boolean {
  return key.length > 0 && !key.includes(' ');
}

export interface PersonKeys extends KeyedName {
  /** Keys usable to find the person across documents: full names only. */
  keys: string[];
  /** Every alias with its key and whether it may match across documents. */
  aliases: { alias: string; key: string; matchable: boolean }[];
}

/**
 * Keys of a person named in full, or null when the name itself is a single word (such a
 * person gets no record of their own; see `attachSingleWordName`).
 */
export function personKeys(person: { name: string; aliases?: readonly string[] }): PersonKeys | null {
  const key = personNameKey(person.name);
  if (key === '' || isSingleWord(key)) return null;
  const aliases: PersonKeys['aliases'] = [];
  const seen = new Set<string>();
  for (const alias of [person.name, ...(person.aliases ?? [])]) {
    const a = alias.trim();
    const k = personNameKey(a);
    if (!k || seen.has(a)) continue;
    seen.add(a);
    aliases.push({ alias: a, key: k, matchable: !isSingleWord(k) });
  }
  const keys = [...new Set(aliases.filter((a) => a.matchable).map((a) => a.key))];
  return { key, keys, aliases };
}

/**
 * Which fully named person of the same document a single-word name refers to: the one whose
 * name words or aliases contain it, when exactly one does (surname first or last, so Dai ->
 * Dai Houliang, Tokayev -> Kassym-Jomart Tokayev). Returns the index into `people`, or null.
 */
export function attachSingleWordName(name: string, people: readonly { name: string; aliases?: readonly string[] }[]): number | null {
  const key = personNameKey(name);
  if (!key) return null;
  let found: number | null = null;
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const full = personNameKey(p.name);
    if (isSingleWord(full)) continue;
    const words = new Set(nameTokens(full));
    const hit = words.has(key) || (p.aliases ?? []).some((a) => personNameKey(a) === key);
    if (!hit) continue;
    if (found !== null) return null; // two candidates: ambiguous
    found = i;
  }
  return found;
}

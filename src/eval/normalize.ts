// Name normalisation for scoring (spec "How gold is scored"). These functions decide when two
// names are "the same" for the scorer only; they are deliberately simple and predictable so
// that a score can be explained by looking at the two strings.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Letters that NFKD does not decompose into a base letter plus a combining mark.
const SPECIAL_LETTERS: Record<string, string> = {
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'ı': 'i', 'þ': 'th', 'ħ': 'h',
};

/**
 * The base fold shared by every kind: diacritics off (Vučić = Vucic), lower case, apostrophes
 * dropped inside words (Xi'an = Xian), dotted acronyms joined (S.A. = SA), "&" read as "and",
 * every other run of punctuation, dashes and spaces turned into one space (Kenkiyak–Atyrau =
 * Kenkiyak-Atyrau = Kenkiyak Atyrau).
 */
export function foldText(input: string): string {
  let t = String(input ?? '').normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  t = t.replace(/[ßæœøđðłıþħ]/g, (c) => SPECIAL_LETTERS[c] ?? c);
  t = t.replace(/['’‘`´ʼ]/g, '');
  // dotted acronyms: U.S. -> us, S.A.A. -> saa (two or more single letters each followed by a dot)
  t = t.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''));
  t = t.replace(/&/g, ' and ');
  t = t.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return t.trim();
}

export function tokens(folded: string): string[] {
  return folded ? folded.split(' ') : [];
}

// ---------------------------------------------------------------- people

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor']);

/** A person's name for scoring: the base fold with a leading honorific (Mr, Dr...) removed. */
export function normPersonName(name: string): string {
  const toks = tokens(foldText(name));
  while (toks.length > 1 && HONORIFICS.has(toks[0])) toks.shift();
  return toks.join(' ');
}

// ---------------------------------------------------------------- organisations

/** Corporate forms removed from the end of an organisation name (after folding). */
export const DEFAULT_ORG_SUFFIXES: readonly string[] = [
  'co', 'company', 'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited',
  'jsc', 'pjsc', 'ojsc', 'cjsc', 'llp', 'llc', 'plc', 'lp',
  'gmbh', 'ag', 'sa', 'saa', 'sas', 'spa', 'srl', 'bv', 'nv', 'pty', 'pte', 'tbk',
];

/** Legal forms that CIS and Indonesian names put in front ("JSC Samruk-Kazyna", "PT Kereta Api"). */
export const DEFAULT_ORG_PREFIXES: readonly string[] = ['jsc', 'pjsc', 'ojsc', 'cjsc', 'llp', 'llc', 'ooo', 'pt'];

let suffixCache: string[][] | null = null;
let prefixCache: string[][] | null = null;

/** Resets the cached suffix and prefix lists (tests use this after changing the data files). */
export function resetOrgSuffixCache(): void { suffixCache = null; prefixCache = null; }

function findDataFile(name: string): string | null {
  const candidates: string[] = [];
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    candidates.push(join(dir, 'data', name));
    dir = dirname(dir);
  }
  candidates.push(join(process.cwd(), 'data', name));
  for (const c of candidates) if (existsSync(c)) return c;
  return null;
}

function collectStrings(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) collectStrings(x, out);
  else if (v && typeof v === 'object') {
    // accept {suffixes: [...]}, an object of arrays and similar; skip "_about"-style comment keys
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (/^(source|comment|notes?|description|_.*)$/i.test(k)) continue;
      collectStrings(x, out);
    }
  }
}

/**
 * A list of legal forms as token arrays, longest first: the built-in constant extended with the
 * data file when it exists and parses (any shape holding strings). A missing or broken file
 * silently leaves the built-in list.
 */
function loadForms(builtIn: readonly string[], file: string): string[][] {
  const raw: string[] = [...builtIn];
  try {
    const path = findDataFile(file);
    if (path) collectStrings(JSON.parse(readFileSync(path, 'utf8')), raw);
  } catch {
    // fall back to the built-in list
  }
  const seen = new Set<string>();
  const list: string[][] = [];
  for (const s of raw) {
    const f = foldText(s);
    if (!f || seen.has(f)) continue;
    seen.add(f);
    list.push(tokens(f));
  }
  return list.sort((a, b) => b.length - a.length); // "co ltd" before "ltd"
}

/** Suffixes: DEFAULT_ORG_SUFFIXES plus `data/org-suffixes.json` when present. */
export function orgSuffixes(): string[][] {
  return (suffixCache ??= loadForms(DEFAULT_ORG_SUFFIXES, 'org-suffixes.json'));
}

/** Prefixes: DEFAULT_ORG_PREFIXES plus `data/org-prefixes.json` when present. */
export function orgPrefixes(): string[][] {
  return (prefixCache ??= loadForms(DEFAULT_ORG_PREFIXES, 'org-prefixes.json'));
}

function startsWith(toks: string[], prefix: string[]): boolean {
  if (prefix.length >= toks.length) return false; // never strip a name down to nothing
  for (let i = 0; i < prefix.length; i++) if (toks[i] !== prefix[i]) return false;
  return true;
}

function endsWith(toks: string[], suffix: string[]): boolean {
  if (suffix.length >= toks.length) return false; // never strip a name down to nothing
  for (let i = 0; i < suffix.length; i++) if (toks[toks.length - suffix.length + i] !== suffix[i]) return false;
  return true;
}

/**
 * An organisation name for scoring: the base fold, a leading "the" removed, corporate suffixes
 * removed from the end as often as they occur ("Co., Ltd." -> both), and a leading legal form
 * (JSC, LLP, PT...) removed. A name is never reduced to nothing ("The Company" stays "company").
 */
export function normOrgName(name: string): string {
  const toks = tokens(foldText(name));
  if (toks.length > 1 && toks[0] === 'the') toks.shift();
  const suffixes = orgSuffixes();
  let changed = true;
  while (changed) {
    changed = false;
    for (const s of suffixes) {
      if (endsWith(toks, s)) { toks.splice(toks.length - s.length, s.length); changed = true; break; }
    }
    for (const pfx of orgPrefixes()) {
      if (startsWith(toks, pfx)) { toks.splice(0, pfx.length); changed = true; break; }
    }
    if (toks.length > 1 && toks[0] === 'the') { toks.shift(); changed = true; }
  }
  return toks.join(' ');
}

// ---------------------------------------------------------------- places, projects

/** A place name for scoring: the base fold with a leading "the" removed. */
export function normPlaceName(name: string): string {
  const toks = tokens(foldText(name));
  if (toks.length > 1 && toks[0] === 'the') toks.shift();
  return toks.join(' ');
}

/** Project names are only used for similarity (tie-breaking), not for deciding a match. */
export function normProjectName(name: string): string {
  return normPlaceName(name);
}

/** Token-set Jaccard similarity of two folded strings, 0..1. */
export function tokenJaccard(a: string, b: string): number {
  const A = new Set(tokens(a));
  const B = new Set(tokens(b));
  if (A.size === 0 && B.size === 0) return 0;
  let inter = 0;
  for (const t of A) if (B.has(t)) inter++;
  return inter / (A.size + B.size - inter);
}

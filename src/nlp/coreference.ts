import type { Doc } from './doc.js';
import { copyNameMention, type NameMention } from './classify-names.js';
import type { EntityTables } from './entities.js';
import { loadJson } from './data-dir.js';
import { getFacilityLexicon, phraseAt } from './facility-lexicon.js';
import { loadGazetteer } from './gazetteer.js';
import { lowerForms } from './token-arrays.js';
import type { Role } from './extraction.js';

// "the lender", "the Chinese contractor", "the company": definite descriptions that point back to an
// organisation named earlier. Each becomes an organisation mention of that organisation, so the
// components after this one (partners and roles, events) see it like a name.

/** The name has the ownership word ("State Grid" for "the state company"); for a word of state ownership, a name with
 * a public body's word or "national", or a body of the country the story is set in, is the state's company too. */
function ownedBy(org: { name: string; country: string | null }, owned: string, d: NonNullable<typeof data>, country: string | null): boolean {
  const words = org.name.toLowerCase().split(/[\s-]+/);
  if (words.includes(owned)) return true;
  if (!owned.startsWith('state')) return false;
  // (a company of the country the story is set in: "AMMAN — ... the Jordan Phosphate Mines Company ... The state company")
  return words.some((w) => d.government.has(w) || w === 'state' || w === 'national') || (country !== null && org.country === country);
}

interface ReferenceData { descriptions: Record<string, 'any' | 'company' | 'finance' | 'government' | 'introduced'>; finance_words: string[]; government_words: string[]; modifiers_allowed: string[]; trade_modifiers: string[]; ownership_modifiers: string[]; head_name_words: Record<string, string[]> }

let data: { descriptions: Map<string, string>; firstWords: Set<string>; finance: Set<string>; government: Set<string>; modifiers: Set<string>; trades: Set<string>; ownership: Set<string>; headNameWords: Map<string, Set<string>>; maxWords: number } | null = null;
function load() {
  if (data) return data;
  const d = loadJson<ReferenceData>('lexicon/references.json');
  const descriptions = new Map(Object.entries(d.descriptions));
  data = { descriptions, firstWords: new Set([...descriptions.keys()].map((k) => k.split(' ')[0])), finance: new Set(d.finance_words), government: new Set(d.government_words), modifiers: new Set(d.modifiers_allowed), trades: new Set(d.trade_modifiers), ownership: new Set(d.ownership_modifiers), headNameWords: new Map(Object.entries(d.head_name_words).map(([k, v]) => [k, new Set(v)])), maxWords: Math.max(...[...descriptions.keys()].map((k) => k.split(' ').length)) };
  return data;
}

const LOOKBACK_SENTENCES = 4;

export function resolveReferences(doc: Doc, mentions: NameMention[], entities: EntityTables): NameMention[] {
  const d = load();
  const toks = doc.tokens;
  const orgMentions = mentions.filter((m) => m.label === 'ORG' && m.entity >= 0 && !m.headline);
  const orgByFirst = new Map(orgMentions.map((m) => [m.first, m]));
  const covered = new Uint8Array(toks.length);
  for (const m of mentions) for (let k = m.first; k <= m.last; k++) covered[k] = 1;
  const added: NameMention[] = [];
  // fits() per organisation and kind of description, asked again for every reference that looks back
  // (fits() reads the kind only as 'finance', 'government' or anything else)
  const fitsOf = new Map<number, boolean>();
  const fitsCached = (entity: number, kind: string) => {
    const key = entity * 4 + (kind === 'finance' ? 1 : kind === 'government' ? 2 : kind === 'company' ? 3 : 0);
    let v = fitsOf.get(key);
    if (v === undefined) { v = fits(entities.organizations[entity].name, kind, d); fitsOf.set(key, v); }
    return v;
  };
  // mentions are in text order: those starting at or after i cannot end before it, so the look-back
  // starts below them (`before` = how many organisation mentions start before token i)
  let before = 0;
  // the country the story is set in: that of the first place named in the body, worked out when first asked
  let story: string | null | undefined;
  const storyCountry = () => {
    if (story === undefined) {
      const m = mentions.find((x) => x.label === 'PLACE' && !x.headline && x.start >= doc.bodyStart && entities.places[x.entity]?.country);
      story = m ? entities.places[m.entity].country : null;
    }
    return story;
  };
  const nationCache = new Map<number, Set<string>>();
  // the part the cue nearest a mention gives it, asked again by each description that names a part
  const cueOf = new Map<NameMention, Role | null>();
  let lowers: string[] | undefined; // made once, when a description that names a part first needs its cues
  let definedTerms: Map<string, NameMention | null> | undefined; // the body each capitalised description stands for
  let onlyNamed: Map<string, NameMention | null> | undefined; // the only body whose name has a description's word
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].lower !== 'the' || covered[i]) continue;
    // "the", then modifiers ("Chinese", "state-owned"), then the head noun ("contractor")
    let j = i + 1;
    // ("the Tarvo-based company", "the Oslo-headquartered lender": where a body sits describes it like a nation does)
    while (toks[j] && (d.modifiers.has(toks[j].lower) || SEATED.test(toks[j].text)) && j - i <= 3) j++;
    if (!toks[j] || !d.firstWords.has(toks[j].lower)) continue;
    let head: { kind: string; last: number } | null = null;
    // the phrases of 1..maxWords words from j (fewer at the end of the text), tried longest first
    let phrase = '';
    const phrases: string[] = [];
    for (let n = 1; n <= d.maxWords; n++) {
      if (j + n - 1 < toks.length) phrase = n === 1 ? toks[j].lower : `${phrase} ${toks[j + n - 1].lower}`;
      phrases.push(phrase);
    }
    for (let n = d.maxWords; n >= 1 && !head; n--) {
      const kind = d.descriptions.get(phrases[n - 1]);
      if (kind) head = { kind, last: j + n - 1 };
    }
    if (!head) continue;
    // a name follows ("the company Kestrel"): not a reference
    if (toks[head.last + 1]?.cap && !toks[head.last + 1].punct) continue;
    if (covered[head.last]) continue;
    const sent = toks[i].sent;
    // "The project company, Kessary Sun Ltd, is owned by ...", "The builder is Tarvin Works": a name set off by a comma
    // or a copula right after the description says which body it is, whoever was named before
    let antecedent: NameMention | undefined = glossAfter(toks, orgByFirst, head.last);
    // the description is tied to its body for sure: glossed by its name, or given the part the text gave that body
    let sure = Boolean(antecedent);
    // "the Company", "the Ministry", "the Group": a one-word description written with a capital in the body is a
    // defined term for one body, the issuer of a filing or the ministry a press release comes from, however far back
    // it was named and whoever was named since
    if (!antecedent && head.last === j && toks[j].cap && !toks[j].upper && toks[i].start >= doc.bodyStart && toks[j + 1]?.lower !== 'of') {
      definedTerms ??= new Map();
      let owner = definedTerms.get(toks[j].lower);
      if (owner === undefined) { owner = definedTermOwner(doc, mentions, orgMentions, entities, toks[j].lower, head.kind, d); definedTerms.set(toks[j].lower, owner); }
      if (owner) antecedent = owner;
    }
    // "the Turkish company": the country a demonym among the modifiers names
    let nation: string | null = null;
    for (let k = i + 1; k < j && !nation; k++) nation = loadGazetteer().demonym(toks[k].text) ?? seatCountry(toks[k].text);
    let nationUnknown: NameMention | undefined;
    // "the railway company": a trade word prefers a body whose name has it
    let trade: string | null = null;
    for (let k = i + 1; k < j && !trade; k++) if (d.trades.has(toks[k].lower)) trade = toks[k].lower;
    let tradeOther: NameMention | undefined;
    // "the state company", "the listed group": an ownership word prefers the body the text introduced with it ("X's
    // state mining company B") or whose name has it, over a body named since ("... signed a contract with C")
    let owned: string | null = null;
    for (let k = i + 1; k <= head.last && !owned; k++) if (d.ownership.has(toks[k].lower)) owned = toks[k].lower;
    let ownedOther: NameMention | undefined;
    let headOther: NameMention | undefined;
    // "B has leased the land to the company": the object of a preposition is not its own clause's subject
    const objectOf = OBJECT_PREPOSITIONS.has(toks[i - 1]?.lower ?? '');
    while (before < orgMentions.length && orgMentions[before].first < i) before++;
    // "the manufacturer", "the contractor": a description that names a part prefers the body the text gave that part,
    // then one it gave no other part, over the body named last ("X ordered the trains from Y. The manufacturer ...")
    const part = descriptionRoles().get(toks[head.last].lower);
    let fallback: NameMention | undefined;
    let unclaimed: NameMention | undefined;
    for (let k = before - 1; k >= 0 && !antecedent; k--) {
      const m = orgMentions[k];
      if (m.last >= i) continue;
      if (sent - toks[m.first].sent > LOOKBACK_SENTENCES) break;
      if (!fitsCached(m.entity, head.kind)) continue;
      if (objectOf && toks[m.first].sent === sent && !clauseBreak(toks, m.last + 1, i - 1)) continue;
      if (trade && !entities.organizations[m.entity].name.toLowerCase().split(/[\s-]+/).includes(trade)) { tradeOther ??= m; continue; }
      if (owned && !ownedBy(entities.organizations[m.entity], owned, d, storyCountry()) && !introducedAs(toks, orgMentions, m.entity, owned, before, i)) { ownedOther ??= m; continue; }
      // "the miner": a head noun of a trade prefers a body whose name says that trade ("X Phosphate Mines Company")
      const headWords = d.headNameWords.get(toks[head.last].lower);
      if (headWords && !entities.organizations[m.entity].name.toLowerCase().split(/[\s-]+/).some((w) => headWords.has(w))) { headOther ??= m; continue; }
      if (nation) {
        const ns = nationsOf(doc, orgMentions, entities, m.entity, nationCache);
        if (ns.size && !ns.has(nation)) continue;
        if (!ns.size) { nationUnknown ??= m; continue; }
      }
      // "the venture": also a word for the undertaking itself; a body only when the text called that body one
      if (head.kind === 'introduced' && !introducedAs(toks, orgMentions, m.entity, toks[head.last].lower, before)) continue;
      if (!part) { antecedent = m; break; }
      fallback ??= m;
      lowers ??= lowerForms(toks);
      let cue = cueOf.get(m);
      if (cue === undefined) { cue = cueNear(doc, lowers, m, covered); cueOf.set(m, cue); }
      if (cue === part) { antecedent = m; sure = true; }
      else if (cue === null) unclaimed ??= m;
    }
    // (a body whose name says the trade or the ownership, named further back than the look-back, beats one that
    // does not fit: "the miner" paragraphs after "X Phosphate Mines Company")
    // (so does one of the nation a demonym names: "the same Chinese contractor" paragraphs after "Hubei X")
    if (!antecedent && !unclaimed && !fallback && (nationUnknown || tradeOther || ownedOther || headOther)) {
      const headWords = d.headNameWords.get(toks[head.last].lower);
      for (let k = before - 1; k >= 0; k--) {
        const m = orgMentions[k];
        if (m.last >= i || !fitsCached(m.entity, head.kind)) continue;
        const words = entities.organizations[m.entity].name.toLowerCase().split(/[\s-]+/);
        if (trade && !words.includes(trade)) continue;
        if (owned && !ownedBy(entities.organizations[m.entity], owned, d, storyCountry())) continue;
        if (headWords && !words.some((w) => headWords.has(w))) continue;
        if (nation && !nationsOf(doc, orgMentions, entities, m.entity, nationCache).has(nation)) continue;
        antecedent = m;
        break;
      }
    }
    antecedent ??= unclaimed ?? fallback ?? nationUnknown ?? tradeOther ?? ownedOther ?? headOther;
    // "the ministry", paragraphs after "the Ministry of Water" was named: nothing named since fits, and only one body's
    // name has the word
    if (!antecedent && head.kind === 'government' && head.last === j && toks[i].start >= doc.bodyStart) {
      // (only bodies named before the description count: "the ministry" of the second section is still the Ministry of
      // Water when a Ministry of Oil comes up only in the third)
      onlyNamed ??= new Map();
      const key = `${toks[j].lower} ${before}`;
      let only = onlyNamed.get(key);
      if (only === undefined) { only = onlyNamedWith(mentions, orgMentions, entities, toks[j].lower, i); onlyNamed.set(key, only); }
      if (only && only.first < i && fitsCached(only.entity, head.kind)) antecedent = only;
    }
    if (!antecedent) continue;
    // (or named in the same sentence: "Uzkim, the state-owned developer, ...", "IFC ... on the lender's website")
    sure ||= toks[antecedent.first].sent === sent;
    const ref = referenceTo(antecedent, doc, i, head.last);
    ref.acronym = undefined; ref.sure = sure;
    added.push(ref);
    i = head.last;
  }
  added.push(...resolvePronouns(doc, mentions));
  return added;
}

/** A mention of `m`'s body at tokens first..last of the text (a description or a pronoun standing for it), in the one
 * shape of mentions (copyNameMention). */
function referenceTo(m: NameMention, doc: Doc, first: number, last: number): NameMention {
  const toks = doc.tokens;
  const ref = copyNameMention(m);
  ref.start = toks[first].start; ref.end = toks[last].end; ref.first = first; ref.last = last; ref.text = doc.text.slice(toks[first].start, toks[last].end);
  ref.via = 'reference'; ref.headline = false; ref.dateline = false;
  return ref;
}

const OBJECT_PREPOSITIONS = new Set(['to', 'with', 'for', 'from', 'by']);

/** The organisation named right after a description ending at `last`, past a comma or a copula ("is", "was") and
 * "the": the body the description glosses. */
function glossAfter(toks: Doc['tokens'], orgByFirst: Map<number, NameMention>, last: number): NameMention | undefined {
  let j = last + 1;
  if (toks[j]?.text !== ',' && toks[j]?.lower !== 'is' && toks[j]?.lower !== 'was') return undefined;
  j++;
  if (toks[j]?.lower === 'the') j++;
  return orgByFirst.get(j);
}

/** The body a capitalised description ("the Company", "the Ministry") is the defined term of: the one the text
 * introduced with it in brackets ('Kessary plc ("KP" or "the Company")'), else the issuer the document's source
 * names, else the only body whose name has the head word ("the Ministry" in a ministry's release naming one
 * ministry); null when none is. A mention of that body (its first by name) is returned to copy. */
function definedTermOwner(doc: Doc, mentions: NameMention[], orgMentions: NameMention[], entities: EntityTables, head: string, kind: string, d: NonNullable<typeof data>): NameMention | null {
  const toks = doc.tokens;
  const named = orgMentions.filter((m) => m.via !== 'reference');
  for (const m of named) {
    if (toks[m.last + 1]?.text !== '(') continue;
    for (let k = m.last + 2; k < Math.min(toks.length - 1, m.last + 14) && toks[k].text !== ')'; k++) {
      if (toks[k].lower === 'the' && toks[k + 1].lower === head && toks[k + 1].cap) return m;
    }
  }
  const source = doc.meta.source?.toLowerCase().trim();
  if (source) {
    const orgs = entities.organizations;
    for (let e = 0; e < orgs.length; e++) {
      const forms = [orgs[e].name, ...orgs[e].aliases].map((f) => f.toLowerCase());
      // (the source may add a listing or a country: "Tarvin plc (LSE: TRV)", "Ministry of Energy, Republic of X")
      if (forms.some((f) => f.length > 3 && (source === f || (source.startsWith(f) && /^[\s,(–—-]/.test(source.slice(f.length))))) && fits(orgs[e].name, kind, d)) {
        const m = firstMentionOf(mentions, named, e);
        if (m) return m;
      }
    }
  }
  return onlyNamedWith(mentions, named, entities, head);
}

/** The mention (its first by name) of the only organisation whose name has the word ("Ministry of Water" for "the
 * ministry"), or null when none or several have it; with `until`, only organisations mentioned before that token. */
function onlyNamedWith(mentions: NameMention[], named: NameMention[], entities: EntityTables, head: string, until = Infinity): NameMention | null {
  let only = -1;
  for (let e = 0; e < entities.organizations.length; e++) {
    if (!entities.organizations[e].name.toLowerCase().split(/[\s-]+/).includes(head)) continue;
    const m = firstMentionOf(mentions, named, e);
    if (!m || (until !== Infinity && !mentions.some((x) => x.label === 'ORG' && x.entity === e && x.first < until))) continue;
    if (only >= 0) return null;
    only = e;
  }
  return only >= 0 ? firstMentionOf(mentions, named, only) : null;
}

/** The first mention by name of organisation `entity`, else its first mention at all (a body named only in the
 * headline is still the one meant); null when it has none. */
function firstMentionOf(mentions: NameMention[], named: NameMention[], entity: number): NameMention | null {
  return named.find((m) => m.entity === entity) ?? mentions.find((m) => m.label === 'ORG' && m.entity === entity) ?? null;
}

/** A comma, semicolon or colon between tokens a and b. */
function clauseBreak(toks: Doc['tokens'], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (toks[k].text === ',' || toks[k].text === ';' || toks[k].text === ':') return true;
  return false;
}

/** The countries the text ties an organisation to: its table entry's country, a demonym or a country's possessive
 * right before one of its mentions ("the Turkish developer X", "Turkey's X"), a place opening its name ("Hubei ..."). */
function nationsOf(doc: Doc, orgMentions: NameMention[], entities: EntityTables, entity: number, cache: Map<number, Set<string>>): Set<string> {
  let out = cache.get(entity);
  if (out) return out;
  out = new Set<string>();
  const gaz = loadGazetteer();
  const toks = doc.tokens;
  const org = entities.organizations[entity];
  if (org.country) out.add(org.country);
  const firstWord = org.name.split(/\s+/)[0];
  for (const e of gaz.lookup(firstWord)) if (e.country && (e.kind === 'country' || e.kind === 'region')) out.add(e.country);
  for (const m of orgMentions) {
    if (m.entity !== entity || m.via === 'reference') continue;
    for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
      const w = toks[k].text;
      if (toks[k].punct && w !== "'s" && w !== '’s') break;
      const dem = gaz.demonym(w);
      if (dem) { out.add(dem); break; }
      if ((w === "'s" || w === '’s') && k > 0) { for (const e of gaz.lookup(toks[k - 1].text)) if (e.kind === 'country' && e.country) out.add(e.country); break; }
    }
  }
  cache.set(entity, out);
  return out;
}

/** Some mention of the organisation before `before` has the word within a few tokens ("Velmora Copper, a joint
 * venture", "the joint venture Velmora Copper"). */
function introducedAs(toks: Doc['tokens'], orgMentions: NameMention[], entity: number, word: string, before: number, until = toks.length): boolean {
  for (let k = 0; k < before; k++) {
    const m = orgMentions[k];
    if (m.entity !== entity || m.via === 'reference') continue;
    // (within the name's sentence and before the description: "... and 49% by B. The state company ..." does not
    // introduce B as one)
    for (let j = Math.max(0, m.first - 4); j <= Math.min(until - 1, m.last + 5); j++) if (toks[j].lower === word && (j < m.first || j > m.last) && toks[j].sent === toks[m.first].sent) return true;
  }
  return false;
}

let roleOfDescription: Map<string, Role> | null = null;
function descriptionRoles(): Map<string, Role> {
  roleOfDescription ??= new Map(Object.entries(loadJson<{ description_roles: Record<string, Role> }>('lexicon/roles.json').description_roles));
  return roleOfDescription;
}

/** The part the role cue nearest an organisation mention gives it in its sentence (goods go from the supplier to the
 * buyer: "ordered ... from Y" makes Y the supplier), or null without a cue. */
function cueNear(doc: Doc, words: string[], m: NameMention, covered: Uint8Array): Role | null {
  const toks = doc.tokens;
  const lowers = (k: number) => words[k] ?? '';
  const s = doc.sentences[toks[m.first].sent];
  const roles = getFacilityLexicon().roles;
  let best: Role | null = null;
  let bestDist = Infinity;
  for (let k = Math.max(s.first, m.first - 8); k <= Math.min(s.last, m.last + 8); k++) {
    if (covered[k]) continue;
    const hit = phraseAt(roles, words, k);
    if (!hit) continue;
    // a bare "for" marks the buyer only right before the name ("built for X"), as the project recogniser reads it
    if (words[k] === 'for' && hit.last === k && k !== m.first - 1) continue;
    let role = hit.value;
    if (k < m.first && role === 'buyer' && lowers(m.first - 1) === 'from') role = 'supplier';
    else if (k < m.first && role === 'supplier' && lowers(m.first - 1) === 'to') role = 'buyer';
    const dist = k < m.first ? m.first - hit.last : k - m.last;
    if (dist < bestDist) { best = role; bestDist = dist; }
    k = hit.last;
  }
  return best;
}

/** "He also met ...": a subject pronoun stands for the last person named within two sentences. */
function resolvePronouns(doc: Doc, mentions: NameMention[]): NameMention[] {
  const toks = doc.tokens;
  const people = mentions.filter((m) => m.label === 'PERSON' && m.entity >= 0 && !m.headline);
  const orgs = mentions.filter((m) => m.label === 'ORG' && m.entity >= 0 && !m.headline);
  const out: NameMention[] = [];
  let p = 0;
  for (let i = 0; i < toks.length; i++) {
    // "X, chief executive of the water group B, came with news. His company began works on a plant": the body the
    // person last named was introduced with
    if ((toks[i].lower === 'his' || toks[i].lower === 'her') && EMPLOYER_NOUNS.has(toks[i + 1]?.lower ?? '') && !toks[i + 2]?.cap) {
      while (p < people.length && people[p].last < i) p++;
      const last = people[p - 1];
      const employer = last && toks[i].sent - toks[last.first].sent <= 1 ? introducedWith(toks, orgs, last) : null;
      if (employer) { const ref = referenceTo(employer, doc, i, i + 1); ref.acronym = undefined; ref.sure = true; out.push(ref); }
      i++;
      continue;
    }
    if (toks[i].lower !== 'he' && toks[i].lower !== 'she') continue;
    while (p < people.length && people[p].last < i) p++;
    const last = people[p - 1];
    if (!last || toks[i].sent - toks[last.first].sent > 2) continue;
    const ref = referenceTo(last, doc, i, i);
    ref.title = undefined;
    out.push(ref);
  }
  return out;
}

const SEATED = /^[A-Z][\p{L}'’.]*(-[A-Z][\p{L}'’.]*)*-(based|headquartered)$/u;
const EMPLOYER_NOUNS = new Set(['company', 'firm', 'group']);

/** "Cairo-based": the country of the place a body is said to sit in, when the gazetteer knows it ("the Cairo-based
 * lender" is an Egyptian body, not the foreign fund named last). */
function seatCountry(word: string): string | null {
  if (!SEATED.test(word)) return null;
  const place = word.slice(0, word.lastIndexOf('-'));
  for (const e of loadGazetteer().lookup(place)) if (e.country) return e.country;
  return null;
}

/** The one body named in the person's own sentence within a few words of the name, as whose officer the text
 * introduces the person ("X, chief executive of B,", "B's chief executive X"); null when none or two. */
function introducedWith(toks: Doc['tokens'], orgs: NameMention[], person: NameMention): NameMention | null {
  const sent = toks[person.first].sent;
  const near = orgs.filter((m) => toks[m.first].sent === sent && (m.first > person.last ? m.first - person.last <= 12 : person.first - m.last <= 6));
  const bodies = new Set(near.map((m) => m.entity));
  return bodies.size === 1 ? near[0] : null;
}

function fits(name: string, kind: string, d: NonNullable<typeof data>): boolean {
  const words = name.toLowerCase().split(/[\s-]+/);
  const isFinance = words.some((w) => d.finance.has(w));
  const isGov = words.some((w) => d.government.has(w));
  if (kind === 'finance') return isFinance;
  if (kind === 'government') return isGov;
  // "the company", "the contractor": a trading or building company, neither a public body nor a bank or fund
  if (kind === 'company') return !isGov && !isFinance;
  return !isGov;
}

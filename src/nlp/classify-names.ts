import type { Doc, EntityLabel, Mention, Token } from './doc.js';
import type { PlaceKind } from './extraction.js';
import { type Chunk, OPENING_QUOTES, CLOSING_QUOTES, quotedNameEnd } from './chunks.js';
import type { TitleSpan } from './titles.js';
import { getLexicon, isPinyinWord, type Lexicon } from './lexicon.js';
import { loadGazetteer, lookupPlaceCached, type Gazetteer, type PlaceEntry } from './gazetteer.js';
import { loadJson } from './data-dir.js';
import { getFacilityLexicon } from './facility-lexicon.js';
import { legalFormEndingAt } from './legal-forms.js';
import { orgKey } from './entities.js';
import { hasKnownOrganizations, knownOrganizationAt, type KnownOrganization } from './known-organizations.js';

export interface NameMention extends Mention {
  /** How the label was decided, for --explain and tests. */
  via: string;
  place?: PlaceEntry | null;
  placeKind?: PlaceKind;
  /** An acronym defined for this name in parentheses right after it. */
  acronym?: string;
  /** Index of the title right before the name, if any. */
  title?: TitleSpan;
  /** Country from a demonym right before the name ("Chinese company X"). */
  demonym?: string | null;
  /** In the headline (the prepended title paragraph). */
  headline?: boolean;
  /** For "Velmora region": the bare name, kept as an alias. */
  baseText?: string;
  /** The place of a dateline ("TARVIN, March 9 —"): where the story was filed, not where things are. */
  dateline?: boolean;
  /** An organisation from the user's lexicon. */
  known?: KnownOrganization;
  /** A description standing for a body ("the lender"), tied to it for sure: glossed by its name, named in the same
   * sentence, or given the part the description names. */
  sure?: boolean;
}

/**
 * A mention with every field, the optional ones as undefined, always in this order. Mentions are read everywhere
 * downstream (entities, projects, events), and V8 optimises those reads for the shapes (hidden classes) it has seen:
 * mentions built from literals with different optional fields, flags added later (headline, dateline) and copies made
 * with object spread (each spread copy got a hidden class of its own) made every such read megamorphic, and the
 * optimised code of recognizeProjects and its neighbours was thrown away and rebuilt again and again.
 */
export function newNameMention(label: EntityLabel, first: number, last: number, start: number, end: number, text: string, entity: number, via: string): NameMention {
  return {
    label, first, last, start, end, text, entity, via, place: undefined, placeKind: undefined, acronym: undefined, title: undefined,
    demonym: undefined, headline: undefined, baseText: undefined, dateline: undefined, known: undefined, sure: undefined,
  };
}

/** A copy of a mention in the one shape newNameMention gives (instead of `{ ...m }`, whose copies get shapes of their own). */
export function copyNameMention(m: NameMention): NameMention {
  const c = newNameMention(m.label, m.first, m.last, m.start, m.end, m.text, m.entity, m.via);
  c.place = m.place; c.placeKind = m.placeKind; c.acronym = m.acronym; c.title = m.title; c.demonym = m.demonym;
  c.headline = m.headline; c.baseText = m.baseText; c.dateline = m.dateline; c.known = m.known; c.sure = m.sure;
  return c;
}

interface PlaceWords { site_heads_lowercase: string[]; directions: string[]; state_forms: string[]; region_heads: string[]; region_heads_lowercase: string[]; city_heads: string[]; site_heads: string[]; route_nouns: string[]; not_place_after: string[]; toponym_particles: string[]; zone_heads: string[]; place_openers: string[]; port_openers: string[]; region_heads_bodies_too: string[]; site_nouns_after: string[]; feature_openers: string[]; route_verbs: string[] }
let placeWords: { siteLower: Set<string>; directions: Set<string>; stateForms: Set<string>; regionLower: Set<string>; region: Set<string>; city: Set<string>; site: Set<string>; route: Set<string>; notAfter: Set<string>; particles: Set<string>; zones: string[][]; zoneFirst: Set<string>; zoneLast: Set<string>; openers: Set<string>; portOpeners: Set<string>; bodyToo: Set<string>; siteNouns: Set<string>; featureOpeners: Set<string>; routeVerbs: Set<string> } | null = null;
function getPlaceWords() {
  if (!placeWords) {
    const p = loadJson<PlaceWords>('lexicon/places.json');
    placeWords = { siteLower: new Set(p.site_heads_lowercase), directions: new Set(p.directions), stateForms: new Set(p.state_forms), regionLower: new Set(p.region_heads_lowercase), region: new Set(p.region_heads), city: new Set(p.city_heads), site: new Set(p.site_heads), route: new Set(p.route_nouns), notAfter: new Set(p.not_place_after), particles: new Set(p.toponym_particles), zones: p.zone_heads.map((z) => z.split(/\s+/)).sort((a, b) => b.length - a.length), zoneFirst: new Set<string>(), zoneLast: new Set<string>(), openers: new Set(p.place_openers), portOpeners: new Set(p.port_openers), bodyToo: new Set(p.region_heads_bodies_too), siteNouns: new Set(p.site_nouns_after), featureOpeners: new Set(p.feature_openers), routeVerbs: new Set(p.route_verbs) };
    for (const z of placeWords.zones) { placeWords.zoneFirst.add(z[0]); placeWords.zoneLast.add(z[z.length - 1]); }
  }
  return placeWords;
}

/** Before 'by' at `by`, over a place phrase ('in Osk, Namibia,', 'near Osk'), a verb of works whose agent follows
 * 'by' (organisation context agent words): "built in Osk, Namibia, by ...". */
function agentBeforePlace(ctx: Ctx, by: number): boolean {
  const { toks } = ctx;
  for (let j = by - 1; j >= Math.max(0, by - AGENT_PLACE_WORDS); j--) {
    const t = toks[j];
    if (orgContextWords().agent.has(t.lower) && !t.cap) return true;
    if (!(t.cap || t.text === ',' || PLACE_PREPOSITIONS.has(t.lower))) return false;
  }
  return false;
}
const AGENT_PLACE_WORDS = 8;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'on', 'outside']);

const OPEN = new Set(['(', '[']);
const DASH = new Set(['–', '—', '-']);
const GENERATIONS = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);
// legal forms written in front of a name (in capitals, as isOrgByHead reads them)
const LEGAL_PREFIX = new Set(['PT', 'JSC', 'LLP', 'OJSC', 'PJSC', 'CJSC', 'LLC', 'OOO', 'TOO']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

interface Ctx {
  doc: Doc; toks: Token[]; lex: Lexicon; gaz: Gazetteer; titles: TitleSpan[];
  /** Acronyms defined for common-noun phrases ("floating storage unit (FSU)"): not organisations. */
  commonAcronyms: Set<string>;
  facilityHeads: Set<string>;
  titleEndingAt: Map<number, TitleSpan>; titleStartingAt: Map<number, TitleSpan>;
  /** Words that open a sentence or a line and that the document also uses in lower case. */
  lowerVocab: Set<string>;
  /** nameLike() per token, asked again for the same tokens by several rules: 0 not yet known, 1 yes, 2 no. */
  nameLikeAt: Uint8Array;
  /** orgKey() of every organisation found so far ("Ardlow Ceste" for "Ardlow Ceste d.o.o."). */
  orgKeys: Set<string>;
  /** The first two words of each organisation mention: a run that opens with neither skips building its key. */
  orgKeyFirst: Set<string>;
  /** Defined terms made of ordinary words ('(the "Project Company")'), in lower case: no names of their own. */
  definedTerms: Set<string>;
}

/** Labels each chunk (or the parts of it) as a person, organisation or place, or leaves it out. */
export function classifyNames(doc: Doc, chunks: Chunk[], titles: TitleSpan[]): NameMention[] {
  const toks = doc.tokens;
  // the words the document also uses in lower case, among those trimChunk asks about: the first word of a
  // sentence or of a line (a set of the few candidates, instead of one of every lower-case word)
  const sentenceFirst = new Set<string>();
  for (const s of doc.sentences) sentenceFirst.add(toks[s.first].lower);
  for (const t of toks) if (t.lineStart) sentenceFirst.add(t.lower);
  const lowerVocab = new Set<string>();
  for (const t of toks) if (!t.cap && !t.punct && !t.num && sentenceFirst.has(t.lower)) lowerVocab.add(t.lower);
  const ctx: Ctx = {
    doc, toks, lex: getLexicon(), gaz: loadGazetteer(), titles,
    titleEndingAt: new Map(titles.map((t) => [t.last, t])),
    titleStartingAt: new Map(titles.map((t) => [t.first, t])),
    lowerVocab, commonAcronyms: new Set(), facilityHeads: facilityHeads(), nameLikeAt: new Uint8Array(toks.length), orgKeys: new Set(), orgKeyFirst: new Set(), definedTerms: new Set(),
  };
  findDefinedTerms(ctx);
  for (let k = 1; k + 2 < toks.length; k++) {
    if (toks[k].text !== '(' || toks[k + 2].text !== ')' || !toks[k + 1].upper) continue;
    // "floating storage unit (FSU)", "Coastal Light Railway (CLR)": acronyms of things, not of bodies
    if ((!toks[k - 1].cap && !toks[k - 1].punct) || ctx.facilityHeads.has(toks[k - 1].lower)) ctx.commonAcronyms.add(toks[k + 1].text);
  }
  const out: NameMention[] = [];
  const unknown: { first: number; last: number }[] = [];
  basedPlaces(ctx, out);
  // the body first, so that a headline's bare surname ("Li opens bridge") finds the person the body names
  const ordered = [...chunks.filter((c) => toks[c.first].start >= doc.bodyStart), ...chunks.filter((c) => toks[c.first].start < doc.bodyStart)];
  // the outlet credited in a dateline ("TARVIN, March 9 (Kessary Ledger) —") is document.source, not an entity of
  // the story; named in the text as an actor, it is one
  const source = doc.meta.source?.trim().toLowerCase() ?? '';
  for (const c of ordered) {
    const trimmed = trimChunk(ctx, c.first, c.last);
    if (!trimmed) continue;
    if (source && toks[trimmed.first - 1]?.text === '(' && text(ctx, trimmed.first, trimmed.last).toLowerCase() === source) continue;
    // (also when the credit is a short form of the source or no source is given: "(Kessary Wire) —" opening the body)
    if (isDatelineCredit(ctx, trimmed.first, trimmed.last)) continue;
    // "told GPGR in Basra", "HIJ: Where does the furnace stand?": the outlet of a trade paper speaks of itself by its
    // initials; it is document.source, not a body of the story
    if (isSourceInitials(ctx, trimmed.first, trimmed.last)) continue;
    if (isVesselName(ctx, trimmed.first, trimmed.last)) continue;
    // "Korvath Energy Inc. (NYSE: KRV; TSX: KRV)": a listing's exchange code and ticker symbol name no body of the story
    if (isListingCode(ctx, trimmed.first, trimmed.last)) continue;
    if (ctx.definedTerms.size && ctx.definedTerms.has(text(ctx, trimmed.first, trimmed.last).toLowerCase())) continue;
    // a byline crediting the outlet ("By Pamir Courier staff"): the publisher is document.source, not an actor
    if (toks[trimmed.first - 1]?.lower === 'by' && toks[trimmed.first - 1].lineStart
      && ((source && text(ctx, trimmed.first, trimmed.last).toLowerCase() === source) || toks[trimmed.last + 1]?.lower === 'staff')) continue;
    classifyRun(ctx, trimmed.first, trimmed.last, out, unknown);
  }
  resolveUnknowns(ctx, out, unknown);
  out.sort((a, b) => a.start - b.start);
  for (const m of out) if (m.start < doc.bodyStart) m.headline = true;
  markDateline(ctx, out);
  disambiguatePlaces(ctx, out);
  return out;
}

/** 'Sierra Verde Solar SpA (the "Project Company")', '(together, the "Finance Parties")': a term a contract-style text
 * defines in brackets, in quotes after "the", made of ordinary words and bodies' head words only. The term and its
 * later uses ("The Project Company will repay") stand for a body named elsewhere; they name nothing new. */
function findDefinedTerms(ctx: Ctx): void {
  const { toks, lex } = ctx;
  for (let k = 2; k < toks.length - 2; k++) {
    if (!OPENING_QUOTES.has(toks[k].text) || toks[k - 1].lower !== 'the' || toks[k - 1].cap) continue;
    let open = false;
    for (let j = k - 2; j >= Math.max(0, k - 5); j--) if (toks[j].text === '(') { open = true; break; } else if (toks[j].text === ')') break;
    if (!open) continue;
    const close = quotedNameEnd(toks, k, (j) => toks[j].cap && !toks[j].upper);
    if (close < 0) continue;
    let ordinary = true;
    for (let j = k + 1; j < close && ordinary; j++) {
      const w = toks[j].lower;
      if (!(lex.commonWords.has(w) || lex.orgHeadsEnd.has(w) || lex.legalForms.has(w) || ORDINARY_PARTIES.has(w))) ordinary = false;
    }
    if (ordinary) ctx.definedTerms.add(text(ctx, k + 1, close - 1).toLowerCase());
  }
}
// the parties and instruments of a contract, which defined terms name ("the Borrower", "the Finance Parties")
const ORDINARY_PARTIES = new Set(['borrower', 'lender', 'lenders', 'parties', 'party', 'sponsor', 'sponsors', 'issuer', 'guarantor', 'offtaker', 'purchaser', 'seller', 'buyer', 'contractor', 'employer', 'agent', 'facility', 'project', 'transaction', 'agreement']);

// Lookups repeat across chunks and documents ("China", "Kazakhstan"): keep answers, bounded.
const lookupPlace = lookupPlaceCached;

const BASED_RE = /-(based|owned|listed|backed|run|led|registered|headquartered|funded|built)$/i;

/** "the Manila-based lender", "Abu Dhabi-based Sahel Ports": the place inside the adjective is a place. */
function basedPlaces(ctx: Ctx, out: NameMention[]): void {
  const { toks } = ctx;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!t.cap || !t.text.includes('-')) continue; // (the pattern needs both; most tokens have neither)
    const m = BASED_RE.exec(t.text);
    if (!m) continue;
    const prefix = t.text.slice(0, m.index);
    const startTok = toks[k - 1]?.cap && toks[k - 1].end + 1 === t.start && lookupPlace(`${toks[k - 1].text} ${prefix}`).length ? k - 1 : k;
    const surface = ctx.doc.text.slice(toks[startTok].start, t.start + prefix.length);
    const entry = lookupPlace(surface)[0];
    if (!entry || entry.ambiguous) continue;
    const based = newNameMention('PLACE', startTok, k, toks[startTok].start, t.start + prefix.length, surface, -1, 'based');
    based.place = entry; based.placeKind = entry.kind;
    out.push(based);
  }
}

interface VesselWords { prefixes: string[]; nouns: string[]; verbs_after: string[] }
const TICKER_RE = /^[A-Z][A-Z0-9]{0,6}(?:\.[A-Z0-9]{1,3})?$/;

/** Inside brackets, the parts of a listing "(NYSE: KRV)", "(LSE: ARD, OTCQX: ARDLF)": the exchange before the colon
 * (up to three words) and the ticker in capitals after it. */
function isListingCode(ctx: Ctx, first: number, last: number): boolean {
  const { toks } = ctx;
  const inBrackets = (k: number) => {
    for (let j = k; j >= Math.max(0, k - 12); j--) {
      if (toks[j].text === ')') return false;
      if (toks[j].text === '(') return true;
    }
    return false;
  };
  const opensItem = (k: number) => toks[k]?.text === '(' || toks[k]?.text === ';' || toks[k]?.text === ',';
  // the ticker: "(NYSE: KRV", "; TSX: KRV"
  if (first === last && TICKER_RE.test(toks[first].text) && toks[first - 1]?.text === ':' && toks[first - 2]?.cap) {
    let k = first - 2;
    while (k > first - 5 && toks[k - 1]?.cap && !toks[k - 1].punct) k--;
    return opensItem(k - 1) && inBrackets(k - 1);
  }
  // the exchange: "(NYSE:", "; Nasdaq Kessary:"
  if (last - first <= 2 && toks[last + 1]?.text === ':' && TICKER_RE.test(toks[last + 2]?.text ?? '') && opensItem(first - 1) && inBrackets(first - 1)) return true;
  return false;
}

let vesselWords: { prefixes: Set<string>; nouns: Set<string>; verbs: string[][] } | null = null;
function getVesselWords() {
  if (!vesselWords) {
    const v = loadJson<VesselWords>('lexicon/vessels.json');
    vesselWords = { prefixes: new Set(v.prefixes), nouns: new Set(v.nouns), verbs: v.verbs_after.map((p) => p.split(/\s+/)) };
  }
  return vesselWords;
}

/** A ship's name is no place or organisation: "MV Tarvin Spirit", "the tanker Kessary Star", "two container
 * bulk carriers, the Orlan Dawn, the Kessary Pride and the Tarvin Light", "the Kessary Star docked at ...". */
function isVesselName(ctx: Ctx, first: number, last: number): boolean {
  const { toks } = ctx;
  const v = getVesselWords();
  if (v.prefixes.has(toks[first].text) && first < last) return true;
  // "M/V Tarvin Spirit": the prefix is cut at its slash, before the run
  if (toks[first - 1]?.text === '/' && first < last && v.prefixes.has(`${toks[first - 2]?.text}/${toks[first].text}`)) return true;
  let k = first - 1;
  const the = toks[k]?.lower === 'the';
  if (the) k--;
  // "the tanker Kessary Star", "vessel Ardlow"
  if (toks[k] && v.nouns.has(toks[k].lower) && !toks[k].cap) return true;
  // "three bulk carriers, the Orlan Dawn, the Kessary Pride and ...": a list in apposition to a plural ship noun
  // (each item with its "the": "ordered two tankers, Ardlow said" names the buyer)
  if (!the) return false;
  let ship = false;
  for (let j = k, steps = 0; j > 0 && steps < 24; j--, steps++) {
    const t = toks[j];
    if (t.text === ',' && v.nouns.has(toks[j - 1].lower) && !toks[j - 1].cap) { ship = true; break; }
    if (!(t.text === ',' || t.lower === 'and' || t.lower === 'the' || t.cap || (t.punct && t.text !== '.'))) break;
    if (t.sent !== toks[first].sent) break;
  }
  // "the Kessary Star docked at Mombasa"
  if (!ship) for (const words of v.verbs) if (words.every((w, n) => toks[last + 1 + n]?.lower === w)) { ship = true; break; }
  return ship && !isOrgByHead(ctx, first, last);
}

/** Tokens first..last stand in parentheses right before the dash that ends the body's opening dateline ("TARVIN, March 9
 * (Kessary Wire) —"): the outlet's credit. */
function isDatelineCredit(ctx: Ctx, first: number, last: number): boolean {
  const { toks } = ctx;
  let open = first - 1;
  while (open >= 0 && first - open <= 3 && toks[open].text !== '(') open--;
  let close = last + 1;
  while (close < toks.length && close - last <= 3 && toks[close].text !== ')') close++;
  if (toks[open]?.text !== '(' || toks[close]?.text !== ')') return false;
  if (!['—', '–', '-', '--'].includes(toks[close + 1]?.text ?? '')) return false;
  // on the body's first line, among its first words
  const bodyFirst = toks.findIndex((t) => t.start >= ctx.doc.bodyStart);
  if (bodyFirst < 0 || open < bodyFirst || open - bodyFirst > 12) return false;
  for (let k = bodyFirst + 1; k <= open; k++) if (toks[k].lineStart) return false;
  return true;
}

let operatorHeads: Set<string> | null = null;
function nationalOperatorHeads(): Set<string> {
  operatorHeads ??= new Set(loadJson<{ national_operator_heads: string[] }>('lexicon/organizations.json').national_operator_heads);
  return operatorHeads;
}

/** One capitalised token that spells the initials of the document's source ("GPGR" for "Gulf Power & Gas Review"; the
 * joining words "and", "of", "the" and "&" count or not), while the source's full name is nowhere in the body: the
 * outlet itself. (A body whose own release it is names itself in full: "the Asian Development Bank (ADB)".) */
function isSourceInitials(ctx: Ctx, first: number, last: number): boolean {
  const { toks, doc } = ctx;
  if (first !== last || !toks[first].upper || toks[first].text.length < 2) return false;
  const source = doc.meta.source?.trim();
  if (!source) return false;
  const words = source.split(/[\s\-–—]+/).filter((w) => /^\p{L}/u.test(w));
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('').toUpperCase();
  const content = words.filter((w) => !/^(and|of|the|for)$/i.test(w));
  const acronym = toks[first].text;
  if (acronym !== initials(words) && acronym !== initials(content)) return false;
  return !doc.text.slice(doc.bodyStart).includes(source);
}

/** The first name of the body followed by a comma, a dash or a colon, in capitals or not, is a dateline. */
function markDateline(ctx: Ctx, out: NameMention[]): void {
  const first = out.find((m) => m.start >= ctx.doc.bodyStart);
  if (!first || first.label !== 'PLACE') return;
  const bodyFirstToken = ctx.toks.findIndex((t) => t.start >= ctx.doc.bodyStart);
  const next = ctx.toks[first.last + 1]?.text ?? '';
  // ("ISLAMABAD: ...", the colon of South Asian papers)
  if (first.first === bodyFirstToken && (next === ',' || next === '—' || next === '–' || next === '-' || next === '(' || next === ':')) first.dateline = true;
}

/** Rabat in Morocco or in Malta? The candidate whose country the article names wins, then a national capital. */
function disambiguatePlaces(ctx: Ctx, out: NameMention[]): void {
  const countries = new Set<string>();
  for (const m of out) if (m.label === 'PLACE' && m.place?.kind === 'country' && m.place.country) countries.add(m.place.country);
  for (const m of out) {
    if (m.label !== 'PLACE' || !m.place || m.place.kind === 'country' || (m.via !== 'gazetteer' && m.via !== 'gazetteer-part')) continue;
    const candidates = lookupPlace(m.text);
    if (candidates.length < 2) continue;
    const score = (e: PlaceEntry) => (e.country && countries.has(e.country) ? 2 : 0) + (e.capital === 'national' ? 1 : 0);
    let best = candidates[0];
    for (const c of candidates) if (score(c) > score(best)) best = c;
    if (best !== m.place) { m.place = best; m.placeKind = best.kind; }
  }
}

/** Drops leading function words ("The", "In") and a sentence-initial ordinary word, and trailing connectors. */
/** "Minister of | Works", "Ambassador to | Velmora": `k` opens the complement of the title that ends two words before. */
function titleDomainStartsAt(ctx: Ctx, k: number): boolean {
  const linker = ctx.toks[k - 1]?.lower;
  return (linker === 'of' || linker === 'for') && !ctx.toks[k - 1].cap && ctx.titleEndingAt.has(k - 2);
}

/**
 * "First Quantum Minerals", "New Horizon Energy LLC", "Top Reach Solar Pty Ltd": a word that is
 * elsewhere a function word opens a company's name when it is capitalised, the next word is
 * capitalised too and the run ends in a legal form or an organisation's head word. Only words
 * listed as name openers qualify: "The", "In" or "This" before a company never belong to it.
 */
function opensCompanyName(ctx: Ctx, first: number, last: number): boolean {
  const { toks, lex } = ctx;
  const t = toks[first];
  if (!t.cap || t.upper || first >= last || !lex.nameOpeners.has(t.lower) || !toks[first + 1].cap) return false;
  const end = toks[last].lower.replace(/\.$/, '');
  // ("Top Reach's chief executive", "First Arrow's board": a body's people or organs after the possessive)
  const owner = last === first + 1 && /^['’]s$/.test(toks[last + 1]?.text ?? '') && (ctx.titleStartingAt.has(last + 2) || orgContextWords().beforeOf.has(toks[last + 2]?.lower ?? '') || getLexicon().orgHeadsStartNeedOf.has(toks[last + 2]?.lower ?? ''));
  return owner || lex.legalForms.has(toks[last].lower) || lex.legalForms.has(end) || lex.orgHeadsEnd.has(end) || lex.orgStrongHeads.has(end);
}

function trimChunk(ctx: Ctx, first: number, last: number): { first: number; last: number } | null {
  const { toks, lex } = ctx;
  while (first <= last) {
    const t = toks[first];
    const sentStart = ctx.doc.sentences[t.sent]?.first === first || t.lineStart;
    // ("New South Wales", "New Delhi": not when the word opens a place's name)
    // ("Minister of Works Grace Akello": a capitalised word that is also a verb is the title's domain there, kept for
    // the title-complement rule to cut off)
    if (lex.functionWords.has(t.lower) && !t.upper && !(t.cap && first < last && t.lower !== 'the' && ctx.gaz.hasPrefix(t.text) && opensPlaceName(ctx, first, last))
      && !(t.cap && first < last && t.lower !== 'the' && titleDomainStartsAt(ctx, first))
      && !opensCompanyName(ctx, first, last)) { first++; continue; }
    // a sentence-initial word that the document also uses in lower case is an ordinary word
    if (sentStart && !t.upper && ctx.lowerVocab.has(t.lower) && first < last && !lookupPlace(t.text).length && !lex.orgHeadsStartNeedOf.has(t.lower) && !lex.orgHeadsStartFree.has(t.lower)) { first++; continue; }
    if (toks[first].lower === "'s" || toks[first].lower === '’s') { first++; continue; }
    // "Mr Lim Chee Keong", "Datuk Ahmad Faizal": an honorific written without its period is a cue, not a name
    // "Tan Sri Ahmad Faizal", "Datuk Seri Anwar": an honorific of two words
    const pair = honorificPhraseAt(ctx, first);
    if (pair && first + pair < last && toks[first + pair].cap) { first += pair; continue; }
    // ("Tun Tun Aung": a Burmese name repeats a word that is elsewhere an honorific)
    // ("the line will end at Pak Dorn": a local honorific after "at" or "in" opens a place's name; not "in Mr Li's view")
    if (first < last && lex.honorifics.has(t.lower.replace(/\.$/, '')) && toks[first + 1].cap && toks[first + 1].lower !== t.lower
      && !honorificOpensPlace(ctx, first, last)) { first++; continue; }
    if (lex.calendarWords.has(t.lower)) { first++; continue; }
    if (/^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/.test(t.lower) && (toks[first + 1]?.num || toks[first - 1]?.num || toks[first + 1]?.text === '.')) { first++; continue; }
    // "Abu Dhabi-based Sahel Ports Group": where a body is based describes it, it is not part of its name
    let based = -1;
    for (let k = first; k <= last; k++) if (toks[k].text.includes('-') && BASED_RE.test(toks[k].text)) { based = k - first; break; }
    if (based >= 0) { if (first + based >= last) return null; first += based + 1; continue; }
    // "Delegates of the Velmoran Consulate", "Construction of the ...": a sentence-initial noun before "of"
    if (sentStart && first + 1 < last && (toks[first + 1].lower === 'of') && !lex.orgHeadsStartNeedOf.has(t.lower) && !lookupPlace(t.text).length) {
      first += toks[first + 2]?.lower === 'the' ? 3 : 2;
      continue;
    }
    break;
  }
  // (the closing mark of a quoted name the chunk holds whole: 'JSC "Tarvin Energy"')
  while (last >= first && (toks[last].punct && toks[last].text !== '.' && !quotedBodyName(ctx, first, last) || ctx.lex.functionWords.has(toks[last].lower) && !toks[last].cap)) last--;
  if (first > last) return null;
  // a run made only of ordinary words ("Energy", "Phase Two") names nothing
  let allCommon = true;
  for (let k = first; k <= last; k++) {
    const t = toks[k];
    if (t.punct || t.num) continue;
    if (!lex.commonWords.has(t.lower) || t.upper) { allCommon = false; break; }
  }
  // "Ministry of Water Resources", "Transportation Ministry": ordinary words that an institution's head holds together
  // ("Western Region", "Northern Province": a direction and a capitalised region word name an administrative region)
  if (allCommon && !isOrgByHead(ctx, first, last) && !(last > first && getPlaceWords().directions.has(toks[first].lower) && getPlaceWords().region.has(toks[last].lower) && toks[last].cap)) return null;
  return { first, last };
}

// English honorifics, written before people only ("in Mr Li's view", "at Dr Ruiz's clinic")
const PERSON_ONLY_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'madam', 'mister', 'miss', 'dame', 'lord', 'lady']);

/** "at Pak Dorn", "in Ban Khao": an honorific without its period, right after "at", "in" or "near", that the name after it
 * does not own ("Pak Joko's office"): the words are a place's name, as towns in South-East Asia often are. */
function honorificOpensPlace(ctx: Ctx, first: number, last: number): boolean {
  const { toks } = ctx;
  const t = toks[first];
  if (t.text.endsWith('.') || toks[first + 1]?.text === '.' || PERSON_ONLY_HONORIFICS.has(t.lower)) return false;
  // (not "between": "talks between Pak Joko and the investors")
  const prev = toks[first - 1]?.lower ?? '';
  if (prev === 'between' || (!LOCATIVE.has(prev) && !NEAR.has(prev))) return false;
  return !isPossessive(toks[last + 1]) && last - first <= 2;
}

function placeBeforeAnd(ctx: Ctx, first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) if (ctx.toks[k].lower === 'and' && !ctx.toks[k].cap) return lookupPlace(text(ctx, first, k - 1)).some((e) => !e.ambiguous);
  return false;
}

function opensPlaceName(ctx: Ctx, first: number, last: number): boolean {
  for (let k = first + 1; k <= Math.min(last, first + 3); k++) if (lookupPlace(text(ctx, first, k)).length) return true;
  return false;
}

let departmentFirst: Set<string> | null = null;
function departmentFirstWords(): Set<string> {
  departmentFirst ??= new Set(['group', ...[...departmentNames()].map((d) => d.split(' ')[0])]);
  return departmentFirst;
}

let departments: Set<string> | null = null;
function departmentNames(): Set<string> {
  departments ??= new Set(loadJson<{ department_names: string[] }>('lexicon/organizations.json').department_names.map((d) => d.toLowerCase()));
  return departments;
}

function text(ctx: Ctx, first: number, last: number): string {
  return ctx.doc.text.slice(ctx.toks[first].start, ctx.toks[last].end);
}

function push(ctx: Ctx, out: NameMention[], label: EntityLabel, first: number, last: number, via: string, extra: Partial<NameMention> = {}): NameMention {
  const m = newNameMention(label, first, last, ctx.toks[first].start, ctx.toks[last].end, text(ctx, first, last), -1, via);
  // (every key of extra is a field m already has: assigning keeps its shape)
  Object.assign(m, extra);
  out.push(m);
  if (label === 'ORG') {
    ctx.orgKeys.add(orgKey(m.text));
    ctx.orgKeyFirst.add(ctx.toks[first].lower);
    if (first < last) ctx.orgKeyFirst.add(ctx.toks[first + 1].lower);
  }
  return m;
}

function isAcronymToken(ctx: Ctx, t: Token): boolean {
  return t.upper && t.text.replace(/[^A-Za-z]/g, '').length >= 2 && !ctx.lex.notOrganizations.has(t.text) && !ctx.commonAcronyms.has(t.text) && !isCurrencyCode(t.text);
}

let currencyCodes: Set<string> | null = null;
/** ISO 4217 codes (NPR, KZT) name money, not organisations. */
function isCurrencyCode(s: string): boolean {
  if (!currencyCodes) {
    const c = loadJson<{ symbols: Record<string, string>; other_codes: string[] }>('lexicon/currencies.json');
    currencyCodes = new Set([...Object.values(c.symbols), ...Object.keys(c.symbols).filter((k) => /^[A-Z]{3}$/.test(k)), ...c.other_codes]);
  }
  return currencyCodes.has(s);
}

let heads: Set<string> | null = null;
/** Last words of facility names ("railway", "bridge", "corridor"): a capitalised name ending in one names a project, not a body. */
function facilityHeads(): Set<string> {
  if (heads) return heads;
  heads = new Set<string>();
  for (const list of getFacilityLexicon().facilities.byFirst.values()) for (const { words } of list) heads.add(words[words.length - 1]);
  for (const w of ['corridor', 'line', 'tunnel', 'canal', 'route']) heads.add(w);
  return heads;
}

/** The acronym defined right after a name: "Velmora National Mining Corporation (VNMC)". */
function acronymAfter(ctx: Ctx, last: number): { acr: string; close: number } | null {
  const { toks } = ctx;
  if (!OPEN.has(toks[last + 1]?.text ?? '')) return null;
  // 'Tarvin Waste Joint Stock Company ("TWJ")', '("Ardlow Tenaga" or "the Group")': the short form in quotes
  const quoted = QUOTES.has(toks[last + 2]?.text ?? '');
  const q = quoted ? 1 : 0;
  const closes = (k: number) => {
    const c = toks[k + q];
    return Boolean(c && (!quoted || QUOTES.has(toks[k].text)) && (quoted ? (c.text === ')' || c.text === ']' || c.lower === 'or' || c.text === ',') : (c.text === ')' || c.text === ']')));
  };
  const a = toks[last + 2 + q];
  if (a && closes(last + 3 + q) && (a.upper || /^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/.test(a.text))) return { acr: a.text, close: last + 3 + q };
  // a short name in parentheses: "China Energy Engineering Corporation (Energy China)"
  for (let n = 1; n <= 3; n++) {
    if (quoted) {
      const words = toks.slice(last + 3, last + 3 + n);
      if (closes(last + 3 + n) && words.every((w) => w.cap && !w.punct) && !lookupPlace(words.map((w) => w.text).join(' ')).length) {
        return { acr: ctx.doc.text.slice(words[0].start, words[words.length - 1].end), close: last + 3 + n };
      }
      continue;
    }
    const end = toks[last + 2 + n];
    if (!end || (end.text !== ')' && end.text !== ']')) continue;
    const words = toks.slice(last + 2, last + 2 + n);
    if (words.every((w) => w.cap && !w.punct) && !lookupPlace(words.map((w) => w.text).join(' ')).length) {
      return { acr: ctx.doc.text.slice(words[0].start, words[words.length - 1].end), close: last + 2 + n };
    }
  }
  return null;
}

function lastWord(ctx: Ctx, last: number): string {
  const t = ctx.toks[last];
  // "d.o.o.", "S.p.A.", "A/S": a legal form of several tokens is one word here
  const form = legalFormEndingAt(ctx.toks, ctx.doc.text, last);
  if (form >= 0) return ctx.doc.text.slice(ctx.toks[form].start, t.end).toLowerCase();
  return t.text === '.' ? ctx.toks[last - 1].lower : t.lower;
}

function isOrgByHead(ctx: Ctx, first: number, last: number): boolean {
  const { toks, lex } = ctx;
  const lw = lastWord(ctx, last);
  if (last > first && (lex.orgHeadsEnd.has(lw) || lex.legalForms.has(lw) || lex.lowercaseLegalForms.has(lw))) return true;
  // "Brenmoor & Sons", "Ardlow & Partners": a firm named with its partners
  if (last > first + 1 && toks[last - 1].text === '&' && FIRM_PARTNERS.has(toks[last].lower)) return true;
  // "Ministry of Energy", "Bank of Tarvin", "Export-Import Bank of Velmora", "Development Bank of Latin America"
  for (let k = first; k <= Math.min(first + 3, last - 2); k++) {
    // "National Electric Grid of Velmora", "Bank of Tarvin": an institution's head takes "of X" into the name;
    // a company's ("Rail Systems of South Korea") does not
    const w = toks[k].lower;
    if (lex.orgHeadsStartNeedOf.has(w) && (toks[k + 1].lower === 'of' || toks[k + 1].lower === 'for') && !toks[k + 1].cap) return true;
  }
  // "Consorcio Velmar Vial", "Ardesa Compañía Minera": a word that opens an organisation's name by itself
  if (last > first) for (let k = first; k < last; k++) if (lex.orgHeadsStartFree.has(toks[k].lower) && toks[k].cap && toks[k].lower !== 'pt' || (k === first && toks[k].text === 'PT')) return true;
  // a legal form in front: "PT Sinar Rel Mandala", "JSC Ardlow"
  if (last > first && (toks[first].text === 'PT' || toks[first].text === 'JSC' || toks[first].text === 'LLP' || toks[first].text === 'OJSC')) return true;
  return false;
}

/** "Boris Kanev of Acme Holdings": two or three name words before "of", none of them a word of a body's name, a place or
 * a facility, and after "of" a body complete with its own head: the names are a person from that body, even when no
 * given name in the lexicon says so. (A body's name takes "of X" only after its head: "Bank of Tarvin", "Ministry of
 * Energy", "Industrial Bank of Velmora".) */
function bareNameBeforeBody(ctx: Ctx, first: number, last: number, bodyFirst: number, bodyLast: number): boolean {
  const { toks, lex } = ctx;
  if (last - first < 1 || last - first > 2 || toks[first - 1]?.lower === 'the') return false;
  for (let k = first; k <= last; k++) {
    const t = toks[k];
    if (!nameLike(ctx, t) || lex.orgHeadsEnd.has(t.lower) || lex.orgHeadsStart.has(t.lower) || lex.orgHeadsStartNeedOf.has(t.lower) || lex.orgHeadsStartFree.has(t.lower)
      || lex.orgMidNameHeads.has(t.lower) || lex.legalForms.has(t.lower) || ctx.facilityHeads.has(t.lower) || lookupPlace(t.text).length) return false;
  }
  const body = toks[bodyFirst]?.lower === 'the' ? bodyFirst + 1 : bodyFirst;
  return body < bodyLast && isOrgByHead(ctx, body, bodyLast);
}

function isChineseName(ctx: Ctx, first: number, last: number): boolean {
  const { toks, lex } = ctx;
  if (last - first > 2 || last === first) return false;
  if (!lex.chineseSurnames.has(toks[first].text)) return false;
  for (let k = first + 1; k <= last; k++) if (!toks[k].cap || toks[k].upper || !isPinyinWord(toks[k].text, lex)) return false;
  return true;
}

/** "B" of "B. Oyunchimeg", "Ts" of "Ts. Enkhtuya" — but not "Mr" or "Dr". */
function isInitial(ctx: Ctx, t: Token): boolean {
  return /^\p{Lu}\p{Ll}?$/u.test(t.text) && !ctx.lex.honorifics.has(t.lower) && t.lower !== 'st';
}

function nameLike(ctx: Ctx, t: Token): boolean {
  const known = ctx.nameLikeAt[t.i];
  if (known !== 0) return known === 1;
  const v = nameLikeUncached(ctx, t);
  ctx.nameLikeAt[t.i] = v ? 1 : 2;
  return v;
}

function nameLikeUncached(ctx: Ctx, t: Token): boolean {
  // ("O'Donnell-Price", "McAllister", "D'Souza": a capital after O', D', Mc or Mac)
  return t.cap && !t.upper && !t.num && /^(?:[\p{Ll}]{1,3}-)?(?:\p{Lu}['’]|Ma?c)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$/u.test(t.text) && !ctx.lex.commonWords.has(t.lower);
}

function personCue(ctx: Ctx, first: number, last: number): string | null {
  const { toks, lex } = ctx;
  const n = last - first + 1;
  for (let k = first; k <= last; k++) {
    const t = toks[k];
    if (nameLike(ctx, t) || lex.nameParticles.has(t.lower)) continue;
    // ("A.V. Kessarov", "Tarvinov D.A.": initials written together are one token)
    const initial = (isInitial(ctx, t) && toks[k + 1]?.text === '.') || (t.text === '.' && k > first && isInitial(ctx, toks[k - 1])) || (n > 1 && INITIALS_RE.test(t.text));
    // "J. Robert Ellison III": a generation after a name of two or more words
    const generation = k === last && k > first + 1 && GENERATIONS.has(t.text);
    if (!initial && !generation) return null;
  }
  if (n > 6) return null;
  // "Velmora Bao Renshu said": a place ends a title's complement before the name
  if (n > 1 && lookupPlace(toks[first].text).some((e) => !e.ambiguous && (e.kind === 'country' || e.kind === 'region'))) return null;
  // ("our partner Lanhai": a title that also names a body's relation makes no person of one word)
  if (ctx.titleEndingAt.has(first - 1) && !(n === 1 && lex.orgContextBefore.has(toks[first - 1].lower))) return 'title-before';
  if (toks[first - 1]?.text === ',' && ctx.titleEndingAt.has(first - 2) && n >= 2) return 'title-comma';
  // "its managing director for the Middle East, Ana Ruiz Soler", "vice-president for operations, Jean Marc Diallo":
  // a title with its complement, then a comma and the name
  if (n >= 2 && titleComplementBefore(ctx, first)) return 'title-complement-comma';
  const prev = toks[first - 1];
  if (prev && lex.honorifics.has(prev.lower.replace(/\.$/, ''))) return 'honorific';
  if (prev?.text === '.' && lex.honorifics.has(toks[first - 2]?.lower ?? '')) return 'honorific';
  if (first >= 2 && honorificPhraseAt(ctx, first - 2) === 2) return 'honorific';
  if (isChineseName(ctx, first, last)) return 'chinese-name';
  if (n >= 2 && n <= 3 && lex.familyFirstSurnames.has(toks[first].text)) return 'family-first-name';
  if (n >= 2 && isInitial(ctx, toks[first]) && toks[first + 1]?.text === '.') return 'initial';
  if (n >= 2 && lex.givenNames.has(toks[first].text)) return 'given-name';
  const next = toks[last + 1];
  if (next?.text === ',') {
    let k = last + 2;
    if (toks[k]?.lower === 'the' || toks[k]?.lower === 'a' || toks[k]?.lower === 'an') k++;
    // ", the bank's president", ", VNMC chairman", ", Kazakhstan's minister"
    // (", as the governor is popularly called": a by-name of someone, not an apposition)
    for (let s = 0; s < 4 && toks[k] && toks[k].lower !== 'as'; s++) {
      if (ctx.titleStartingAt.has(k)) return 'appositive-title';
      if (toks[k].punct && toks[k].text !== "'s" && toks[k].text !== '’s') break;
      k++;
    }
    if (toks[last + 2]?.lower === 'who') return 'who';
    if (n >= 2 && n <= 4 && personNounApposition(ctx, last + 2)) return 'appositive-person';
    // "Sok Chanthy, 31, packs boxes", "Chhun Dara, a 28-year-old welder,": a name with the person's age set off by
    // commas, as news writes it
    const age = toks[last + 2];
    if (n >= 2 && n <= 4 && age?.num && /^\d{1,3}$/.test(age.text) && Number(age.text) >= 10 && Number(age.text) <= 110 && toks[last + 3]?.text === ','
      && toks[last + 4] && !toks[last + 4].cap && !toks[last + 4].num && !toks[last + 4].punct) return 'age';
    if (n >= 2 && n <= 4 && (age?.lower === 'a' || age?.lower === 'an') && /^\d{1,3}-year-old$/.test(ctx.doc.text.slice(toks[last + 3]?.start ?? 0, (toks[last + 3]?.start ?? 0) + 12).split(/\s/)[0])) return 'age';
  }
  // "Anan Chaiyaporn (left) and ...": a photograph's caption points at people
  if (n >= 2 && next?.text === '(' && CAPTION_POINTERS.has(toks[last + 2]?.lower ?? '') && toks[last + 3]?.text === ')') return 'caption';
  // "Siti Aminah binti Ahmad", "Khalid bin Saud Al Thani": a patronymic particle inside the name
  for (let k = first + 1; k < last; k++) if (PATRONYMIC_PARTICLES.has(toks[k].lower) && !toks[k].cap) return 'patronymic';
  if (n >= 2 && next && lex.speechVerbs.has(next.lower)) return 'speech-verb';
  // '..., says Nurbek Asanov, the shift supervisor': a name right after a speech verb
  if (n >= 2 && prev && (prev.lower === 'says' || prev.lower === 'said' || prev.lower === 'added' || prev.lower === 'explains' || prev.lower === 'recalls') && (!next || next.punct)) return 'speech-verb';
  if (n >= 2 && n <= 3 && ctx.titleStartingAt.has(last + 2) && next?.text === ',') return 'appositive-title';
  // a signature: the name alone on its line and a title opening the next ("Mihaela Dobre\nChief Financial Officer")
  if (n >= 2 && n <= 4 && next && ctx.titleStartingAt.has(last + 1) && toks[first].lineStart && next.lineStart) return 'signature';
  // "Orlen Baktiyar is chief executive of ...", "Ana Ruiz was the bank's president": a title in the predicate
  if (n >= 2 && n <= 4 && next && predicateWords().copulas.has(next.lower) && predicateTitleAt(ctx, last + 2)) return 'predicate-title';
  return null;
}

/** One capitalised word that ends in a body's ending ("Afreximbank") with at least three letters before it. */
function hasOrgNameSuffix(ctx: Ctx, t: Token): boolean {
  if (!t.cap) return false;
  for (const suffix of ctx.lex.orgNameSuffixes) if (t.lower.length >= suffix.length + 3 && t.lower.endsWith(suffix)) return true;
  return false;
}

/** The run ends with a quoted name right after a body's head or legal form ('National Administration "Velmor
 * Waters"'), as findChunks joins them. */
function quotedBodyName(ctx: Ctx, first: number, last: number): boolean {
  if (!CLOSING_QUOTES.has(ctx.toks[last].text)) return false;
  for (let k = last - 2; k > first; k--) if (OPENING_QUOTES.has(ctx.toks[k].text)) return quotedNameEnd(ctx.toks, k, (j) => ctx.toks[j].cap || ctx.toks[j].upper) === last;
  return false;
}

let predicate: { copulas: Set<string>; between: Set<string>; bodyRelations: Set<string> } | null = null;
function predicateWords() {
  if (!predicate) {
    const d = loadJson<{ predicate_titles: { copulas: string[]; between: string[]; body_relations: string[] } }>('lexicon/titles.json').predicate_titles;
    predicate = { copulas: new Set(d.copulas), between: new Set(d.between), bodyRelations: new Set(d.body_relations) };
  }
  return predicate;
}

/** A title at token k, past an article, adverb, possessive or "X's", "the bank's" (at most three words; titles.json
 * predicate_titles). */
function predicateTitleAt(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  const { between, bodyRelations } = predicateWords();
  for (let s = 0; s < 4 && toks[k]; s++) {
    const title = ctx.titleStartingAt.get(k);
    if (title) return !bodyRelations.has(toks[k].lower);
    const t = toks[k];
    if (t.text === "'s" || t.text === '’s' || between.has(t.lower) || (!t.punct && (toks[k + 1]?.text === "'s" || toks[k + 1]?.text === '’s'))) { k++; continue; }
    return false;
  }
  return false;
}

let honorificPhrases: string[][] | null = null;
let honorificFirst: Set<string> | null = null;
/** Tokens of a two-word honorific ("Tan Sri", "Datuk Seri") starting at token k, or 0. */
function honorificPhraseAt(ctx: Ctx, k: number): number {
  honorificPhrases ??= loadJson<{ honorific_phrases: string[] }>('lexicon/titles.json').honorific_phrases.map((p) => p.split(/\s+/));
  honorificFirst ??= new Set(honorificPhrases.map((w) => w[0]));
  const { toks } = ctx;
  if (!honorificFirst.has(toks[k]?.lower ?? '')) return 0;
  for (const words of honorificPhrases) if (words.every((w, n) => toks[k + n]?.lower === w)) return words.length;
  return 0;
}

const TITLE_LINKERS = new Set(['for', 'of', 'at', 'in']);
/** Two or three initials written as one token: "A.V.", "D.A", "Ts.B." */
const INITIALS_RE = /^(?:\p{Lu}\p{Ll}?\.){1,2}\p{Lu}\p{Ll}?\.?$/u;
const CAPTION_POINTERS = new Set(['left', 'right', 'centre', 'center', 'pictured', 'above', 'below']);
// (lower case only: "Bin" capitalised opens names of places and companies too)
const PATRONYMIC_PARTICLES = new Set(['bin', 'binti', 'bint', 'ibn', 'bte']);

/** "director for the Middle East, " before the name at `first`: the title and its complement ("for"/"of"/"at"/"in",
 * then at most five words without punctuation), as one span ending before the comma. */
function titleComplementBefore(ctx: Ctx, first: number): TitleSpan | undefined {
  const { toks } = ctx;
  const comma = first - 1;
  if (toks[comma]?.text !== ',') return undefined;
  // Up to five words of any kind ("for operations", "for the Middle East"); beyond that only a proper name's words
  // ("of the Nordic Investment Bank (NIB)", "of Energy and Water Resources of Bulgaria"), so a clause is never a title.
  let proper = true;
  // ("the Minister of Communications, Infrastructure and Housing, NAME": commas may list the fields of government a
  // complement names, when every word of it is such a field; "director for Asia, Ana Ruiz, NAME" lists no fields)
  let listed = false;
  for (let j = comma - 2; j >= Math.max(1, comma - MAX_PROPER_COMPLEMENT - 1); j--) {
    const t = toks[j + 1];
    if (t.sent !== toks[comma].sent) return undefined;
    if (t.text === ',') listed = true;
    else if (t.punct && !COMPLEMENT_PUNCT.has(t.text)) return undefined;
    proper &&= t.cap || t.num || t.punct || complements().joiners.has(t.lower);
    if (!proper && j < comma - 7) return undefined;
    if (!TITLE_LINKERS.has(toks[j + 1].lower) || toks[j + 1].cap) continue;
    const title = ctx.titleEndingAt.get(j);
    if (!title) continue;
    if (listed && !fieldList(ctx, j + 2, comma - 1)) return undefined;
    return { first: title.first, last: comma - 1, text: text(ctx, title.first, comma - 1) };
  }
  return undefined;
}

/** Tokens first..last list fields of government ("Communications, Infrastructure and Housing"): field words joined by
 * commas and lower-case joiners, with a place where a joiner introduces it ("... and Housing of Velmora"). */
function fieldList(ctx: Ctx, first: number, last: number): boolean {
  const { toks } = ctx;
  for (let k = first; k <= last; k++) {
    const t = toks[k];
    if (t.text === ',' || (!t.cap && complements().joiners.has(t.lower)) || fieldWord(ctx, t)) continue;
    if (k > first && !toks[k - 1].cap && lookupPlace(t.text).some((e) => !e.ambiguous)) continue;
    return false;
  }
  return first <= last;
}

const MAX_PROPER_COMPLEMENT = 14;
// (brackets round an acronym, dots of a legal form such as "A.Ş.", joiners inside names)
const COMPLEMENT_PUNCT = new Set(['&', '-', '(', ')', '.']);
let complementWords: { joiners: Set<string>; domainTitles: Set<string>; fields: Set<string> } | null = null;
/** titles.json's words about a title's complement: joiners inside a proper-name complement, titles whose complement is a
 * field, and field words that are no ordinary words. */
function complements() {
  if (!complementWords) {
    const d = loadJson<{ complement_joiners: string[]; domain_titles: string[]; complement_fields?: string[] }>('lexicon/titles.json');
    complementWords = { joiners: new Set(d.complement_joiners), domainTitles: new Set(d.domain_titles), fields: new Set(d.complement_fields ?? []) };
  }
  return complementWords;
}

/** "Mines", "Spatial": a capitalised word that names a field of government (an ordinary word, or titles.json complement_fields). */
function fieldWord(ctx: Ctx, t: Token): boolean {
  return t.cap && (ctx.lex.commonWords.has(t.lower) || complements().fields.has(t.lower));
}

/** The title that introduces a person's name at `first`: "chairman X", "chairman, X", "director for Asia, X", also
 * over an honorific between them ("Director-General Dr. X", "the Minister of Energy, Mr. X"). */
function titleBefore(ctx: Ctx, first: number): TitleSpan | undefined {
  const at = honorificBefore(ctx, first);
  return ctx.titleEndingAt.get(at - 1) ?? (ctx.toks[at - 1]?.text === ',' ? ctx.titleEndingAt.get(at - 2) ?? titleComplementBefore(ctx, at) : undefined);
}

/** Where an honorific right before the name at `first` starts ("Dr." "Mag." "Tan Sri"), else `first`. */
function honorificBefore(ctx: Ctx, first: number): number {
  const { toks, lex } = ctx;
  if (toks[first - 1]?.text === '.' && lex.honorifics.has(toks[first - 2]?.lower ?? '')) return first - 2;
  if (toks[first - 1] && lex.honorifics.has(toks[first - 1].lower.replace(/\.$/, ''))) return first - 1;
  if (first >= 2 && honorificPhraseAt(ctx, first - 2) === 2) return first - 2;
  return first;
}

/** Words of an estate's head ("industrial park") ending at token `last` (0 when none). */
function zoneHeadEndingAt(ctx: Ctx, last: number): number {
  const { toks } = ctx;
  if (!getPlaceWords().zoneLast.has(toks[last].lower)) return 0;
  for (const words of getPlaceWords().zones) if (words.every((w, n) => toks[last - words.length + 1 + n]?.lower === w)) return words.length;
  return 0;
}

/** Words of a lower-case estate head ("special economic zone") starting at token `k` (0 when none). */
function zoneHeadStartingAt(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  if (!getPlaceWords().zoneFirst.has(toks[k].lower)) return 0;
  for (const words of getPlaceWords().zones) if (words.every((w, n) => toks[k + n]?.lower === w && !toks[k + n].cap)) return words.length;
  return 0;
}

/** "in", "at", "inside" (and "the") right before the name at `first`. */
function locativeBefore(ctx: Ctx, first: number): boolean {
  const { toks } = ctx;
  const k = toks[first - 1]?.lower === 'the' ? first - 2 : first - 1;
  return LOCATIVE.has(toks[k]?.lower ?? '') || toks[k]?.lower === 'inside' || toks[k]?.lower === 'within';
}

/** The kind a lower-case word after a name gives it: "region", "city", "river". */
function placeWordKind(w: string): PlaceKind | null {
  const pw = getPlaceWords();
  return pw.regionLower.has(w) ? 'region' : pw.city.has(w) ? 'city' : pw.siteLower.has(w) ? 'site' : null;
}

function inner(ctx: Ctx, first: number, last: number): Token[] {
  return ctx.toks.slice(first, last + 1);
}

function placeKindByHead(ctx: Ctx, word: string): PlaceKind | null {
  const pw = getPlaceWords();
  if (pw.region.has(word)) return 'region';
  if (pw.city.has(word)) return 'city';
  if (pw.site.has(word)) return 'site';
  return null;
}

function classifyRun(ctx: Ctx, first: number, last: number, out: NameMention[], unknown: { first: number; last: number }[]): void {
  const { toks, gaz, lex } = ctx;
  // organisations the user named in a lexicon win over every rule
  if (hasKnownOrganizations()) {
    for (let k = first; k <= last; k++) {
      const known = knownOrganizationAt(toks, k, last);
      if (!known) continue;
      if (k > first) classifyRun(ctx, first, trimEdge(ctx, first, k - 1), out, unknown);
      push(ctx, out, 'ORG', k, known.last, 'lexicon', { known: known.org });
      if (known.last < last) classifyRun(ctx, skipEdge(ctx, known.last + 1, last), last, out, unknown);
      return;
    }
  }
  // "Afreximbank", "Kessaryenergo": one word with a body's ending
  if (first === last && hasOrgNameSuffix(ctx, toks[first]) && !lookupPlace(toks[first].text).length) { push(ctx, out, 'ORG', first, last, 'name-suffix', { acronym: acronymAfter(ctx, last)?.acr }); return; }
  // "between the government of Gabon and Velcor Metals": the country ends the government's name at "and"
  if (toks[first - 1]?.lower === 'of' && toks[first - 2]?.lower === 'government' && !toks[first - 2].cap) {
    for (let k = first + 1; k < last; k++) {
      if (toks[k].lower !== 'and' || toks[k].cap) continue;
      if (!lookupPlace(text(ctx, first, k - 1)).some((e) => e.kind === 'country')) break;
      classifyRun(ctx, first, k - 1, out, unknown);
      classifyRun(ctx, k + 1, last, out, unknown);
      return;
    }
  }
  // "the Law on Public-Private Partnership", "the Decree on Energy Cooperation": the subject of a document named after
  // "on" is a field, not a body, whatever head word it ends in
  if (toks[first - 1]?.lower === 'on' && !toks[first - 1].cap && toks[first - 2]?.cap && documentHeadsBeforeOn().has(toks[first - 2].lower)) return;
  // "the Main Market of Bursa Velmora": ordinary words before "of" and a body's name are a part of that body; the body
  // is the name ("Bank of ...", "Council of ...", "Port of ..." open names with their heads)
  const partOf = ordinaryPartOf(ctx, first, last);
  if (partOf > 0) { classifyRun(ctx, partOf, last, out, unknown); return; }
  // "a wind farm in Zhanatas for Korvath Energy", "a park near Almaty for Brisant Holdings": a place, then "for" and the
  // body the works are for; a body's own name takes "for" only after its head ("Agency for ...", "Bank for ...")
  const forAt = placeBeforeFor(ctx, first, last);
  if (forAt > 0) {
    classifyRun(ctx, first, forAt - 1, out, unknown);
    classifyRun(ctx, skipEdge(ctx, forAt + 1, last), last, out, unknown);
    return;
  }
  // 'the Cabinet of Ministers of Velmora and JSC "Tarvagazstroy"': a legal form written in front after "and" opens a
  // second body (no name holds "and JSC" inside it)
  for (let k = first + 2; k < last; k++) {
    if (toks[k].lower !== 'and' || toks[k].cap || !LEGAL_PREFIX.has(toks[k + 1].text)) continue;
    const left = trimEdge(ctx, first, k - 1);
    classifyRun(ctx, first, left, out, unknown);
    classifyRun(ctx, k + 1, last, out, unknown);
    return;
  }
  // 'National Administration "Velmor Waters"', 'JSC "Tarvin Energy"': a body's head or legal form and a quoted name
  if (quotedBodyName(ctx, first, last)) { push(ctx, out, 'ORG', first, last, 'quoted-name', { acronym: acronymAfter(ctx, last)?.acr }); return; }
  // "Ing.", "Dr." cut off by their period: a cue for the name after them, never a name
  if (first === last && lex.honorifics.has(toks[first].lower.replace(/\.$/, ''))) return;
  // "Ardlow Ceste said ..." after "Ardlow Ceste d.o.o.": an organisation's name without its legal form is that
  // organisation, before any cue could make it a person
  // (its first word, or the one after a legal prefix, must open some organisation's mention: a set test, not a key)
  if (ctx.orgKeys.size && (ctx.orgKeyFirst.has(toks[first].lower) || (first < last && ctx.orgKeyFirst.has(toks[first + 1].lower)))) {
    const key = orgKey(text(ctx, first, last));
    // "Guangxi Beibu" after "Guangxi Beibu Metallurgical Engineering Co., Ltd.": the opening words of one known name
    let opens = 0;
    if (last > first && !ctx.orgKeys.has(key)) { const k0 = `${key} `; for (const k of ctx.orgKeys) if (k.startsWith(k0)) opens++; }
    if ((ctx.orgKeys.has(key) || opens === 1) && !lookupPlace(text(ctx, first, last)).some((e) => !e.ambiguous)) {
      push(ctx, out, 'ORG', first, last, 'same-as-org', { acronym: acronymAfter(ctx, last)?.acr });
      return;
    }
  }
  // "the three-day Velmora Mining Forum", "this week's Kessary Energy Summit": a gathering named as an event is no body
  if (last > first && namedEvent(ctx, first, last)) return;
  // "Corporate Affairs", "Investor Relations": a department in a press release's contact lines is no body of its own
  if (last > first && last - first <= 3 && departmentFirstWords().has(toks[first].lower) && departmentNames().has(text(ctx, first, last).toLowerCase().replace(/^group\s+/, ''))) return;
  const acr = acronymAfter(ctx, last);
  // "Public Works and Housing Minister", "Energy Minister": the domain of the title that follows;
  // in "Wen Haoran and Velmoran Prime Minister" only the part after "and" is the domain
  // (not across a line break: "Mihaela Dobre" above "Chief Financial Officer" signs a report)
  // ("Regional Industry Director", "Global Energy Head": ordinary words and a sector word that also heads bodies'
  // names are the title's field too)
  if (ctx.titleStartingAt.has(last + 1) && toks[last + 1].cap && !toks[last + 1].lineStart && (!isOrgByHead(ctx, first, last) || sectorField(ctx, first, last)) && !(first === last && isAcronymToken(ctx, toks[first])) && !lookupPlace(text(ctx, first, last)).length) {
    for (let k = last - 1; k > first; k--) {
      if (toks[k].lower === 'and' && !toks[k].cap) { classifyRun(ctx, first, trimEdge(ctx, first, k - 1), out, unknown); break; }
    }
    return;
  }
  // "President Ana Ruiz and Tarvin Ports chairman Li Wei": a title before the run and another after it; the run is
  // the first one's holder, then the second one's employer, split at the first "and" (a person's name has none, an
  // employer's may: "Tarvin Oil and Gas chief executive")
  if (ctx.titleEndingAt.has(first - 1) && ctx.titleStartingAt.has(last + 1) && !toks[last + 1].lineStart) {
    for (let k = first + 1; k < last; k++) {
      if (toks[k].cap || toks[k].lower !== 'and') continue;
      classifyRun(ctx, first, trimEdge(ctx, first, k - 1), out, unknown);
      classifyRun(ctx, skipEdge(ctx, k + 1, last), last, out, unknown);
      return;
    }
  }
  // "Minister of Energy of the Republic of Velmora Darkhan Tulegenov", "Ambassador to Velmora Bao Renshu":
  // the title's complement, then the person
  const linker = (w: string | undefined) => w === 'of' || w === 'for' || w === 'to' || w === 'at';
  const ofTitle = linker(toks[first - 1]?.lower) ? ctx.titleEndingAt.get(first - 2)
    : (toks[first - 1]?.lower === 'the' && linker(toks[first - 2]?.lower)) ? ctx.titleEndingAt.get(first - 3) : listedComplementTitle(ctx, first);
  // ("president director of PT Kabaena Nikel": a name opened by a legal form is no person)
  // ("chairman of Anadolu Enerji Yatırım A.Ş., Mehmet Ali Karaca": nor one closed by a legal form or a body's head)
  // (nor the whole complement when the name follows after a comma: "Minister of Energy of Velmora, Anri Beridze")
  const nameAfterComma = Boolean(ofTitle) && toks[last + 1]?.text === ',' && toks[last + 2]?.cap === true && !ctx.titleStartingAt.has(last + 2)
    && titleComplementBefore(ctx, last + 2) !== undefined;
  // "Minister of Transport Ana Ruiz and Chile's Minister of Energy ...": a possessor after the last "and" opens the
  // next noun phrase; the complement and its person end before that "and"
  if (ofTitle && last - first >= 2 && isPossessive(toks[last + 1])) {
    for (let k = last - 1; k > first; k--) {
      if (!toks[k].cap && toks[k].lower === 'and') {
        classifyRun(ctx, first, trimEdge(ctx, first, k - 1), out, unknown);
        classifyRun(ctx, skipEdge(ctx, k + 1, last), last, out, unknown);
        return;
      }
      if (!toks[k].cap) break;
    }
  }
  if (ofTitle && !nameAfterComma && !(last > first && (LEGAL_PREFIX.has(toks[first].text) || lex.legalForms.has(lastWord(ctx, last)) || lex.orgHeadsEnd.has(lastWord(ctx, last))))) {
    // the last domain word ("Transport", "Kazakhstan", "Communications") ends the complement; an "and" after it
    // ends the person ("... of Transport Gu Mingtao and Xu Pengfei"), one before it is inside the domain
    let cut = first - 1;
    // (an initial and its period, "T. Ibraev", belong to the name)
    const initialAt = (k: number) => (toks[k].text === '.' && k > first && isInitial(ctx, toks[k - 1]) && toks[k].start === toks[k - 1].end)
      || (isInitial(ctx, toks[k]) && toks[k + 1]?.text === '.' && toks[k + 1].start === toks[k].end && k < last);
    // (a particle inside the name, "Abdulaziz bin Salman", "Ana de la Cruz", is the person's, not the domain's)
    const particleAt = (k: number): boolean => k > first && k < last && lex.nameParticles.has(toks[k].lower)
      && (toks[k - 1].cap && !lex.commonWords.has(toks[k - 1].lower) || particleAt(k - 1));
    // (a region is in the domain where a linker or the domain's start puts it there, "of Tarvin", "to Tarvin": after a
    // capitalised word that is no field, "Energy Moussa Bâ Camara", it is a word of the holder's name; a country always is)
    const placeInDomain = (k: number) => lookupPlace(toks[k].text).some((e) => !e.ambiguous && (e.kind === 'country'
      || (e.kind !== 'city' && (k === first || !toks[k - 1].cap || toks[k - 1].punct || fieldWord(ctx, toks[k - 1])))));
    for (let k = first; k <= last; k++) if (!initialAt(k) && !particleAt(k)) if (lex.commonWords.has(toks[k].lower) || complements().fields.has(toks[k].lower) || placeInDomain(k) || lex.orgHeadsEnd.has(toks[k].lower) || !toks[k].cap) cut = toks[k].lower === 'and' ? cut : k;
    let end = last;
    for (let k = Math.max(cut + 1, first + 1); k < last; k++) if (toks[k].lower === 'and' && !toks[k].cap) { end = k - 1; break; }
    // no domain word found in a long complement: the name is its last two words ("Health Aibek Toktogulov")
    if (cut < first && end - first >= 2) { cut = end - 2; while (cut >= first && initialAt(cut)) cut--; }
    // ("Vice Chairman of the People's Committee of Tarvin province": a place ends the complement, it is nobody)
    if (cut >= first && cut < end && end - cut <= 4 && !lookupPlace(text(ctx, cut + 1, end)).some((e) => !e.ambiguous)) {
      classifyDomain(ctx, first, cut, out);
      // (the title is the office with its domain: "Minister of Industries, Mines and Energy")
      push(ctx, out, 'PERSON', cut + 1, end, 'title-complement', { title: { first: ofTitle.first, last: cut, text: text(ctx, ofTitle.first, cut) } });
      if (end < last) classifyRun(ctx, skipEdge(ctx, end + 1, last), last, out, unknown);
      return;
    }
  }

  // "the Minister of Economy and Sustainable Development of Velmora, NAME": a minister's whole complement before the
  // name is the ministry's domain (its places count), never a body, though a word of it may head bodies elsewhere
  // ("Development Bank of ...")
  if (ofTitle && nameAfterComma && complements().domainTitles.has(lastWord(ctx, ofTitle.last))) {
    classifyDomain(ctx, first, last, out);
    return;
  }
  // "Burundi's Minister of Transport, Public Works and Equipment.", "Minister of Environment, Spatial Planning and
  // Infrastructure, Anri Beridze": the last items of a minister's listed fields, joined by "and" and closing the
  // complement, are more of its domain, however much "Public Works" looks like a body's name
  if (ofTitle && !linker(toks[first - 1]?.lower) && toks[first - 1]?.lower !== 'the' && complements().domainTitles.has(lastWord(ctx, ofTitle.last))
    && inner(ctx, first, last).some((t) => t.lower === 'and' && !t.cap) && (toks[last + 1]?.text === ',' || toks[last + 1]?.text === '.' || toks[last + 1]?.text === ';')) {
    classifyDomain(ctx, first, last, out);
    return;
  }
  classifyRunByShape(ctx, first, last, out, unknown, acr);
}

/**
 * The rest of classifyRun's rules, once no lexicon entry, title or complement has read the run: place heads and
 * region words, bodies by their heads, acronyms, known places, people's cues, coordinations. (A function of its own
 * so that V8 compiles the rules in two pieces: one of 370 lines was compiled again, whole, at every deoptimisation.)
 */
function classifyRunByShape(ctx: Ctx, first: number, last: number, out: NameMention[], unknown: { first: number; last: number }[], acr: ReturnType<typeof acronymAfter>): void {
  const { toks, gaz, lex } = ctx;
  // a place head inside the run: "Velmora River", "Tarvin City", "Kessary Region"
  const lw = lastWord(ctx, last);
  const headKind = last > first ? placeKindByHead(ctx, lw) ?? (zoneHeadEndingAt(ctx, last) ? 'site' : null) : null;
  // ("Guangzhou and Tarvin Canton": a known place before "and" is an item of a list, not part of one name)
  // "the Tarvin Bay Industrial Park": an estate's own name is a place only where something is put in it
  if (headKind && last > first && zoneHeadEndingAt(ctx, last) && !isOrgByHead(ctx, first, last) && !locativeBefore(ctx, first)) return;
  // "Site: Ardlow Lasfar industrial zone": an unknown name and a lower-case estate head make a site named after it
  // ("at the Santa Lucia industrial park": a known town's estate, where something is put in it, is such a site too; the
  // town's name stays its alias)
  const zoneAfter = toks[last + 1] && !toks[last + 1].cap ? zoneHeadStartingAt(ctx, last + 1) : 0;
  if (zoneAfter && inner(ctx, first, last).every((t) => nameLike(ctx, t))
    && !lookupPlace(text(ctx, first, last)).some((e) => !e.ambiguous && !(e.kind === 'city' && locativeBefore(ctx, first)))) {
    push(ctx, out, 'PLACE', first, last + zoneAfter, 'zone-head', { place: null, placeKind: 'site', baseText: text(ctx, first, last) });
    return;
  }
  if (headKind && !isOrgByHead(ctx, first, last) && !placeBeforeAnd(ctx, first, last)) {
    // "the Kampong Bay river": a lower-case feature word after the name belongs to it
    const feature = toks[last + 1];
    if (feature && !feature.cap && getPlaceWords().siteLower.has(feature.lower) && feature.sent === toks[last].sent) {
      push(ctx, out, 'PLACE', first, last + 1, 'place-head', { place: null, placeKind: 'site', baseText: text(ctx, first, last) });
      return;
    }
    const base = lookupPlace(text(ctx, first, last - 1))[0] ?? null;
    push(ctx, out, 'PLACE', first, last, 'place-head', { place: lookupPlace(text(ctx, first, last))[0] ?? base, placeKind: headKind });
    return;
  }
  // "the Republic of Türkiye" is Türkiye
  const pw = getPlaceWords();
  for (let k = first; k < last - 1 && k <= first + 2; k++) {
    if (toks[k + 1].lower !== 'of' || !pw.stateForms.has(text(ctx, first, k).toLowerCase())) continue;
    const rest = lookupPlace(text(ctx, k + 2, last)).find((e) => e.kind === 'country');
    if (rest) { push(ctx, out, 'PLACE', first, last, 'state-form', { place: rest, placeKind: 'country', baseText: text(ctx, k + 2, last) }); return; }
  }
  // "Central Anatolia", "East Texas": a direction and a known place make a region
  // ("Middle Eastern", "North Western": a direction before another direction word is an adjective, not a region)
  if (last > first && pw.directions.has(toks[first].lower) && !(last === first + 1 && pw.directions.has(toks[last].lower)) && !lookupPlace(text(ctx, first, last)).length) {
    const base = lookupPlace(text(ctx, first + 1, last))[0];
    if (base && base.kind !== 'country') { push(ctx, out, 'PLACE', first, last, 'direction', { place: null, placeKind: 'region', baseText: undefined }); return; }
  }
  // "Georgian Railway has ordered 14 trains": a demonym and a network word alone (organizations national_operator_heads)
  // name the country's operator of that network
  if (last === first + 1 && gaz.demonym(toks[first].text) && nationalOperatorHeads().has(toks[last].lower)) {
    push(ctx, out, 'ORG', first, last, 'national-operator', { acronym: acr?.acr });
    return;
  }
  // "Coastal Light Railway", "Velmora–Tarvin High-Speed Railway": a facility's name, not an organisation
  // (but "General Authority for the Suez Canal Economic Zone" is an institution's name: its head opens it)
  if (last > first && ctx.facilityHeads.has(lw) && !lex.legalForms.has(lw) && !lex.orgHeadsEnd.has(lw) && !isOrgByHead(ctx, first, last)) {
    // ("Dunmere Rail won the contract": an industry word that is also a facility's head names a company where the
    // context shows the name acting as a body)
    if (industryCompany(ctx, first, last, out)) { push(ctx, out, 'ORG', first, last, 'industry-name', { acronym: acr?.acr }); return; }
    segmentByPlaces(ctx, first, last, out, []);
    return;
  }
  // "Zhang Ping of Xiyu Solar Company": a person, then the organisation they belong to
  for (let k = first + 1; k < last; k++) {
    if (toks[k].lower !== 'of' || toks[k].cap) continue;
    if (personCue(ctx, first, k - 1) || isChineseName(ctx, first, k - 1) || bareNameBeforeBody(ctx, first, k - 1, k + 1, last)) {
      push(ctx, out, 'PERSON', first, k - 1, 'person-of-org', { title: ctx.titleEndingAt.get(first - 1) });
      const rest = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      if (rest <= last) classifyRun(ctx, rest, last, out, unknown);
      return;
    }
    break;
  }
  // "Falcon Digital Infrastructure PJSC of Abu Dhabi": an organisation, then where it is from
  for (let k = first + 1; k < last; k++) {
    if (toks[k].lower !== 'of' || toks[k].cap) continue;
    const right = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    // only a company's legal form ends its name before "of" ("Bank of Tarvin" is one name)
    if (lex.legalForms.has(lastWord(ctx, k - 1)) && !['group', 'holding', 'holdings', 'company', 'corporation'].includes(lastWord(ctx, k - 1)) && right <= last && lookupPlace(text(ctx, right, last)).some((e) => !e.ambiguous)) {
      classifyRun(ctx, first, k - 1, out, unknown);
      classifyRun(ctx, right, last, out, unknown);
      return;
    }
  }
  // "Board of Directors of the Ardlow Development Bank": the organ of a body is not a body of its own
  const organ = governingBodyAt(ctx, first, last);
  if (organ > 0) { classifyRun(ctx, organ, last, out, unknown); return; }
  // "the Board of Directors decided": an organ named alone belongs to the body the text is about; no name of its own
  if (organ < 0) return;
  if (isOrgByHead(ctx, first, last)) {
    if (splitCoordination(ctx, first, last, out, unknown)) return;
    // "People's Committee of Hai Duong province": a region word after the place closes the name
    const tail = toks[last + 1];
    if (tail && !tail.cap && getPlaceWords().regionLower.has(tail.lower) && [0, 1, 2].some((n) => last - n > first && lookupPlace(text(ctx, last - n, last)).length)) last++;
    // "CAF – Development Bank of ...": an acronym set before the name with a dash is its short form
    let acronym = acr?.acr;
    if (!acronym && DASH.has(toks[first - 1]?.text ?? '') && toks[first - 1].start > toks[first - 2]?.end) {
      const i = out.findIndex((m) => m.label === 'ORG' && m.first === first - 2 && m.last === first - 2 && toks[m.first].upper);
      if (i >= 0) { acronym = out[i].text; out.splice(i, 1); }
    }
    push(ctx, out, 'ORG', first, last, 'org-head', { acronym });
    return;
  }
  // a lower-case region word after the name: "Velmora region", "Kessary district"
  const after = toks[last + 1];
  // (a word that also names a government body is no region word after a country's name: "the US department of energy")
  const afterKind = after && !after.cap && !(first === last && gaz.demonym(toks[first].text))
    && !(getPlaceWords().bodyToo.has(after.lower) && lookupPlace(text(ctx, first, last))[0]?.kind === 'country') ? placeWordKind(after.lower) : null;
  // "the Manzanares and Gaira rivers", "Khanbogd and Manlai soums": a plural region word names each item, not itself
  const pluralWord = !afterKind && after && !after.cap && after.lower.length > 3 && after.lower.endsWith('s') ? placeWordKind(after.lower.endsWith('ies') ? `${after.lower.slice(0, -3)}y` : after.lower.slice(0, -1)) : null;
  const pluralKind = pluralWord && !(first === last && gaz.demonym(toks[first].text)) && inner(ctx, first, last).every((t) => nameLike(ctx, t) || t.punct) ? pluralWord : null;
  if (pluralKind) {
    const entry = lookupPlace(text(ctx, first, last))[0] ?? null;
    push(ctx, out, 'PLACE', first, last, 'region-word', { place: entry && entry.kind === pluralKind ? entry : null, placeKind: pluralKind });
    return;
  }
  if (afterKind) {
    // "Koh Kong and Tarvin province": the region word names only the last item of a list
    // (not where the whole is a region's own name: "the Castile and León region")
    const ownName = lookupPlace(text(ctx, first, last)).some((e) => e.kind === 'region');
    for (let k = last - 1; k > first && !ownName; k--) {
      if (toks[k].lower !== 'and' || toks[k].cap) continue;
      classifyRun(ctx, first, trimEdge(ctx, first, k - 1), out, unknown);
      classifyRun(ctx, k + 1, last, out, unknown);
      return;
    }
    const whole = lookupPlace(`${text(ctx, first, last)} ${after.text}`)[0];
    const entry = whole ?? lookupPlace(text(ctx, first, last))[0] ?? null;
    // ("Halmahera island" where the gazetteer lists the island under that name: the same place as "Halmahera", of the
    // kind the gazetteer gives it)
    const kind = whole && afterKind === 'site' && whole.kind === 'region' ? whole.kind : afterKind;
    push(ctx, out, 'PLACE', first, last + 1, 'region-word', { place: entry, placeKind: kind, baseText: text(ctx, first, last) });
    return;
  }
  if (acr && last >= first) {
    // a defined acronym makes the run an organisation unless it is a place or a person
    const whole = lookupPlace(text(ctx, first, last));
    if (!whole.length && !personCue(ctx, first, last)) {
      push(ctx, out, 'ORG', first, last, 'acronym-defined', { acronym: acr.acr });
      return;
    }
  }
  // "Gao said": the family name of someone named earlier is that person, even if a town shares it
  // (the includes() test first: it rules out almost every mention without splitting its text)
  const word = toks[first].text;
  if (first === last && out.some((m) => m.label === 'PERSON' && m.first !== m.last && m.text.includes(word) && m.text.split(/\s+/).includes(word))) {
    push(ctx, out, 'PERSON', first, last, 'surname');
    return;
  }
  // "PT Sinar Rel Mandala (SRM)": an acronym an organisation defined is that organisation, even where a town shares it
  if (first === last && toks[first].upper && out.some((m) => m.label === 'ORG' && m.acronym === toks[first].text)) {
    push(ctx, out, 'ORG', first, last, 'acronym');
    return;
  }
  const whole = lookupPlace(text(ctx, first, last));
  // a one-word place that is also an ordinary word or name ("Fairview", "Victoria") needs "in", "at", "near"...
  if (whole.length && whole[0].ambiguous && first === last && !LOCATIVE.has(toks[first - 1]?.lower ?? '')) { unknown.push({ first, last }); return; }
  if (whole.length && !(whole[0].ambiguous && personCue(ctx, first, last))) {
    if (!notPlaceContext(ctx, last)) push(ctx, out, 'PLACE', first, last, 'gazetteer', { place: whole[0], placeKind: whole[0].kind });
    // "the government of Lesotho pays the rest": the country's government is a party of its own, named as
    // "Government of X"; the country stays a place (a capitalised "Government of X" is one name, read by its head)
    if (whole[0].kind === 'country' && toks[first - 1]?.lower === 'of' && !toks[first - 1].cap && toks[first - 2]?.lower === 'government' && !toks[first - 2].cap) {
      const gov = push(ctx, out, 'ORG', first - 2, last, 'government-of');
      gov.text = `Government of ${text(ctx, first, last)}`;
    }
    return;
  }
  // "Kelvane Solar will build", "owned by Caspian Polymers": a name and an industry word that the context shows acting
  // as a body (before the people's cues: "Halden Nitrogen signed" is no person, and before the places inside the run)
  if (industryCompany(ctx, first, last, out)) {
    push(ctx, out, 'ORG', first, last, 'industry-name', { acronym: acr?.acr });
    return;
  }
  // "Saudi Velcor", "Emirati Halvat": a demonym and one unknown name make a company's name
  // ("Kazakh Copper output": a demonym and an industry word name a sector; "near Spanish Lookout": a place)
  if (last === first + 1 && gaz.demonym(toks[first].text) && nameLike(ctx, toks[last]) && !industryWords().heads.has(toks[last].lower) && !NEAR.has(toks[first - 1]?.lower ?? '') && !lex.givenNames.has(toks[last].text) && !ctx.titleEndingAt.has(first - 1) && !lookupPlace(toks[last].text).length
    && !out.some((m) => m.label === 'PERSON' && m.text.includes(toks[last].text))) {
    push(ctx, out, 'ORG', first, last, 'demonym-name', { acronym: acr?.acr });
    return;
  }
  // "Port Ardlow", "Mina al-Kessar": a port opener and one to three names are one harbour place, not the town
  // that the last name may spell elsewhere
  if (portPlaceRun(ctx, first, last)) {
    push(ctx, out, 'PLACE', first, last, 'port-opener', { place: null, placeKind: 'site' });
    return;
  }
  // "Puerto Ardlow", "Santo Tomás de Kessary", "Ciudad del Tarvin": a Romance place opener and names
  if (last > first && romancePlaceRun(ctx, first, last)) {
    push(ctx, out, 'PLACE', first, last, 'place-opener', { place: null, placeKind: 'site' });
    return;
  }
  const cue = personCue(ctx, first, last);
  if (cue) {
    push(ctx, out, 'PERSON', first, last, cue, { title: titleBefore(ctx, first) });
    return;
  }
  // "KESSARINA, Chile — The wind ...": a word in capitals opening the body before a comma and, on the same line, a
  // dash is the dateline's town, not an acronym
  if (first === last && datelineTown(ctx, first)) {
    push(ctx, out, 'PLACE', first, last, 'dateline-town', { place: null, placeKind: 'city' });
    return;
  }
  if (first === last && isAcronymToken(ctx, toks[first])) {
    push(ctx, out, 'ORG', first, last, 'acronym');
    return;
  }
  // "Gu and Tulegenov": a coordination of names that no head holds together
  for (let k = first + 1; k < last; k++) {
    if (toks[k].lower === 'and' || toks[k].text === '&') {
      classifyRun(ctx, first, k - 1, out, unknown);
      classifyRun(ctx, k + 1, last, out, unknown);
      return;
    }
  }
  // split the run at places found inside it ("Velmora Darkhan Tulegenov", "Tarvin and Brenmoor")
  if (last > first && segmentByPlaces(ctx, first, last, out, unknown, true)) return;
  if (first === last && gaz.demonym(toks[first].text)) return;
  unknown.push({ first, last });
}

/** The complement of a title ("of the Republic of Kazakhstan"): only its places and organisations count. */
function classifyDomain(ctx: Ctx, first: number, last: number, out: NameMention[]): void {
  const sub: NameMention[] = [];
  const ignored: { first: number; last: number }[] = [];
  segmentByPlaces(ctx, first, last, sub, ignored);
  for (const m of sub) if (m.label === 'PLACE') out.push(m);
}

/** "VNMC and Ardlow Group": split at "and" when the left part is a name of its own. */
/** A capitalised word that can only be a name's own ("Korvath"): no ordinary, industry or facility word, no place. */
function ownNameWord(ctx: Ctx, t: Token): boolean {
  return nameLike(ctx, t) && !industryWords().heads.has(t.lower) && !ctx.facilityHeads.has(t.lower) && !ctx.lex.orgHeadsEnd.has(t.lower)
    && !ctx.lex.orgMidNameHeads.has(t.lower) && !lookupPlace(t.text).length;
}

let productNouns: Set<string> | null = null;
/** A product noun (organizations.json product_nouns_after) after the name ending at `last`, over at most three lower-case
 * words or model numbers ("MegaStack battery units", "EnerWave 6.2 models"). */
function productNounAfter(ctx: Ctx, last: number): boolean {
  productNouns ??= new Set(loadJson<{ product_nouns_after: string[] }>('lexicon/organizations.json').product_nouns_after);
  const { toks, lex } = ctx;
  for (let k = last + 1; k <= last + 4 && toks[k] && toks[k].sent === toks[last].sent; k++) {
    const t = toks[k];
    if (productNouns.has(t.lower) && !t.cap) return true;
    if (t.num || /^\d/.test(t.text)) continue;
    if (t.cap || t.punct || lex.functionWords.has(t.lower)) return false;
  }
  return false;
}

function splitCoordination(ctx: Ctx, first: number, last: number, out: NameMention[], unknown: { first: number; last: number }[]): boolean {
  const { toks, lex } = ctx;
  // "Ministry of Construction, Housing and Municipalities" is one body; but after "Cabinet of Ministers and" a
  // name of two or more words with its own head ("Velmora Power International Holding") is another body
  if (lex.orgHeadsStartNeedOf.has(toks[first].lower) || toks[first + 1]?.lower === 'of') {
    for (let k = first + 2; k < last; k++) {
      if (toks[k].lower !== 'and' || last - k < 2) continue;
      const end = lastWord(ctx, last);
      if (!(lex.legalForms.has(end) || lex.orgStrongHeads.has(end)) || !toks.slice(k + 1, last + 1).every((t) => t.cap || t.punct)) continue;
      classifyRun(ctx, first, k - 1, out, unknown);
      classifyRun(ctx, k + 1, last, out, unknown);
      return true;
    }
    return false;
  }
  if (pairedBodies(ctx, first, last, out, unknown)) return true;
  for (let k = first + 1; k < last; k++) {
    if (toks[k].lower !== 'and' && toks[k].text !== '&') continue;
    // "Tarvin Hydro GmbH & Co. KG", "Ardlow & Sons": the partners of a firm's own name, not a second body
    if (FIRM_PARTNERS.has(toks[k + 1].lower.replace(/\.$/, ''))) continue;
    const leftLast = k - 1;
    const rightEnd = lastWord(ctx, last);
    const leftIsName = (leftLast === first && isAcronymToken(ctx, toks[first])) || lex.orgStrongHeads.has(lastWord(ctx, leftLast))
      || (toks[leftLast - 1]?.text === '&' && FIRM_PARTNERS.has(toks[leftLast].lower))
      // "Kisaragi Rail Systems and Deccan Transit Industries Ltd.": both sides carry their own heads
      || (leftLast > first && (lex.orgHeadsEnd.has(lastWord(ctx, leftLast)) || lex.legalForms.has(lastWord(ctx, leftLast))) && !lex.orgMidNameHeads.has(lastWord(ctx, leftLast)) && (lex.legalForms.has(rightEnd) || lex.orgStrongHeads.has(rightEnd)) && last - k >= 2)
      || lex.orgHeadsStartFree.has(toks[first].lower) || lex.orgHeadsStartFree.has(toks[k + 1]?.lower ?? '')
      || (isAcronymToken(ctx, toks[first]) && leftLast - first <= 2)
      // "Kelvane Solar and Tarvin Energy LLC": an industry word ends a name of two words or more, and the right side
      // opens on a name's own word and ends in a legal form or a strong head ("X Solar and Wind Power Company" stays)
      || (leftLast > first && industryWords().heads.has(toks[leftLast].lower) && nameLike(ctx, toks[first]) && nameLike(ctx, toks[k + 1]) && !industryWords().heads.has(toks[k + 1].lower) && (lex.legalForms.has(rightEnd) || lex.orgStrongHeads.has(rightEnd)) && last - k >= 2)
      // "Korvath Capital and Tarvin Bank": two names of two words, each opened by an unknown name and closed by a head
      || (leftLast === first + 1 && last === k + 2 && ownNameWord(ctx, toks[first]) && ownNameWord(ctx, toks[k + 1])
        && (lex.orgHeadsEnd.has(toks[leftLast].lower) || lex.orgMidNameHeads.has(toks[leftLast].lower)) && lex.orgHeadsEnd.has(rightEnd));
    if (!leftIsName) return false;
    classifyRun(ctx, first, leftLast, out, unknown);
    classifyRun(ctx, k + 1, last, out, unknown);
    return true;
  }
  return false;
}

let pairContexts: string[][] | null = null;
/** "a consortium of Tarvel Construction and Orvena Power", "a joint venture between X Energy and Y Power": where the
 * text announces two parties (organizations.json pair_contexts), "and" between two names that each open on a name
 * word of their own and end on a body's head parts two bodies, though heads like "Power" also sit inside names.
 * ("Tarvin Oil and Gas Company" stays whole: "Gas" opens no name of its own.) */
function pairedBodies(ctx: Ctx, first: number, last: number, out: NameMention[], unknown: { first: number; last: number }[]): boolean {
  const { toks, lex } = ctx;
  pairContexts ??= loadJson<{ pair_contexts: string[] }>('lexicon/organizations.json').pair_contexts.map((p) => p.split(/\s+/));
  if (!pairContexts.some((words) => words.every((w, n) => toks[first - words.length + n]?.lower === w))) return false;
  const headed = (a: number, b: number) => b > a && !lex.commonWords.has(toks[a].lower) && !lex.orgHeadsEnd.has(toks[a].lower)
    && (lex.orgHeadsEnd.has(lastWord(ctx, b)) || lex.legalForms.has(lastWord(ctx, b)));
  for (let k = first + 2; k < last - 1; k++) {
    if (toks[k].lower !== 'and' || toks[k].cap) continue;
    if (!headed(first, k - 1) || !headed(k + 1, last)) continue;
    classifyRun(ctx, first, k - 1, out, unknown);
    classifyRun(ctx, k + 1, last, out, unknown);
    return true;
  }
  return false;
}

function notPlaceContext(ctx: Ctx, last: number): boolean {
  const next = ctx.toks[last + 1];
  if (!next || next.cap) return false;
  return getPlaceWords().notAfter.has(next.lower);
}

/** Splits a run at the known places inside it. With `compound`, a run that is one Arabic compound name
 * ("Jalan Bani Bu Ali") stays whole (not inside a facility's name or a title's complement). */
function segmentByPlaces(ctx: Ctx, first: number, last: number, out: NameMention[], unknown: { first: number; last: number }[], compound = false): boolean {
  const { toks, gaz } = ctx;
  const spans: { first: number; last: number; entry: PlaceEntry }[] = [];
  for (let i = first; i <= last; i++) {
    if (toks[i].punct || !gaz.hasPrefix(toks[i].text)) continue;
    for (let j = Math.min(last, i + gaz.maxTokens + 2); j >= i; j--) {
      if (toks[j].punct) continue;
      const e = lookupPlace(text(ctx, i, j));
      if (e.length && !(e[0].ambiguous && j === i) && !(j === i && getPlaceWords().directions.has(toks[i].lower))) { spans.push({ first: i, last: j, entry: e[0] }); i = j; break; }
    }
  }
  if (!spans.length) return false;
  // "Bursa Velmora": a town glued to another country's name is a name of its own (an exchange, a brand), not two places
  for (let i = 1; i < spans.length; i++) {
    const [a, b] = [spans[i - 1], spans[i]];
    if (b.first === a.last + 1 && a.entry.kind === 'city' && b.entry.kind === 'country' && a.entry.country !== b.entry.country) return false;
  }
  // "near Carmelo Peralta": two towns' names glued together with nothing between them are one town's name (a list
  // puts a comma or "and" between its items)
  if (spans.length === 2 && spans[0].first === first && spans[1].last === last && spans[1].first === spans[0].last + 1
    && spans[0].entry.kind === 'city' && spans[1].entry.kind === 'city' && !toks[first].upper && !toks[last].upper) {
    push(ctx, out, 'PLACE', first, last, 'place-compound', { place: null, placeKind: 'site' });
    return true;
  }
  // "Jalan Bani Bu Ali": a known place inside an Arabic compound name is part of that one place
  if (compound && toponymRun(ctx, first, last)) {
    push(ctx, out, 'PLACE', first, last, 'toponym-compound', { place: null, placeKind: 'site' });
    return true;
  }
  let cursor = first;
  const rest = (a: number, b: number) => {
    while (a <= b && (CONNECT_EDGE.has(toks[a].lower) || toks[a].punct)) a++;
    while (b >= a && (CONNECT_EDGE.has(toks[b].lower) || toks[b].punct)) b--;
    if (a > b) return;
    let common = true;
    for (let k = a; k <= b; k++) if (!ctx.lex.commonWords.has(toks[k].lower) || toks[k].upper) common = false;
    if (!common) classifyRun(ctx, a, b, out, unknown);
  };
  for (const s of spans) {
    // "Ombeli Tarvin": one unknown name glued to a town's name is part of a longer place name
    const lone = s.first - 1;
    if (lone === cursor && lone >= first && s.entry.kind === 'city' && nameLike(ctx, toks[lone]) && !gaz.demonym(toks[lone].text) && !ctx.lex.givenNames.has(toks[lone].text)) {
      push(ctx, out, 'PLACE', lone, s.last, 'place-compound', { place: null, placeKind: 'site' });
      cursor = s.last + 1;
      continue;
    }
    rest(cursor, s.first - 1);
    push(ctx, out, 'PLACE', s.first, s.last, 'gazetteer-part', { place: s.entry, placeKind: s.entry.kind });
    cursor = s.last + 1;
  }
  rest(cursor, last);
  return true;
}

/** "Jalan Bani Bu Ali", "Bidbid wal Fanja": names joined by Arabic place-name particles (one at least), with the
 * article "al" allowed between them; every other word a name. */
function toponymRun(ctx: Ctx, first: number, last: number): boolean {
  if (last <= first) return false;
  const particles = getPlaceWords().particles;
  let particle = false;
  for (let k = first; k <= last; k++) {
    const t = ctx.toks[k];
    if (particles.has(t.lower)) { particle = true; continue; }
    if ((t.lower === 'al' || t.lower === 'el') && k > first && k < last) continue;
    if (!nameLike(ctx, t)) return false;
  }
  return particle && !particles.has(ctx.toks[last].lower);
}

const ROMANCE_JOINS = new Set(['de', 'del', 'la', 'las', 'los', 'do', 'da', 'dos', 'das', 'el']);

/** A run opened by a Romance place word ("San", "Puerto", "Ciudad"), then names joined by "de", "del", "de la". */
function romancePlaceRun(ctx: Ctx, first: number, last: number): boolean {
  const { toks } = ctx;
  if (!getPlaceWords().openers.has(toks[first].lower) || !toks[first].cap) return false;
  if (last - first > 6 || ROMANCE_JOINS.has(toks[last].lower)) return false;
  for (let k = first + 1; k <= last; k++) {
    const t = toks[k];
    if (ROMANCE_JOINS.has(t.lower) && !t.cap) continue;
    if (!t.cap || t.punct || t.upper) return false;
  }
  return true;
}

/** "Port Ardlow", "Mina Tarvin", "Mina al-Kessar", "Mina Al Kessar": a capitalised port opener, then one to three
 * names (the Arabic article may stand between them). */
function portPlaceRun(ctx: Ctx, first: number, last: number): boolean {
  const { toks } = ctx;
  if (last <= first || last - first > 3 || !toks[first].cap || toks[first].upper || !(getPlaceWords().portOpeners.has(toks[first].lower) || getPlaceWords().featureOpeners.has(toks[first].lower))) return false;
  for (let k = first + 1; k <= last; k++) {
    const t = toks[k];
    if ((t.lower === 'al' || t.lower === 'el') && k < last) continue;
    if (t.punct || t.num || t.upper || !nameLike(ctx, t)) return false;
  }
  return true;
}

/** The end of a run before a connector ("X and" -> "X"). */
/** "'s" or "’s" glued to the word before: a possessive. */
function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && (t.text === "'s" || t.text === '’s');
}

function trimEdge(ctx: Ctx, first: number, last: number): number {
  while (last > first && (CONNECT_EDGE.has(ctx.toks[last].lower) || ctx.toks[last].punct)) last--;
  return last;
}
function skipEdge(ctx: Ctx, first: number, last: number): number {
  while (first < last && (CONNECT_EDGE.has(ctx.toks[first].lower) || ctx.toks[first].punct)) first++;
  return first;
}

let documentHeads: Set<string> | null = null;
function documentHeadsBeforeOn(): Set<string> {
  documentHeads ??= new Set(loadJson<{ document_heads_before_on: string[] }>('lexicon/organizations.json').document_heads_before_on);
  return documentHeads;
}

const FIRM_PARTNERS = new Set(['co', 'cie', 'sons', 'partners', 'associates']);

/** The index of a lower-case "for" that ends a place at the run's start ("Zhanatas for Korvath Energy" after "in",
 * "Almaty for Brisant Holdings"), or -1. The place is one or two names after a locative word, or a place the
 * gazetteer knows; the word before "for" heads no body ("Velmora Agency for ...", "Tarvin Fund for ..."), and a
 * capitalised name follows it. */
/** The first token of the body after "of" when the run opens with one to three ordinary words and "of" ("Main Market of
 * Bursa Velmora"), none of them a body's head, a place word or a state form, and the rest is a body by its head; else -1. */
function ordinaryPartOf(ctx: Ctx, first: number, last: number): number {
  const { toks, lex } = ctx;
  const pw = getPlaceWords();
  for (let k = first + 1; k < last && k <= first + 3; k++) {
    if (toks[k].lower !== 'of' || toks[k].cap) continue;
    for (let j = first; j < k; j++) {
      const w = toks[j].lower;
      if (!lex.commonWords.has(w) || toks[j].upper || lex.orgHeadsEnd.has(w) || lex.orgHeadsStartNeedOf.has(w) || lex.orgStrongHeads.has(w) || lex.orgHeadsStartFree.has(w)
        || lex.orgMidNameHeads.has(w) || pw.region.has(w) || pw.city.has(w) || pw.site.has(w) || pw.stateForms.has(w) || pw.portOpeners.has(w)) return -1;
    }
    const right = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    return right <= last && isOrgByHead(ctx, right, last) ? right : -1;
  }
  return -1;
}

function placeBeforeFor(ctx: Ctx, first: number, last: number): number {
  const { toks, lex } = ctx;
  for (let k = first + 1; k < last && k <= first + 3; k++) {
    if (toks[k].lower !== 'for' || toks[k].cap) continue;
    const h = toks[k - 1].lower;
    const right = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    if (right > last || !toks[right].cap) return -1;
    if (lex.orgHeadsEnd.has(h) || lex.orgHeadsStartNeedOf.has(h) || lex.orgStrongHeads.has(h) || lex.orgHeadsStartFree.has(h) || lex.orgMidNameHeads.has(h) || lex.legalForms.has(h)) {
      // "a loan from the Tarvin Development Bank for Korvath Energy": a body's head, then a second complete body named by
      // an unknown word of its own (a field, "for Renewable Energy", or a place, "for Velmora Studies", stays the first's)
      const second = toks[right];
      return k - 1 > first && right < last && nameLike(ctx, second) && !lookupPlace(second.text).length && !lex.givenNames.has(second.text)
        && isOrgByHead(ctx, first, k - 1) && isOrgByHead(ctx, right, last) ? k : -1;
    }
    const names = inner(ctx, first, k - 1).every((t) => nameLike(ctx, t));
    const locative = LOCATIVE.has(toks[first - 1]?.lower ?? '') || NEAR.has(toks[first - 1]?.lower ?? '');
    if (names && (locative && k - first <= 2 || lookupPlace(text(ctx, first, k - 1)).some((e) => !e.ambiguous))) return k;
    return -1;
  }
  return -1;
}

const CONNECT_EDGE = new Set(['of', 'and', 'for', '&', 'the', '-', '–', '—']);

/** Second pass over runs no rule claimed: later mentions of known people, organisation cues in context. */
function resolveUnknowns(ctx: Ctx, out: NameMention[], unknown: { first: number; last: number }[]): void {
  const { toks, lex } = ctx;
  const known = new Map<string, EntityLabel>();
  for (const m of out) if (m.label !== 'PLACE' || m.via !== 'gazetteer-part') known.set(m.text.toLowerCase(), m.label);
  // tokens of people's names, for surname-only mentions
  const personTokens = new Set<string>();
  // (in lower case: "al-Harthy" in the text is "Al-Harthy" at the start of a line)
  for (const m of out) if (m.label === 'PERSON') for (let k = m.first; k <= m.last; k++) personTokens.add(toks[k].lower);
  // a name decided by its list neighbour can decide the next one ("from VNMC and Ardlow to Kestrel and Brightfield"):
  // repeat while a pass labels something; each pass only looks at what is still open
  let open = unknown;
  for (let pass = 0; pass < 4 && open.length; pass++) {
    const before = out.length;
    open = resolvePass(ctx, out, open, known, personTokens);
    if (out.length === before) break;
  }
  townsOfNamedCountries(ctx, out, open);
}

/** "will supply Sur and the villages" in an article about Oman: a town whose name is also an ordinary word (or a
 * word of another language) is that town when the article names its country and nothing else claimed the word.
 * Not at the start of a sentence or line, nor in the headline, where ordinary words are capitalised too. */
function townsOfNamedCountries(ctx: Ctx, out: NameMention[], open: { first: number; last: number }[]): void {
  const { toks, gaz, lex } = ctx;
  for (const u of open) {
    if (u.first !== u.last) continue;
    const t = toks[u.first];
    if (t.lineStart || ctx.doc.sentences[t.sent]?.first === u.first || t.start < ctx.doc.bodyStart || t.upper) continue;
    if (lex.commonWords.has(t.lower) || getPlaceWords().directions.has(t.lower) || !gaz.isWordName(t.text)) continue;
    const town = townInNamedCountry(ctx, out, t.text);
    if (town) push(ctx, out, 'PLACE', u.first, u.last, 'town-of-named-country', { place: town, placeKind: 'city' });
  }
}

/** The town of this name in a country the article names (as a country), if the gazetteer has one. */
function townInNamedCountry(ctx: Ctx, out: NameMention[], name: string): PlaceEntry | undefined {
  const candidates = lookupPlace(name);
  if (!candidates.length) return undefined;
  const countries = new Set<string>();
  for (const m of out) if (m.label === 'PLACE' && m.place?.kind === 'country' && m.place.country) countries.add(m.place.country);
  return candidates.find((e) => e.kind === 'city' && e.country && countries.has(e.country));
}

function resolvePass(ctx: Ctx, out: NameMention[], unknown: { first: number; last: number }[], known: Map<string, EntityLabel>, personTokens: Set<string>): { first: number; last: number }[] {
  const { toks, lex } = ctx;
  const left: { first: number; last: number }[] = [];
  for (const u of unknown) {
    const n = out.length;
    resolveOne(ctx, out, u, known, personTokens, lex, toks);
    if (out.length === n) left.push(u);
    else known.set(out[out.length - 1].text.toLowerCase(), out[out.length - 1].label);
  }
  return left;
}

function resolveOne(ctx: Ctx, out: NameMention[], u: { first: number; last: number }, known: Map<string, EntityLabel>, personTokens: Set<string>, lex: Lexicon, toks: Token[]): void {
  {
    const s = text(ctx, u.first, u.last);
    const label = known.get(s.toLowerCase());
    if (label) {
      // a place keeps what the earlier mention found it to be ("Sur" the town, not a new site)
      const earlier = label === 'PLACE' ? out.find((m) => m.label === 'PLACE' && m.text.toLowerCase() === s.toLowerCase()) : undefined;
      push(ctx, out, label, u.first, u.last, 'same-as-earlier', earlier ? { place: earlier.place, placeKind: earlier.placeKind } : {});
      return;
    }
    if (u.first === u.last && personTokens.has(toks[u.first].lower) && nameLike(ctx, toks[u.first])) { push(ctx, out, 'PERSON', u.first, u.last, 'surname'); return; }
    const prev = toks[u.first - 1];
    const next = toks[u.last + 1];
    const inner = toks.slice(u.first, u.last + 1);
    if (inner.length > 1 && lex.orgHeadsEnd.has(inner[inner.length - 1].lower)) { push(ctx, out, 'ORG', u.first, u.last, 'org-word'); return; }
    if (prev && lex.orgContextBefore.has(prev.lower)) { push(ctx, out, 'ORG', u.first, u.last, 'org-context'); return; }
    // "a joint venture of Ardlow and ...", "a subsidiary of Kestrel"
    if (prev?.lower === 'of' && orgContextWords().beforeOf.has(toks[u.first - 2]?.lower ?? '')) { push(ctx, out, 'ORG', u.first, u.last, 'org-context'); return; }
    // "Halvat chief executive Omar Saeed", "Kestrel chairman Gu Ming": a name before a lower-case title and a person
    const title = ctx.titleStartingAt.get(u.last + 1);
    // ("Council chairman Jonas Peli": a body's head word alone names no body, as "the council" would not)
    if (title && !next.cap && toks[title.last + 1]?.cap && out.some((m) => m.label === 'PERSON' && m.first === title.last + 1)
      && !(u.first === u.last && (lex.orgHeadsEnd.has(toks[u.first].lower) || lex.orgHeadsStartNeedOf.has(toks[u.first].lower)))) { push(ctx, out, 'ORG', u.first, u.last, 'title-after'); return; }
    // "according to Kabar news agency", "the Akorda press service"
    if (next && !next.cap && orgContextWords().after.some((words) => words.every((w, n) => toks[u.last + 1 + n]?.lower === w))) { push(ctx, out, 'ORG', u.first, u.last, 'org-noun-after'); return; }
    if (next?.text === ',' && appositiveOrgNoun(ctx, u.last + 2)) { push(ctx, out, 'ORG', u.first, u.last, 'appositive-org'); return; }
    // ("MoU", "PhD": the listed non-names are mixed case too)
    // ("40 Brisant MegaStack battery units", "the Velmora RailNet signalling system": a brand before a product noun names the
    // product)
    if (inner.some((t) => /\p{Ll}\p{Lu}/u.test(t.text)) && !(inner.length === 1 && lex.notOrganizations.has(inner[0].text))) { if (!productNounAfter(ctx, u.last)) push(ctx, out, 'ORG', u.first, u.last, 'camel-case'); return; }
    // ("Let's", "Here's": a contraction of "us" or "is", organizations.json not_possessors)
    if (next && (next.text === "'s" || next.text === '’s') && u.first === u.last && !notPossessors().has(toks[u.first].lower)) {
      // ("Top Reach's complaint": a capitalised name opener cut off before the word opens the possessor's name)
      const opener = prev && prev.cap && !prev.upper && lex.nameOpeners.has(prev.lower) && prev.end + 1 === toks[u.first].start;
      push(ctx, out, 'ORG', opener ? u.first - 1 : u.first, u.last, 'possessive');
      return;
    }
    if (listedWithOrg(ctx, out, u.first, u.last)) { push(ctx, out, 'ORG', u.first, u.last, 'listed-with-org'); return; }
    // "signed by Kofi Asante and Yaw Boateng": a name of two to four words joined by "and" to a person is a person
    if (u.last > u.first && u.last - u.first <= 3 && inner.every((t) => nameLike(ctx, t) || lex.nameParticles.has(t.lower))
      && ((prev?.lower === 'and' && out.some((m) => m.label === 'PERSON' && m.last === u.first - 2))
        || (next?.lower === 'and' && out.some((m) => m.label === 'PERSON' && m.first === u.last + 2)))) {
      push(ctx, out, 'PERSON', u.first, u.last, 'listed-with-person');
      return;
    }
    // "will be built by Rift Orka", "supplied by Nordvik Turbin": the agent of the works is a body
    if (prev?.lower === 'by' && orgContextWords().agent.has(toks[u.first - 2]?.lower ?? '') && inner.every((t) => nameLike(ctx, t))) { push(ctx, out, 'ORG', u.first, u.last, 'works-agent'); return; }
    // "Tarvinkargo took delivery of ...", "Velcor has ordered 14 trains": one unknown name that buys, orders, borrows,
    // lends or supplies is a body (a person's surname, named earlier in full, was read above)
    if (u.first === u.last && nameLike(ctx, toks[u.first]) && !lex.givenNames.has(toks[u.first].text) && !energyWord(ctx, toks[u.first]) && !NEAR.has(prev?.lower ?? '') && businessVerbAfter(ctx, u.last)) { push(ctx, out, 'ORG', u.first, u.last, 'business-verb'); return; }
    // "met Marie Claire Ndiaye on Tuesday": bodies are met through their people
    if (u.last > u.first && u.last - u.first <= 3 && metBefore(ctx, u.first) && inner.every((t) => nameLike(ctx, t) || lex.nameParticles.has(t.lower))
      && (!next || next.punct || lex.functionWords.has(next.lower))) {
      push(ctx, out, 'PERSON', u.first, u.last, 'met');
      return;
    }
    // "a station at Molvani", "the village of Ketsaray": an unknown name where a place is expected is a site
    // (not before a lower-case noun: "to European markets" is an adjective)
    // ("a reservoir at Al Kamil wal Wafi": an Arabic compound of names and particles is one name)
    const toponym = toponymRun(ctx, u.first, u.last) && u.last - u.first <= 5;
    const allNames = toponym || inner.every((t) => nameLike(ctx, t));
    // ("at Pozos Verdes south of the city": a compass word and "of" place it further)
    // ("work in Tbong Khmum started": a verb in the past after the name; "in European markets" is no place)
    // ("the governor of Kessary said": the complement of a title held over a place is that place)
    const placeTitle = prev?.lower === 'of' && placeTitleEndingAt(ctx, u.first - 2);
    const nextOk = toponym || placeTitle || !next || next.punct || (next.lower.endsWith('ed') && /^\p{Ll}+$/u.test(next.text)) || next.cap || lex.functionWords.has(next.lower) || SETTLEMENT.has(next.lower)
      || (getPlaceWords().directions.has(next.lower) && toks[u.last + 2]?.lower === 'of');
    // "at the Tessenkol site", "the Orvash deposit", "loaded at the Darsun terminal": a name no rule claimed, before a
    // lower-case noun of a works' site, is that site (places.json site_nouns_after)
    if (allNames && u.last - u.first <= 2 && next && !next.cap && getPlaceWords().siteNouns.has(next.lower) && next.sent === toks[u.last].sent
      && (prev?.lower === 'the' || LOCATIVE.has(prev?.lower ?? '') || prev?.lower === 'from') && !lex.givenNames.has(toks[u.first].text)
      // ("the Korvath site" after "Korvath Energy": the word that opens a body's name is that body's short name)
      && !ctx.orgKeyFirst.has(toks[u.first].lower)) {
      push(ctx, out, 'PLACE', u.first, u.last, 'site-noun', { place: null, placeKind: 'site' });
      return;
    }
    if (allNames && nextOk && (u.last - u.first <= 2 || toponym) && (LOCATIVE.has(prev?.lower ?? '') || placeTitle || routeEnd(ctx, out, u.first) || (prev?.lower === 'of' && settlementWord(toks[u.first - 2]?.lower ?? '')) || listedWithPlace(out, u.first, u.last, toks)
      // "a bridge across the Neretva", "from the Vltava to the Tisza", "from Halden to Tarvin"
      || (prev?.lower === 'the' && ACROSS.has(toks[u.first - 2]?.lower ?? '')) || placeRange(ctx, out, u.first, u.last))) {
      // ("feeds Sur, Oman": a town whose name is also a word, in a country the article names, is that town)
      const town = u.first === u.last ? townInNamedCountry(ctx, out, toks[u.first].text) : undefined;
      push(ctx, out, 'PLACE', u.first, u.last, 'locative', town ? { place: town, placeKind: town.kind } : { place: null, placeKind: 'site' });
      return;
    }
  }
}

/** "Regional Industry", "Global Energy": ordinary words only, ending in a sector word that sits inside bodies' names
 * (organizations.json mid_name_heads), and no capitals-only word. */
function sectorField(ctx: Ctx, first: number, last: number): boolean {
  const { toks, lex } = ctx;
  if (!lex.orgMidNameHeads.has(toks[last].lower)) return false;
  for (let k = first; k <= last; k++) if (toks[k].upper || !(lex.commonWords.has(toks[k].lower) || lex.orgMidNameHeads.has(toks[k].lower))) return false;
  return true;
}

let eventWords: { heads: Set<string>; before: string[][] } | null = null;
/** A run ending in an event's head (forum, summit, expo: organizations.json event_heads) after a word that makes it one
 * occasion ("three-day", "annual", "second", "12th", "this week's": event_modifiers). "The World Economic Forum" or
 * "the Velmora Business Forum, a lobby," take none and stay bodies. */
function namedEvent(ctx: Ctx, first: number, last: number): boolean {
  const { toks } = ctx;
  eventWords ??= (() => {
    const o = loadJson<{ event_heads: string[]; event_modifiers: string[] }>('lexicon/organizations.json');
    return { heads: new Set(o.event_heads), before: o.event_modifiers.map((p) => p.split(/\s+/)) };
  })();
  if (!eventWords.heads.has(toks[last].lower)) return false;
  const prev = toks[first - 1];
  if (!prev || prev.cap) return false;
  // "three-day", "2-day", "two-week"
  if (/^[\p{L}\d]+-(?:day|week)$/u.test(prev.lower)) return true;
  // "12th", "3rd" (one token or a number and its suffix)
  if (/^\d+(?:st|nd|rd|th)$/.test(prev.lower) || (/^(?:st|nd|rd|th)$/.test(prev.lower) && toks[first - 2]?.num)) return true;
  // "annual", "second", "this week's" ("'s" is a token of its own)
  return eventWords.before.some((words) => {
    const n = words.length;
    return words.every((w, i) => (toks[first - n + i]?.lower ?? '').replace(/’/g, "'") === w);
  });
}

let possessorsNot: Set<string> | null = null;
function notPossessors(): Set<string> {
  possessorsNot ??= new Set(loadJson<{ not_possessors: string[] }>('lexicon/organizations.json').not_possessors);
  return possessorsNot;
}

let industry: { heads: Set<string>; verbs: Set<string>; aux: Set<string>; from: Set<string>; months: Set<string>; before: string[][]; possessed: Set<string> } | null = null;
function industryWords() {
  if (!industry) {
    const o = loadJson<{ industry_heads: string[]; actor_verbs: string[]; actor_auxiliaries: string[]; source_before_from: string[]; industry_party_before: string[]; industry_possessed: string[] }>('lexicon/organizations.json');
    const cal = loadJson<{ months: Record<string, number>; weekdays: Record<string, number> }>('lexicon/calendar.json');
    industry = { heads: new Set(o.industry_heads), verbs: new Set(o.actor_verbs), aux: new Set(o.actor_auxiliaries), from: new Set(o.source_before_from), months: new Set([...Object.keys(cal.months), ...Object.keys(cal.weekdays)]),
      before: o.industry_party_before.map((p) => p.split(/\s+/)), possessed: new Set(o.industry_possessed) };
  }
  return industry;
}

/** "Kelvane Solar", "Caspian Polymers", "Nordvik Finans": one to three names and an industry word (organizations.json
 * industry_heads) name a company only where the context shows a body: the name acts ("will build", "signed"), is the
 * agent after "built by" or the source after "a loan from", is glossed (", a Norwegian miner"), owns ("X's
 * subsidiary"), follows "developer" or "a subsidiary of", or the next sentence takes it up as "The company". A
 * place's project or plant ("the Tomdi Solar plant", "the Zhanatas Wind project") takes "the" or a facility noun and
 * stays what the other rules make of it. */
function industryCompany(ctx: Ctx, first: number, last: number, out: NameMention[]): boolean {
  const { toks, lex, gaz } = ctx;
  if (last === first || last - first > 3) return false;
  const w = industryWords();
  if (!w.heads.has(toks[last].lower) || !toks[last].cap) return false;
  // ("Chinese Solar makers", "Green Wind": a demonym or an ordinary word before the head names a sector, not a firm)
  // ("KDB Invest": an acronym may open the name)
  for (let k = first; k < last; k++) if (!(nameLike(ctx, toks[k]) || (k === first && isAcronymToken(ctx, toks[k]))) || gaz.demonym(toks[k].text) || w.heads.has(toks[k].lower)) return false;
  // ("Nora Silver said", "Peter Kraft": a given name before a surname that is also an industry word)
  if (lex.givenNames.has(toks[first].text) || titleBefore(ctx, first) || honorificBefore(ctx, first) < first) return false;
  const prev = toks[first - 1];
  const next = toks[last + 1];
  if (prev?.lower === 'the') return false;
  if (next && !next.cap && !next.punct && (ctx.facilityHeads.has(next.lower) || PROJECT_NOUNS.has(next.lower))) return false;
  // the name acts: "Kelvane Solar will build", "Ostrava Wind has also signed", "Darvel Polymers plans to"
  // ("Tomdi Solar built by X": a participle before "by" names what was done to it)
  let k = last + 1;
  while (k <= last + 4 && toks[k] && !toks[k].cap && w.aux.has(toks[k].lower)) k++;
  if (toks[k] && !toks[k].cap && w.verbs.has(toks[k].lower) && toks[k + 1]?.lower !== 'by') return true;
  // "owned by Caspian Polymers", "a loan from Nordvik Finans", "modules ordered from Pellam Solar"
  if (prev?.lower === 'by' && orgContextWords().agent.has(toks[first - 2]?.lower ?? '')) return true;
  // ("will be built in Osk, Namibia, by Norden Solar", "built in Osk by Balti Wind": the agent after the works' place)
  if (prev?.lower === 'by' && agentBeforePlace(ctx, first - 1)) return true;
  if (prev?.lower === 'from' && w.from.has(toks[first - 2]?.lower ?? '')) return true;
  // "developer Kelvane Solar", "a subsidiary of Kestova Copper"
  if (prev && !prev.cap && lex.orgContextBefore.has(prev.lower)) return true;
  if (prev?.lower === 'of' && orgContextWords().beforeOf.has(toks[first - 2]?.lower ?? '')) return true;
  // "Hovland Nickel, a Norwegian miner,"; "the plant's operator, Brisco Hydro,"
  if (next?.text === ',' && appositiveOrgNoun(ctx, last + 2)) return true;
  if (prev?.text === ',' && !toks[first - 2]?.cap && lex.orgContextBefore.has(toks[first - 2]?.lower ?? '')) return true;
  // "a deal with Kelvane Solar", "went to Caspian Polymers", "acquired Hadley Nitrogen", "according to Morrow Lithium"
  if (prev && !prev.cap && w.before.some((words) => words.every((x, n) => toks[first - words.length + n]?.lower === x))) return true;
  // "Turkey's Kuzen Yapi": a country's company, as news writes it
  if (prev && /^['’]s$/.test(prev.text) && lookupPlace(toks[first - 2]?.text ?? '').some((e) => e.kind === 'country')) return true;
  // "chief executive of Kelvane Solar", "an engineer at Brisco Hydro"
  if ((prev?.lower === 'of' || prev?.lower === 'at') && ctx.titleEndingAt.has(first - 2)) return true;
  // "Kestova Copper's subsidiary", "Kestova Copper's chief executive", "Darvel Polymers' plant"
  if (next && (/^['’]s$/.test(next.text) || ((next.text === "'" || next.text === '’') && next.start === toks[last].end && toks[last].lower.endsWith('s')))) {
    const noun = toks[last + 2];
    if (noun && !noun.cap && (orgContextWords().beforeOf.has(noun.lower) || w.possessed.has(noun.lower))) return true;
    if (ctx.titleStartingAt.has(last + 2)) return true;
  }
  // "Kelvane Solar and Tarvin Energy LLC will build": listed with a body whose name ends in a legal form or a head
  if (next && (next.lower === 'and' || next.text === ',') && !next.cap && bodyRunAt(ctx, last + 2)) return true;
  // "Talvik Hydro is behind the scheme. The company expects ...": the next sentence takes the name up as a body
  const s = ctx.doc.sentences[toks[last].sent + 1];
  if (s && toks[s.first]?.lower === 'the' && orgContextWords().appositive.some((words) => words.length === 1 && toks[s.first + 1]?.lower === words[0])) {
    // (only when no other name stands between them for "the company" to take up)
    let between = false;
    for (let j = last + 1; j < s.first && !between; j++) if (toks[j].cap && !toks[j].punct && !w.months.has(toks[j].lower) && j !== ctx.doc.sentences[toks[last].sent].first) between = true;
    if (!between) return true;
  }
  return false;
}

let energyWords: Set<string> | null = null;
/** "Hydropower already supplies ...": a word for a source of energy, a kind of plant or an industry, capitalised at the
 * start of a sentence, is that word, not a body (project-words.json not_product_words, industry_heads, facility heads). */
function energyWord(ctx: Ctx, t: Token): boolean {
  energyWords ??= new Set([...loadJson<{ not_product_words: string[] }>('lexicon/project-words.json').not_product_words, ...industryWords().heads]);
  return energyWords.has(t.lower) || ctx.facilityHeads.has(t.lower);
}

function datelineTown(ctx: Ctx, k: number): boolean {
  const { toks, doc } = ctx;
  const t = toks[k];
  // (a line's first word, a capitalised name after the comma: "KESSCO, the state utility — ..." is a body)
  if (!t.upper || t.text.length < 3 || !t.lineStart || t.start < doc.bodyStart || toks[k + 1]?.text !== ',' || !toks[k + 2]?.cap || ctx.lex.functionWords.has(toks[k + 2].lower)) return false;
  // the first line of the body that has words
  for (let j = k - 1; j >= 0 && toks[j].start >= doc.bodyStart; j--) if (!toks[j].punct && !/^(?:title|source|published|date|by)$/i.test(toks[j].text) && toks[j].lineStart) return false;
  for (let j = k + 2; j < Math.min(toks.length, k + 12); j++) {
    if (doc.text.slice(toks[j - 1].end, toks[j].start).includes('\n')) return false;
    if (toks[j].text === '—' || toks[j].text === '–' || (toks[j].text === '-' && toks[j].start > toks[j - 1].end)) return true;
  }
  return false;
}

let businessVerbs: string[][] | null = null;
/** A business verb (organizations.json business_verbs) follows token `last`, after actor_auxiliaries if any. */
function businessVerbAfter(ctx: Ctx, last: number): boolean {
  const { toks } = ctx;
  businessVerbs ??= loadJson<{ business_verbs: string[] }>('lexicon/organizations.json').business_verbs.map((p) => p.split(/\s+/));
  const aux = industryWords().aux;
  let k = last + 1;
  while (k <= last + 3 && toks[k] && !toks[k].cap && aux.has(toks[k].lower) && toks[k].lower !== 'to') k++;
  // ("Velcor sold to X": fine; "Velcor bought by X" is a passive, the name its object)
  return businessVerbs.some((words) => words.every((w, n) => toks[k + n]?.lower === w && !toks[k + n].cap)) && toks[k + 1]?.lower !== 'by';
}

/** A capitalised run opens at k and ends in a legal form or a body's head word ("Tarvin Energy LLC", "Velcor Holdings"). */
function bodyRunAt(ctx: Ctx, k: number): boolean {
  const { toks, lex } = ctx;
  if (!toks[k]?.cap) return false;
  let end = k;
  while (end + 1 < toks.length && end - k < 8 && toks[end + 1].sent === toks[k].sent && (toks[end + 1].cap || (toks[end + 1].text === '.' && toks[end + 1].start === toks[end].end))) end++;
  if (end === k) return false;
  const lw = lastWord(ctx, end);
  return lex.legalForms.has(lw) || lex.orgStrongHeads.has(lw) || lex.orgHeadsEnd.has(lw);
}

// nouns after a place and an industry word that make the phrase a project's name ("the Zhanatas Wind project")
const PROJECT_NOUNS = new Set(['project', 'projects', 'scheme', 'programme', 'program', 'development', 'site', 'complex', 'cluster', 'zone', 'hub', 'corridor', 'line', 'field', 'deposit', 'licence', 'license', 'phase', 'stage', 'unit', 'units', 'output', 'capacity']);

let placeTitles: Set<string> | null = null;
/** A title whose complement is a place ("mayor", "the akim") ends at token k. */
function placeTitleEndingAt(ctx: Ctx, k: number): boolean {
  placeTitles ??= new Set(loadJson<{ place_titles: string[] }>('lexicon/titles.json').place_titles);
  const title = ctx.titleEndingAt.get(k);
  if (!title) return false;
  const words = title.text.toLowerCase().split(/\s+/);
  return placeTitles.has(words[words.length - 1]) || (words.length > 1 && placeTitles.has(words.slice(-2).join(' ')));
}

let organs: string[][] | null = null;
let organFirst: Set<string> | null = null;
/** The first token of the body after "Board of Directors of (the)" opening the run, -1 when the run is the organ
 * alone ("the Board of Directors"), or 0. */
function governingBodyAt(ctx: Ctx, first: number, last: number): number {
  organs ??= loadJson<{ governing_bodies: string[] }>('lexicon/organizations.json').governing_bodies.map((p) => p.split(/\s+/));
  organFirst ??= new Set(organs.map((w) => w[0]));
  const { toks } = ctx;
  if (!organFirst.has(toks[first].lower)) return 0;
  for (const words of organs) {
    if (!words.every((w, n) => toks[first + n]?.lower === w)) continue;
    let k = first + words.length;
    if (k === last + 1) return -1;
    if (toks[k]?.lower !== 'of' || toks[k].cap) continue;
    k++;
    if (toks[k]?.lower === 'the') k++;
    return k <= last && toks[k].cap ? k : 0;
  }
  return 0;
}

/** "Minister of Mines, Petroleum and Energy NAME": a run after a comma that goes on listing the fields of a title's
 * complement (each item before it ordinary words: "Mines", "Trade") belongs to that title as if "of" stood before it. */
function listedComplementTitle(ctx: Ctx, first: number): TitleSpan | undefined {
  const { toks } = ctx;
  let k = first - 1;
  for (let items = 0; items < 4 && toks[k]?.text === ','; items++) {
    let j = k - 1;
    while (j >= 0 && k - j <= 3 && fieldWord(ctx, toks[j])) j--;
    if (j === k - 1) return undefined;
    if ((toks[j]?.lower === 'of' || toks[j]?.lower === 'for') && !toks[j].cap) return ctx.titleEndingAt.get(j - 1);
    k = j;
  }
  return undefined;
}

let personNouns: Set<string> | null = null;
/** ", a grape grower from Tarvin", ", a retired teacher who ...": "a" or "an", at most three lower-case words and a noun
 * only a person is (people.json person_nouns), then punctuation or a word that goes on about the person. Titles are
 * read elsewhere; these words are no office, so they give the person no role. */
function personNounApposition(ctx: Ctx, k: number): boolean {
  personNouns ??= new Set(loadJson<{ person_nouns: string[] }>('lexicon/people.json').person_nouns);
  const { toks } = ctx;
  if (toks[k]?.lower !== 'a' && toks[k]?.lower !== 'an') return false;
  for (let j = k + 1; j <= k + 4 && toks[j] && !toks[j].cap && !toks[j].punct; j++) {
    if (!personNouns.has(toks[j].lower)) continue;
    // ("a local farmer": a word of the list used as a modifier is passed over)
    const after = toks[j + 1];
    if (!after || after.punct && after.text !== "'s" && after.text !== '’s' || PERSON_NOUN_FOLLOWERS.has(after.lower)) return true;
  }
  return false;
}
const PERSON_NOUN_FOLLOWERS = new Set(['from', 'in', 'of', 'who', 'at', 'with', 'near', 'on']);

let metWords: string[][] | null = null;
let metLast: Set<string> | null = null;
/** "met", "met with" ... right before token `first` (people.json met_before). */
function metBefore(ctx: Ctx, first: number): boolean {
  metWords ??= loadJson<{ met_before: string[] }>('lexicon/people.json').met_before.map((p) => p.split(/\s+/));
  metLast ??= new Set(metWords.map((w) => w[w.length - 1]));
  const { toks } = ctx;
  if (!metLast.has(toks[first - 1]?.lower ?? '')) return false;
  return metWords.some((words) => words.every((w, n) => toks[first - words.length + n]?.lower === w));
}

let orgContext: { beforeOf: Set<string>; appositive: string[][]; after: string[][]; agent: Set<string> } | null = null;
/** "a joint venture of X" and "X, the state utility,": the nouns that make a name next to them an organisation. */
function orgContextWords() {
  if (!orgContext) {
    const o = loadJson<{ context_before_of: string[]; appositive_nouns: string[]; nouns_after_name: string[]; agent_participles: string[] }>('lexicon/organizations.json');
    orgContext = { beforeOf: new Set(o.context_before_of.map((w) => w.toLowerCase())), appositive: o.appositive_nouns.map((p) => p.toLowerCase().split(/\s+/)), after: o.nouns_after_name.map((p) => p.toLowerCase().split(/\s+/)), agent: new Set(o.agent_participles) };
  }
  return orgContext;
}

/** ", the state utility", ", a Korean builder": an article, at most three modifiers and an organisation noun at k. */
function appositiveOrgNoun(ctx: Ctx, k: number): boolean {
  const { toks, lex } = ctx;
  if (!toks[k] || !['the', 'a', 'an', 'its', 'their'].includes(toks[k].lower)) return false;
  for (let j = k + 1; j <= k + 4 && toks[j] && !toks[j].punct; j++) {
    for (const words of orgContextWords().appositive) if (words.every((w, n) => toks[j + n]?.lower === w) && !toks[j].cap) {
      // the noun ends the phrase: "the state utility," not "the utility's plant"
      const after = toks[j + words.length];
      return !after || after.punct && after.text !== "'s" && after.text !== '’s' || lex.functionWords.has(after.lower);
    }
  }
  return false;
}

// Prepositions before "the" and a river, a range or a sea (a town takes no article)
const ACROSS = new Set(['across', 'along', 'alongside', 'crossing', 'spanning']);

/** "from X to Y" where the other end is a place, or "from the X to the Y" where both are names: a range of places. */
/** "will link Darvash with Kelmir", "connect Orbeli to Tamsar", "will reach Vostel": a name right after a verb naming
 * a route's ends (places.json route_verbs), or after "with", "to" or "and" that follow such an end already read as a place. */
function routeEnd(ctx: Ctx, out: NameMention[], first: number): boolean {
  const { toks } = ctx;
  const verbs = getPlaceWords().routeVerbs;
  const prev = toks[first - 1];
  if (!prev || prev.cap) return false;
  if (verbs.has(prev.lower)) return true;
  if (prev.lower !== 'with' && prev.lower !== 'to' && prev.lower !== 'and') return false;
  const end = out.find((m) => m.label === 'PLACE' && m.last === first - 2);
  return Boolean(end && verbs.has(toks[end.first - 1]?.lower ?? ''));
}

function placeRange(ctx: Ctx, out: NameMention[], first: number, last: number): boolean {
  const { toks } = ctx;
  const the = toks[first - 1]?.lower === 'the';
  const before = toks[the ? first - 2 : first - 1]?.lower;
  const isName = (k: number) => Boolean(toks[k]?.cap) && nameLike(ctx, toks[k]);
  const placeAt = (k: number, end: boolean) => out.some((m) => m.label === 'PLACE' && (end ? m.last === k : m.first === k));
  if (before === 'from' && toks[last + 1]?.lower === 'to') {
    const k = last + 2 + (toks[last + 2]?.lower === 'the' ? 1 : 0);
    return placeAt(k, false) || (the && k === last + 3 && isName(k));
  }
  if (before === 'to') {
    // walk back over the other end to its "from"
    const toAt = the ? first - 2 : first - 1;
    let k = toAt - 1;
    while (k > 0 && toks[k].cap && toAt - k <= 4) k--;
    const otherThe = toks[k]?.lower === 'the';
    if (toks[otherThe ? k - 1 : k]?.lower !== 'from' || k + 1 >= toAt) return false;
    return placeAt(toAt - 1, true) || (the && otherThe && isName(toAt - 1));
  }
  return false;
}

// "to" and "from" are left out: "sold to Kestrel", "a loan from Ardlow" name bodies as often as places
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'between', 'via', 'around']);
// prepositions that place what follows and never take a company as their object ("invest in X" may)
const NEAR = new Set(['near', 'outside', 'around', 'towards', 'toward']);
const SETTLEMENT = new Set(['town', 'village', 'city', 'district', 'settlement', 'county', 'province', 'region', 'municipality', 'port', 'area', 'oasis', 'hamlet', 'island', 'islands', 'atoll', 'peninsula',
  'wilayat', 'governorate', 'commune', 'prefecture', 'township', 'subdistrict', 'sub-district', 'locality']);

/** "the village of X", "the districts of X and Y": a settlement word, singular or plural. */
function settlementWord(w: string): boolean {
  return SETTLEMENT.has(w) || (w.length > 4 && w.endsWith('s') && (SETTLEMENT.has(w.slice(0, -1)) || (w.endsWith('ies') && SETTLEMENT.has(`${w.slice(0, -3)}y`))));
}

/** "stations at Ombeli Tarvin, Kessary, Dunvale Heights and Molvani": names listed with a place are places. */
function listedWithPlace(out: NameMention[], first: number, last: number, toks: Token[]): boolean {
  // ("Ardlow Holding and China's Kestrel": a place in the possessive modifies the next name, it is not a list item)
  const possessive = (m: NameMention) => toks[m.last + 1]?.text === "'s" || toks[m.last + 1]?.text === '’s';
  const near = (idx: number) => out.some((m) => m.label === 'PLACE' && (m.last === idx || m.first === idx) && !possessive(m));
  const before = toks[first - 1];
  const after = toks[last + 1];
  return Boolean((before && (before.text === ',' || before.lower === 'and') && near(first - 2)) || (after && (after.text === ',' || after.lower === 'and') && near(last + 2)));
}

/** "VNMC, Ardlow, Kestrel and Brightfield": a name in a comma/and list with an organisation is one too. */
function listedWithOrg(ctx: Ctx, out: NameMention[], first: number, last: number): boolean {
  const { toks } = ctx;
  // "Tarvazyna and China's Ardlow Energy": the neighbour may follow a place in the possessive
  const near = (idx: number) => out.find((m) => m.label === 'ORG' && (m.last === idx || m.first === idx))
    ?? (/^['’]s$/.test(toks[idx + 1]?.text ?? '') && out.some((m) => m.label === 'PLACE' && m.last === idx) ? out.find((m) => m.label === 'ORG' && m.first === idx + 2) : undefined);
  const before = toks[first - 1];
  if (before && (before.text === ',' || before.lower === 'and') && near(first - 2)) return true;
  const after = toks[last + 1];
  if (after && (after.text === ',' || after.lower === 'and') && near(last + 2)) return true;
  // "from VNMC and Ardlow to Kestrel": the two ends of a "from ... to ..." range are names of one kind
  if (before?.lower === 'to' && near(first - 2)) {
    for (let k = first - 2; k >= Math.max(0, first - 12); k--) {
      if (toks[k].lower === 'from') return true;
      if (toks[k].punct && toks[k].text !== ',' || toks[k].lower === 'to') break;
    }
  }
  return false;
}

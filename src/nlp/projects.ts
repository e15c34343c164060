import type { Doc, Money, Quantity, Sentence, Token } from './doc.js';
import type { Amount, Capacity, ProjectType, Role, Sector, Status } from './extraction.js';
import { copyNameMention, type NameMention } from './classify-names.js';
import type { EntityTables } from './entities.js';
import { facilityKind, getFacilityLexicon, phraseAt, type FacilityKind } from './facility-lexicon.js';
import { getLexicon } from './lexicon.js';
import { loadJson } from './data-dir.js';
import { parseNumber } from './quantities.js';
import { loadGazetteer } from './gazetteer.js';
import { kindHeads, linearKinds, projectWords, type Ctx, type Words } from './project-context.js';
import { attachPlaces, measuredSection, namedWorksSite, opensWithWorksActivity, opensWithWorksPart, isBearingSuffix, placedElsewhere, placesAfter, placesInName, settlePlaces } from './project-places.js';
import { decidesTo, namedSchemeAt, nameWords, namesOtherWorks, noCueStatus, refersBackToWorks, inConditionClause, insideQuotation, reinforcedWorks, inRelativeClause, negatedPlanAt, shareDoneAt, splitCueAt, supersedes } from './project-status.js';
import { bareLineType } from './bare-lines.js';
import { isFacilityInUse, isOwnersSite, isPassedNode, isPluralCompoundHead, isStreetAddress } from './passing-works.js';
import { isBuilderRecord, isNewWorksWord, isZoneOccupant, inBodyName, isOriginWord, coordinatedPhraseAt, partOfNamedFacility, anotherOfKind, introducedAsAnother, isDeniedOrRemote, isExistingAsset, isStandingFacility, namesActingBody, isPaperCounterparty, isFigurative, isHostSite, isLandmark, isServedFacility, servesFacilityAfter, generationSizedIn, generationBeforeStorage, generationBetween, plantAcronymAt, isCaptivePower, isPowerKind, makingClauseAt, opensPlaceName, placesAfterArticle, powerSizedPlantType, saysSeparate, builtByOther, sizeAfterOf } from './project-mentions.js';
import { addedBy, partLength, revisedCost, isCurrentSize, isWholeCost, productOf, sumsUnitSizes, isFinancingAmount, isOwnBudget, isTargetFigure, isUnitSize, markFinancing, moneyRole, paysForPreparation, isOfftake, totalsOwnSize, isShareOfCost } from './project-figures-cues.js';
import { handOverParties, namedInPassing, partyFocus } from './project-discussion.js';
import { leadLender, speaksOfUnnamedLoan } from './lead-lender.js';
import { lowerForms, tokenSlots } from './token-arrays.js';
import { attachClauseParties, attachCuedOrganizations, attachParents, attachFacilitators, attachShareholders, dropShortForms, settleRolesByType, isSigning, markEmployerReferences, markInterviewFirstPerson, opensWithPartyGroup, ownsByName } from './project-orgs.js';

/** A project as the engine builds it from one or more mentions in a document. */
export interface ProjectDraft {
  name: string;
  type: ProjectType;
  sector: Sector;
  capacityKinds: Quantity['kind'][];
  status: Status;
  statusStrength: number; // 0 none, 1 weak (announced), 2 strong
  /** A sentence of the body denied that the works were stopped ("the bridge is not cancelled"). */
  deniedStop?: boolean;
  /** The status the project had before a later sentence said it was stopped (see reviveStatus). */
  beforeStop?: Status;
  places: Set<number>; // indexes into entities.places
  orgs: Map<number, Role>; // entities.organizations index -> role
  capacity: Capacity[];
  amount: Amount | null;
  evidence: { start: number; end: number }[];
  /** Token index of the last mention, for anaphora. */
  lastToken: number;
  paragraph: number;
  /** What the plant makes, when a product word named it ("ferrosilicon", "locomotives"). */
  product?: string;
  proper: boolean; // named by a place, organisation or figure, not just a common noun
  plural: boolean; // only ever named in the plural without a count ("refineries"): a sector, not a facility
  routeKey: string | null;
  /** Kinds of the parts the text listed for the project ("That includes the captive power plant ..."): a later
   * "the power plant" is that part. */
  parts?: Set<ProjectType>;
  /** Figures stated as an old plan ("was to have 150 MW"): a later figure in the same unit replaces them. */
  stale?: Set<Capacity | Amount>;
  /** Named as a counted group ("three regional roads"): the parties given for the group reach each member. */
  group?: boolean;
  /** Sizes of parts ("includes a 1.2-km bridge", "with a 14-km pipeline"): items of the project that do not stand in
   * for its own size, which is still looked for. */
  partSizes?: Set<Capacity>;
  /** A later stage of another project ("a second phase at Abdali", "a second line of the same size"): works of their
   * own, which later mentions of the first project's facility word do not join. */
  stageOf?: ProjectDraft;
  /** Introduced as another one of its kind ("a second facility", "another mill"), with the token of that phrase. */
  anotherAt?: number;
  /** First named by an indefinite phrase ("a cement plant"), not a definite one or a name. */
  openedIndefinite: boolean;
}

/**
 * A new draft with every field, the optional ones too, in one order: drafts are read in hundreds of places, and V8
 * keeps an optimised function only while the objects it reads have the shapes it saw. Two literals with different
 * key orders and fields added later (parts, stale, group...) gave drafts a dozen shapes, and recognizeProjects was
 * thrown away and recompiled over and over.
 */
function newDraft(name: string, type: ProjectType, sector: Sector, capacityKinds: Quantity['kind'][], places: Set<number>, orgs: Map<number, Role>,
  lastToken: number, paragraph: number, proper: boolean, routeKey: string | null, product: string | undefined, plural: boolean): ProjectDraft {
  return {
    name, type, sector, capacityKinds, status: 'unknown', statusStrength: 0, places, orgs, capacity: [], amount: null, evidence: [],
    lastToken, paragraph, product, proper, plural, routeKey, parts: undefined, stale: undefined, group: undefined, partSizes: undefined, stageOf: undefined, anotherAt: undefined, deniedStop: undefined, beforeStop: undefined, openedIndefinite: false,
  };
}

/** Tokens inside the names of umbrella initiatives ("the Maritime Silk Road"): no project starts there. */
function umbrellaTokens(ctx: Ctx, pw: Words): Uint8Array {
  const out = new Uint8Array(ctx.toks.length);
  for (let i = 0; i < ctx.toks.length; i++) {
    if (!pw.umbrellaFirst.has(ctx.lowers[i])) continue;
    for (const u of pw.umbrellas) {
      let ok = true;
      for (let k = 0; k < u.length; k++) if (ctx.lowers[i + k] !== u[k]) { ok = false; break; }
      if (ok) { out.fill(1, i, i + u.length); break; }
    }
  }
  return out;
}

/** "TARVIN, 12 November 2025 – ...": a place in capitals opening the body, before a comma, is where the story was
 * filed, whatever the form of the date after it. */
function markCapitalisedDateline(ctx: Ctx): void {
  // the first sentences of the body only: a page may put a date line or a kicker before the dateline
  for (const s of ctx.doc.sentences.filter((x) => x.start >= ctx.doc.bodyStart).slice(0, 3)) {
    const m = ctx.mentionAt[s.first];
    if (m?.label !== 'PLACE' || m.dateline || m.first !== s.first || ctx.toks[m.last + 1]?.text !== ',') continue;
    if (ctx.toks.slice(m.first, m.last + 1).some((t) => !t.upper && !t.punct)) continue;
    const filed = copyNameMention(m);
    filed.dateline = true;
    for (let k = m.first; k <= m.last; k++) ctx.mentionAt[k] = filed;
    return;
  }
}

/** A word saying that what follows is part of what came before ("includes", "comprising"), with no clause break. */
function hasComponentCue(ctx: Ctx, pw: Words, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    if (ctx.toks[k].text === ';' || ctx.toks[k].text === '.') return false;
    if (pw.componentCues.has(ctx.lowers[k])) return true;
  }
  return false;
}

/** "a 30 MW captive power unit", "a 12 km buried water pipeline": the size of a listed part before it over up to two
 * plain lower-case describing words (no function word, name or figure between). */
function componentSizeOverWords(ctx: Ctx, pw: Words, i: number): Quantity | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const q = ctx.quantityAt[k];
    if (q) return k < i - 1 && q.kind !== 'count' ? q : undefined;
    const t = ctx.toks[k];
    if (t.punct || t.num || t.cap || ctx.moneyAt[k] || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || getLexicon().functionWords.has(t.lower) || pw.stop.has(t.lower)) return undefined;
  }
  return undefined;
}

/** "a 132 kV line of about 70 kilometres", "a pipeline of 14 km": the size of a listed part after 'of' (and a hedge word)
 * right behind it. */
function componentSizeOf(ctx: Ctx, last: number, end: number): Quantity | undefined {
  if (ctx.lowers[last + 1] !== 'of') return undefined;
  const q = ctx.quantityAt[last + 2];
  // (the quantity starts with its hedge word: "about 70 kilometres")
  return q && q.first === last + 2 && q.last <= end && q.kind !== 'count' ? q : undefined;
}

/** "That includes ...", "It comprises ...", "This also includes ...": a sentence that opens with a pronoun and a component
 * word (within its first four words, before the facility at `i`). */
function opensWithComponentCue(ctx: Ctx, pw: Words, first: number, i: number): boolean {
  if (!pw.componentSubjects.has(ctx.lowers[first])) return false;
  for (let k = first + 1; k < Math.min(i, first + 4); k++) if (pw.componentCues.has(ctx.lowers[k])) return true;
  return false;
}

/** "The scheme includes ...", "The project, due in 2027, comprises ...": a sentence that opens on a definite word for works
 * (anaphors) followed, before the facility at `i`, by a component word. */
function opensWithWorksIncluding(ctx: Ctx, pw: Words, first: number, i: number): boolean {
  // ("Its cost, including a 130 kV substation, was EUR 310 million": what the works' cost is said to include is a part of
  // those works, as much as what the works themselves include)
  const costOfWorks = /^(its|their)$/.test(ctx.lowers[first]) && pw.costNouns.has(ctx.lowers[first + 1] ?? '');
  return ((ctx.lowers[first] === 'the' || ctx.lowers[first] === 'this') && pw.anaphors.has(ctx.lowers[first + 1] ?? '') || costOfWorks) && first + 2 < i
    && hasComponentCue(ctx, pw, first + 2, i - 1);
}

/** "a lithium carbonate plant", "a knitting and dyeing plant": a plant or mill named by a product the lexicon does not
 * know (lower-case words before the head, joined by "and" at most; project-words unlisted_product_heads) is a factory
 * making it. Words for power, utilities or building sites before the head (not_product_words: "a gas plant", "a
 * treatment plant", "a batching plant") and describing adjectives ("a new plant", "the planned plant") name no product. */
function unlistedProductPlantAt(ctx: Ctx, pw: Words, i: number): FacilityKind | null {
  if (!pw.unlistedProductHeads.has(ctx.lowers[i])) return null;
  const words: string[] = [];
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = ctx.toks[k];
    if (t.lower === 'and' && words.length && k > 0 && !ctx.toks[k - 1].cap) { words.unshift('and'); continue; }
    if (t.punct || t.num || t.cap || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || ctx.mentionAt[k] || ctx.quantityAt[k] || ctx.moneyAt[k]) break;
    if (getLexicon().functionWords.has(t.lower) || pw.stop.has(t.lower) || pw.notProductWords.has(t.lower) || pw.descriptors.has(t.lower) || pw.otherWords.has(t.lower)) break;
    if (/ed$/.test(t.lower) || /ly$/.test(t.lower)) break;
    words.unshift(t.lower);
  }
  if (words[0] === 'and') words.shift();
  // (the word right before the head must itself be a product: "a gas plant" is no factory, whatever comes before)
  if (!words.length || pw.notProductWords.has(ctx.lowers[i - 1])) return null;
  const kind = withProduct(kindOf('manufacturing_plant'), words.join(' '));
  // "already runs nitrogen plants in A, B and C": a plural with no count before it is a class of factories (and the
  // words the scan took may hold its verb); "two rice mills" are counted works
  if (isPlural(ctx, i - words.length, i, kind, 0)) return null;
  return kind;
}

/** "a plant in Aqaba that will turn rock into diammonium phosphate", "a plant that would make 2 GW of modules a year": a
 * bare plant word followed by a clause of making (project-mentions makingClauseAt) is a plant of the first product the
 * clause's object names (product_plants), or a power plant when it makes megawatts, or a factory. */
function madePlantAt(ctx: Ctx, pw: Words, i: number, sentenceLast: number): FacilityKind | null {
  const object = makingClauseAt(ctx, i, sentenceLast);
  if (object < 0) return null;
  for (let k = object; k <= Math.min(sentenceLast, object + 12); k++) {
    if (ctx.toks[k].punct && ctx.toks[k].text !== '(' && ctx.toks[k].text !== ')' && ctx.toks[k].text !== '-') break;
    // ("make 2 GW of modules a year": a power figure with 'of' after it sizes the product, it is no output of power)
    const q = ctx.quantityAt[k];
    // ("that will generate electricity from wind": a word of generation in the clause says which power plant)
    const power = () => kindOf(generationBetween(ctx, object, Math.min(sentenceLast, object + 12)) ?? 'thermal_power_plant');
    if (q?.kind === 'power' && !q.item && ctx.lowers[q.last + 1] !== 'of') return power();
    const two = pw.products.get(`${ctx.lowers[k]} ${ctx.lowers[k + 1] ?? ''}`);
    if (two) return two === 'thermal_power_plant' ? power() : withProduct(kindOf(two), ctx.lowers[k + 1]);
    const one = pw.products.get(ctx.lowers[k]) ?? pw.products.get(ctx.lowers[k].replace(/s$/, ''));
    if (one) return one === 'thermal_power_plant' ? power() : withProduct(kindOf(one), ctx.lowers[k]);
  }
  return kindOf('manufacturing_plant');
}

/** "a ferrosilicon plant", "a coal washing plant": the product named before a plant word gives its kind. */
function productPlantAt(ctx: Ctx, pw: Words, i: number): FacilityKind | null {
  if (!pw.productHeads.has(ctx.lowers[i])) return null;
  // "a caprolactam (CPL) plant": a gloss in parentheses between the product and the head
  let end = i;
  if (ctx.toks[i - 1]?.text === ')') {
    for (let k = i - 2; k >= Math.max(0, i - 5); k--) if (ctx.toks[k].text === '(') { end = k; break; }
    if (end === i) return null;
  }
  for (const n of [2, 1]) {
    if (end - n < 0) continue;
    const ws = ctx.toks.slice(end - n, end);
    if (ws.some((t) => t.punct || t.num)) continue;
    const type = pw.products.get(ws.map((t) => t.lower).join(' ')) ?? pw.products.get(ws[ws.length - 1].lower.replace(/-/g, ' ')) ?? pw.products.get(ws[ws.length - 1].lower);
    // ("a wind power generation facility": a plant making power is the plant of the word of generation before it)
    if (type === 'thermal_power_plant') return kindOf(generationBetween(ctx, Math.max(0, end - n - 2), end - 1) ?? type);
    if (type) return withProduct(kindOf(type), ws[ws.length - 1].lower);
  }
  // "a high-pressure acid leach (HPAL) plant", "a precursor cathode active material (pCAM) plant": a process or product
  // spelled out and abbreviated before the head names a plant, whatever the product; the words with the head may
  // still form a facility phrase ("leach plant")
  if (end !== i && isAcronymGloss(ctx, end, i - 1) && end > 0 && !ctx.toks[end - 1].punct && !ctx.toks[end - 1].cap && !getLexicon().functionWords.has(ctx.lowers[end - 1])) {
    for (const n of [3, 2, 1]) {
      if (end - n < 0) continue;
      const words = [...ctx.lowers.slice(end - n, end), ctx.lowers[i]];
      const hit = phraseAt(getFacilityLexicon().facilities, words, 0);
      if (hit && hit.last === words.length - 1) return hit.value;
    }
    return kindOf('manufacturing_plant');
  }
  return null;
}

/** "( HPAL )", "( pCAM )": one short token with capitals between the parentheses at `open` and `close`. */
function isAcronymGloss(ctx: Ctx, open: number, close: number): boolean {
  if (close - open !== 2) return false;
  const t = ctx.toks[open + 1].text;
  return t.length <= 8 && /[A-Z].*[A-Z]|^[a-z][A-Z]/.test(t) && !/\s/.test(t);
}

function kindOf(type: ProjectType): FacilityKind {
  const lex = getFacilityLexicon();
  for (const list of lex.facilities.byFirst.values()) for (const { value } of list) if (value.type === type) return value;
  return facilityKind(type, 'industry', [], ['mass', 'count', 'power', 'volume'], undefined);
}

/** The kind named by a product word ("a ferrosilicon plant"), in the one shape of facility kinds (facilityKind). */
function withProduct(k: FacilityKind, product: string): FacilityKind {
  return facilityKind(k.type, k.sector, k.phrases, k.capacity_kinds, product);
}

let partOf: Map<string, Set<string>> | null = null;
function partOfFacility(): Map<string, Set<string>> {
  partOf ??= new Map(Object.entries(loadJson<{ part_of_facility: Record<string, string[]> }>('lexicon/facilities.json').part_of_facility).map(([k, v]) => [k, new Set(v)]));
  return partOf;
}

/** Connections that serve a plant (water, power) rather than stand as works of their own, unlike a bridge. */
const UTILITY_LINKS = new Set(['pipeline', 'transmission_line', 'power_grid', 'energy_storage']);

function isWaypoint(ctx: Ctx, i: number): boolean {
  const prev = ctx.toks[i - 1];
  if (!prev || !prev.cap) return false;
  const gaz = loadGazetteer();
  return Boolean(gaz.demonym(prev.text)) || gaz.lookup(prev.text).some((e) => e.country === null);
}

/** A route name right before the facility word ("Velmora–Tarvin pipeline") makes it a project of its own. */
function hasRouteBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = ctx.toks[k];
    if (DASHES.has(t.text) && t.start === ctx.toks[k - 1]?.end && ctx.toks[k - 1].cap && ctx.toks[k + 1]?.cap) return true;
    if (t.punct || (!t.cap && !ctx.quantityAt[k] && k < i - 2)) return false;
  }
  return false;
}

let voltageLines: { heads: Set<string>; units: Set<string> } | null = null;
/** "the 220 kV Kessary–Talvik line": a line word (facilities.json voltage_line_heads) after a route that a voltage
 * (voltage_units) comes before is a power line; a route line with no voltage may be a railway. */
function isVoltageRouteLine(ctx: Ctx, i: number): boolean {
  voltageLines ??= (() => { const f = loadJson<{ voltage_line_heads: string[]; voltage_units: string[] }>('lexicon/facilities.json'); return { heads: new Set(f.voltage_line_heads), units: new Set(f.voltage_units) }; })();
  if (!voltageLines.heads.has(ctx.lowers[i]) || !hasRouteBefore(ctx, i)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    if (voltageLines.units.has(ctx.lowers[k])) return true;
    if (ctx.toks[k].punct && !DASHES.has(ctx.toks[k].text)) return false;
  }
  return false;
}

/** "a new 132 kV line to Talvik": a power line whose name gives its voltage is pinned down like one with a figure, once
 * a place or a body is given for it, though named once (the voltage is no capacity). Not a substation: "power through a
 * new 110 kV substation" named once is mostly a part of the works it feeds. */
function namesVoltage(p: ProjectDraft): boolean {
  if (p.type !== 'transmission_line') return false;
  voltageLines ??= (() => { const f = loadJson<{ voltage_line_heads: string[]; voltage_units: string[] }>('lexicon/facilities.json'); return { heads: new Set(f.voltage_line_heads), units: new Set(f.voltage_units) }; })();
  const units = voltageLines.units;
  return p.name.toLowerCase().split(/[\s-]+/).some((w) => units.has(w));
}

/** "were unloaded at Kessary's Velmora Port", "exported via the port of": a facility after 'at' or 'via'
 * (transit_prepositions) right after a verb of moving goods is where the goods passed, an existing facility named as context. */
function isTransitPoint(ctx: Ctx, pw: Words, i: number, type: ProjectType): boolean {
  // ('through' only before a node goods pass, a port or a hub: gas exported through a pipeline is carried by the works)
  const node = !linearKinds().has(type);
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const w = ctx.lowers[k];
    if (pw.transitPrepositions.has(w) || (node && pw.nodeTransitPrepositions.has(w))) {
      // ("export its ore through the planned port of Velmo": a node called new may be the works)
      for (let j = k + 1; j < i; j++) if (isNewWorksWord(ctx.lowers[j])) return false;
      for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
        if (pw.shippingVerbs.has(ctx.lowers[j])) return true;
        if (ctx.toks[j].punct) return false;
      }
      return false;
    }
    if (ctx.toks[k].punct && w !== "'s" && w !== '’s') return false;
  }
  return false;
}

/** The noun phrase ending in the facility word at `i` follows 'in'/'at'/'within' after another facility of the sentence,
 * or a 'Site:' label. */
function isSiteOfOther(ctx: Ctx, pw: Words, found: { draft: ProjectDraft; at: number }[], i: number): boolean {
  let k = i - 1;
  // (over 'the', or 'a'/'an' right before the zone: "a cable factory in an industrial zone")
  while (k >= 0 && (ctx.mentionAt[k] || (ctx.toks[k].cap && !ctx.toks[k].punct) || ctx.lowers[k] === 'the' || DASHES.has(ctx.toks[k].text)
    || (k === i - 1 && (ctx.lowers[k] === 'a' || ctx.lowers[k] === 'an')))) k--;
  const w = ctx.lowers[k] ?? '';
  if (w === ':') return pw.siteLabels.has(ctx.lowers[k - 1] ?? '');
  if (!pw.sitePrepositions.has(w)) return false;
  // ("a plant making turbine parts in the Silk Road zone": a plant word just before, even one naming no project)
  if (found.some((f) => !pw.siteKinds.has(f.draft.type))) return true;
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    if (ctx.toks[j].text === '.' || ctx.toks[j].text === ';') return false;
    // ("the Tarvin Ammonia project in the Velmo Free Zone", "a leading exporter in the Tarvin industrial
    // estate": works or a firm the zone houses)
    if (pw.genericHeads.has(ctx.lowers[j]) || isZoneOccupant(ctx.lowers[j])) return true;
  }
  return false;
}

let titleEnds: Set<string> | null = null;
/** "Director for Rolling Stock": the facility phrase is capitalised and follows 'for'/'of' right after a title. */
function inTitleRemit(ctx: Ctx, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!ctx.toks[k].cap) return false;
  const prep = ctx.lowers[first - 1];
  if (prep !== 'for' && prep !== 'of') return false;
  if (!titleEnds) {
    titleEnds = new Set();
    for (const list of getLexicon().titles.values()) for (const words of list) titleEnds.add(words[words.length - 1]);
  }
  return titleEnds.has(ctx.lowers[first - 2] ?? '');
}

/** 'the'/'its' and a part-of-plant kind (substation, storage) while a plant of another kind is under discussion (named
 * in this paragraph or the one before) and no project of the part's kind is known. */
function isPartOfCurrent(ctx: Ctx, current: ProjectDraft | null, type: ProjectType, i: number, paragraph: number): boolean {
  if (!current || current.plural || partOfPlant().has(current.type) || current.paragraph < paragraph - 1) return false;
  // ("the new substation at Kédougou": a describing word between the determiner and the part)
  const det = REFERENCE_ADJECTIVES.has(ctx.lowers[i - 1] ?? '') ? i - 2 : i - 1;
  // ("A 50 MW battery will be installed alongside it", "a 20 MWh battery on site": a part said to stand with the plant
  // under discussion, even when introduced with 'a')
  if (!/^(the|its)$/.test(ctx.lowers[det] ?? '') && !saysWithPlant(ctx, i)) return false;
  return !ctx.projects.some((p) => p.type === type);
}

let backReferences: string[][] | null = null;
/** The sentence of token `i` places what it names with the plant under discussion (facilities.json
 * part_back_references: 'alongside it', 'on site', 'co-located'). */
function saysWithPlant(ctx: Ctx, i: number): boolean {
  backReferences ??= loadJson<{ part_back_references: string[] }>('lexicon/facilities.json').part_back_references.map((x) => x.split(' '));
  const s = ctx.doc.sentences[ctx.toks[i].sent];
  for (let k = s.first; k <= s.last; k++) {
    for (const words of backReferences) if (words.every((w, n) => ctx.lowers[k + n] === w) && k + words.length - 1 <= s.last) return true;
  }
  return false;
}

/** A facility word inside a figure of speech ("off the road", "in the pipeline", "on track"). */
function inIdiom(ctx: Ctx, pw: Words, first: number, last: number): boolean {
  for (const words of pw.idioms) {
    const at = words.indexOf(ctx.lowers[first]);
    if (at < 0 || ctx.lowers[last] !== words[at + last - first]) continue;
    let ok = true;
    for (let n = 0; n < words.length && ok; n++) if (ctx.lowers[first - at + n] !== words[n]) ok = false;
    if (ok) return true;
  }
  return false;
}

/** "a line from the plant ...": right after the link, 'from' and a word that names the project under discussion. */
function leavesFrom(ctx: Ctx, last: number, end: number, p: ProjectDraft): boolean {
  let k = last + 1;
  if (ctx.lowers[k] !== 'from') return false;
  k++;
  if (/^(the|its|this)$/.test(ctx.lowers[k] ?? '')) k++;
  const w = ctx.lowers[k] ?? '';
  return k <= end && (kindHeads(p.type).has(w) || projectWords().anaphors.has(w));
}

/** The length given right before a link word that serves a plant ("a 14-km pipeline", "a 45-kilometre, 230 kV line")
 * is an item capacity of the plant it serves. */
function linkLength(ctx: Ctx, host: ProjectDraft, first: number, last: number): void {
  if (host.capacity.length >= 3 || host.capacity.some((c) => c.unit === 'km')) return;
  for (let k = first - 1; k >= Math.max(0, first - 6); k--) {
    const q = ctx.quantityAt[k];
    if (q && q.kind === 'length' && !ctx.usedQuantities.has(q)) {
      ctx.usedQuantities.add(q);
      host.capacity.push({ value: q.value, unit: q.unit, text: q.text, qualifier: q.qualifier, item: ctx.doc.text.slice(ctx.toks[q.first].start, ctx.toks[last].end) });
      (host.partSizes ??= new Set()).add(host.capacity[host.capacity.length - 1]);
      return;
    }
    if (q) { k = q.first; continue; }
    if (/^(a|an|the|its|this)$/.test(ctx.lowers[k]) || ctx.toks[k].text === '.' || ctx.toks[k].text === ';') return;
  }
}

const COORDINATORS = new Set(['and', 'or']);

/** Words that lead from a link to where it runs ("to", "towards", "serving"). */
function destinationWord(pw: Words, w: string): boolean {
  return pw.destinationWords.has(w);
}

/** "a rail spur to the Velmora container terminal", "a line from the Tarvin dam": a link-kind facility found just before, then 'to' (or 'from') and the noun
 * phrase of this facility (determiners, figures, names, adjectives between). */
function isDestination(ctx: Ctx, pw: Words, found: { draft: ProjectDraft; at: number }[], i: number): boolean {
  const prev = found[found.length - 1];
  if (!prev || !linkKinds().has(prev.draft.type)) return false;
  for (let k = i - 1; k > prev.at && k >= i - 6; k--) {
    // ("a 110 kV line from A to B and a 30 km road": 'and' before an article or a figure opens other works, no destination)
    if (COORDINATORS.has(ctx.lowers[k]) && (INDEFINITE.has(ctx.lowers[k + 1]) || ctx.quantityAt[k + 1])) return false;
    // ("a 40-km water transfer line from the Tarvin dam to Velmo": where it starts is a landmark as much as where it ends)
    // ("a railway linking the Kessel mine to the port of Dara": the second end, after the first one's destination word)
    if (destinationWord(pw, ctx.lowers[k]) || isOriginWord(ctx.lowers[k])) return k - prev.at <= 3 || endsBefore(ctx, pw, prev.at, k);
    if (ctx.toks[k].punct && !ctx.quantityAt[k]) return false;
  }
  return false;
}

/** Between a link at `at` and a destination word at `k`, another destination or origin word right after the link
 * (within three words) with no punctuation after it: `k` leads to the link's second end ("linking A to B", "from A to B"). */
function endsBefore(ctx: Ctx, pw: Words, at: number, k: number): boolean {
  for (let j = at + 1; j < k; j++) {
    if (ctx.toks[j].punct && !ctx.quantityAt[j]) return false;
    if (j - at <= 3 && (destinationWord(pw, ctx.lowers[j]) || isOriginWord(ctx.lowers[j]))) {
      for (let n = j + 1; n < k; n++) if (ctx.toks[n].punct && !ctx.quantityAt[n]) return false;
      return k - j <= 7;
    }
  }
  return false;
}

/** "a rail spur to the Kessary container terminal": the place that names the destination is where the link goes,
 * one of its places (a capitalised word the gazetteer does not know becomes a site). */
function placeAtDestination(ctx: Ctx, link: ProjectDraft, i: number): void {
  for (let k = i - 1; k >= Math.max(0, i - 4) && !projectWords().destinationWords.has(ctx.lowers[k]); k--) {
    const m = ctx.mentionAt[k];
    if (m?.label === 'PLACE' && !m.dateline) { link.places.add(m.entity); link.proper = true; k = m.first; continue; }
    const t = ctx.toks[k];
    if (!m && t.cap && !t.punct && !t.num && !getLexicon().functionWords.has(t.lower) && !loadGazetteer().demonym(t.text)) {
      link.places.add(addSite(ctx, k, k));
      link.proper = true;
    }
  }
}

/** How many tokens after the works a landmark may stand and still say where they are. */
const LANDMARK_REACH = 16;

/** The places a landmark facility (`i` to `last`) gives the works named before it: the name before its head ("the Dunmore
 * hydropower plant") and a place right after it ("the ferry port in Tarvin City"). */
function placeAtLandmark(ctx: Ctx, works: ProjectDraft, i: number, last: number): void {
  placeAtDestination(ctx, works, i);
  if (!projectWords().placePreps.has(ctx.lowers[last + 1])) return;
  // (over a capitalised word the place's mention left out: "in San Pedro City")
  const at = ctx.toks[last + 2]?.cap && !ctx.mentionAt[last + 2] ? last + 3 : last + 2;
  const m = ctx.mentionAt[at];
  if (m?.label === 'PLACE' && !m.dateline && m.first === at) works.places.add(m.entity);
}

/** The link ending at `last` is followed by 'to' and a facility the text has not made a project of: it runs to
 * an existing facility and stands as works of its own ("a rail spur to the container terminal"). A link to the
 * project under discussion ("a 14-km pipeline to the plant") serves it and stays a part of it. */
function runsToFacility(ctx: Ctx, pw: Words, lex: ReturnType<typeof getFacilityLexicon>, last: number, end: number): boolean {
  const hit = destinationFacility(ctx, pw, lex, last, end);
  // ("a 15-km, 66 kV line to the utility's Hardap substation": a substation or storage is where the plant meets the
  // grid, so the line is the plant's connection; one built by another body is told apart by builtByOther)
  if (!hit || partOfPlant().has(hit.value.type)) return false;
  return !ctx.projects.some((p) => p.type === hit.value.type);
}

/** The facility phrase a link ending at `last` runs to ("... line to the Hardap substation") or from, within its sentence. */
function destinationFacility(ctx: Ctx, pw: Words, lex: ReturnType<typeof getFacilityLexicon>, last: number, end: number): { value: FacilityKind; last: number } | null {
  for (let k = last + 1; k <= Math.min(end, last + 3); k++) {
    // (or where it starts: "a 300 km pipeline from the Osk gas field to the Dara power plant")
    if (!destinationWord(pw, ctx.lowers[k]) && !isOriginWord(ctx.lowers[k])) continue;
    for (let j = k + 1; j <= Math.min(end, k + 6); j++) {
      if (ctx.toks[j].punct && !ctx.quantityAt[j]) return null;
      const hit = phraseAt(lex.facilities, ctx.lowers, j);
      if (hit) return hit;
    }
    return null;
  }
  return null;
}

let products: Set<string> | null = null;
function madeByPlants(): Set<string> {
  products ??= new Set(loadJson<{ made_by_plants: string[] }>('lexicon/facilities.json').made_by_plants);
  return products;
}

let links: Set<string> | null = null;
function linkKinds(): Set<string> {
  links ??= new Set(loadJson<{ link_kinds: string[] }>('lexicon/facilities.json').link_kinds);
  return links;
}

function sentenceHasKind(ctx: Ctx, lex: ReturnType<typeof getFacilityLexicon>, first: number, last: number, kinds: Set<string>): boolean {
  const { sectorWords } = projectWords();
  for (let k = first; k <= last; k++) {
    const hit = phraseAt(lex.facilities, ctx.lowers, k);
    // ("the road agency", "the port authority": a facility word before a sector word names a body, no works to host a
    // part; readFacility sets it aside likewise)
    if (hit && kinds.has(hit.value.type) && !sectorWords.has(ctx.lowers[hit.last + 1] ?? '')) return true;
  }
  return false;
}

let visitors: Map<string, Set<string>> | null = null;
/** "three bulk carriers" at a port: counted things that call at a facility are not its capacity. */
function isVisitorCount(type: ProjectType, q: Quantity): boolean {
  visitors ??= new Map(Object.entries(loadJson<{ visitor_counts: Record<string, string[]> }>('lexicon/facilities.json').visitor_counts).map(([k, v]) => [k, new Set(v)]));
  return q.kind === 'count' && Boolean(q.item && (visitors.get(type)?.has(q.item) || countedWorksOfOtherKind(type, q.item)));
}

let countedKinds: Map<string, string> | null = null;
/** "a fibre-optic network to 180 schools", "solar roofs for 40 clinics": counted things that are themselves works of a
 * kind sized by counting (facilities.json kinds whose capacity_kinds hold 'count': schools, hospitals, locomotives)
 * are what other works serve, and size only works of their own kind. */
function countedWorksOfOtherKind(type: ProjectType, item: string): boolean {
  countedKinds ??= (() => {
    const m = new Map<string, string>();
    for (const k of loadJson<{ kinds: { type: string; phrases: string[]; capacity_kinds?: string[] }[] }>('lexicon/facilities.json').kinds) {
      if (!k.capacity_kinds?.includes('count')) continue;
      for (const ph of k.phrases) if (!m.has(ph)) m.set(ph, k.type);
    }
    return m;
  })();
  // (a factory is sized by the things it makes: "a plant to assemble 150 locomotives a year")
  if (type === 'manufacturing_plant') return false;
  const kind = countedKinds.get(item) ?? countedKinds.get(`${item}s`);
  return kind !== undefined && kind !== type;
}

let partKinds: Set<string> | null = null;
let partLinks: Set<string> | null = null;
/** Words from a part of a plant to the plant it serves (facilities.json part_links). */
function partLinkWords(): Set<string> {
  partLinks ??= new Set(loadJson<{ part_links: string[] }>('lexicon/facilities.json').part_links);
  return partLinks;
}

/** Right after a part of a plant (storage, a substation), "at", "for", "of" or "to" and, within six plain words, a plant of
 * another kind: "a battery at its new Tarvin solar farm", "a substation for the wind farm", "the storage system of its
 * 120 MW solar plant", "to supply battery storage to the Tarvin solar park". */
function partServesPlantAfter(ctx: Ctx, lex: ReturnType<typeof getFacilityLexicon>, last: number, sentenceLast: number): boolean {
  if (!partLinkWords().has(ctx.lowers[last + 1] ?? '')) return false;
  for (let k = last + 2; k <= Math.min(sentenceLast, last + 8); k++) {
    if (ctx.toks[k].punct) return false;
    const next = phraseAt(lex.facilities, ctx.lowers, k);
    if (next) return !partOfPlant().has(next.value.type);
  }
  return false;
}

/** Right after a part of a plant (storage, a substation), "and"/"with" (facilities.json part_joins) and, within a few
 * words, works of another kind: "a 400 kV substation and a 120-km line to Talvik", "a 40 MWh battery and a 20 MW solar
 * plant". The part is named first but belongs to those works (spec: storage or a substation built as part of a plant). */
function partBeforeWorks(ctx: Ctx, lex: ReturnType<typeof getFacilityLexicon>, last: number, sentenceLast: number): boolean {
  if (!partJoinWords().has(ctx.lowers[last + 1] ?? '')) return false;
  for (let k = last + 2; k <= Math.min(sentenceLast, last + 8); k++) {
    if (ctx.toks[k].punct && !ctx.quantityAt[k]) return false;
    const next = phraseAt(lex.facilities, ctx.lowers, k);
    if (next) return !partOfPlant().has(next.value.type);
  }
  return false;
}

let partJoins: Set<string> | null = null;
function partJoinWords(): Set<string> {
  partJoins ??= new Set(loadJson<{ part_joins: string[] }>('lexicon/facilities.json').part_joins);
  return partJoins;
}

function partOfPlant(): Set<string> {
  partKinds ??= new Set(loadJson<{ part_of_plant: string[] }>('lexicon/facilities.json').part_of_plant);
  return partKinds;
}

const DASHES = new Set(['-', '–', '—', '‐']);
const STRONG = 2;
/** Added to a status cue's distance when it stands in a relative clause on the mention (project-status inRelativeClause). */
const RELATIVE_PENALTY = 1000;

export function recognizeProjects(doc: Doc, mentions: NameMention[], entities: EntityTables): ProjectDraft[] {
  const toks = doc.tokens;
  const ctx: Ctx = {
    doc, toks, lowers: lowerForms(toks),
    mentionAt: tokenSlots(toks.length), quantityAt: tokenSlots(toks.length), moneyAt: tokenSlots(toks.length),
    entities, projects: [], usedQuantities: new Set(), usedMoney: new Set(),
    // set later, declared here so the object keeps one hidden class (V8 map): a property added after creation gives
    // every function that reads ctx a second and third shape to handle, and its optimised code is thrown away
    mentionOf: undefined, sections: undefined,
  };
  for (const m of mentions) if (m.entity >= 0) for (let k = m.first; k <= m.last; k++) ctx.mentionAt[k] = m;
  for (const q of doc.quantities) for (let k = q.first; k <= q.last; k++) ctx.quantityAt[k] = q;
  markEmployerReferences(ctx);
  markInterviewFirstPerson(ctx);
  markCapitalisedDateline(ctx);
  for (const m of doc.money) for (let k = m.first; k <= m.last; k++) ctx.moneyAt[k] = m;
  const lex = getFacilityLexicon();
  const pw = projectWords();
  const acronyms = facilityAcronyms(ctx);
  const umbrella = umbrellaTokens(ctx, pw);
  const partLabels = stageLabels(ctx, pw, 0, toks.length - 1);
  const headings = subheadingParagraphs(doc);
  // a subheading naming no works, place or body ("Who pays", "What happens now") heads a topic of the same story, not
  // another part of it: the works under discussion before it stay under discussion after it
  // (once a subheading has opened another part, a later topic one, "What lies ahead", speaks of the story as a whole,
  // not of the part before it)
  const firstPart = [...headings].find(([, s]) => namesAnotherPart(ctx, lex, pw, s))?.[0] ?? Infinity;
  const topicHeadings = new Set([...headings.keys()].filter((p) => p < firstPart));
  ctx.sections = sectionsOf(doc, [...headings.keys()].filter((p) => !topicHeadings.has(p)));
  // the body whose loan the story's lead is about: a later "the loan" that names no lender is its money
  const lender = leadLender(ctx);
  // The headline repeats the body, so it is skipped. Only where reading the body found no works at all, while the
  // headline names some and the body refers back to them ("Fjellkraft to build 50 MW hydro plant" over "The plant will
  // cost ..."), is the story read again with its headline, which then names the project the body speaks of. (Nothing
  // was attached in the first reading: no works took figures, places or parties.)
  const tables: SentenceTables = { lex, pw, acronyms, umbrella, partLabels, lender, topicHeadings };
  for (const withHeadline of [false, true]) {
    if (withHeadline && !(ctx.projects.length === 0 && headlineNamesWorks(ctx))) break;
    const rs: ReadState = { current: null, focus: null, sectionStart: 0, asked: null, askedParagraph: -2 };
    for (const s of doc.sentences) {
      if (s.start < doc.bodyStart && !withHeadline) continue;
      readSentence(ctx, tables, rs, s);
    }
  }
  return settleProjects(ctx);
}

/** What reading the sentences in order carries from one to the next. */
interface ReadState {
  /** the project under discussion */
  current: ProjectDraft | null;
  /** the project whose parties a sentence naming no works speaks of (project-discussion) */
  focus: ProjectDraft | null;
  /** the first token of the subheading section being read (a power plant's kind may be named in its subheading) */
  sectionStart: number;
  /** the works the last question of an interview named, and that question's paragraph */
  asked: ProjectDraft | null;
  askedParagraph: number;
}

/** Per-document tables the sentence reader looks facilities up in. */
interface SentenceTables {
  lex: ReturnType<typeof getFacilityLexicon>;
  pw: ReturnType<typeof projectWords>;
  acronyms: ReturnType<typeof facilityAcronyms>;
  umbrella: ReturnType<typeof umbrellaTokens>;
  partLabels: ReturnType<typeof stageLabels>;
  lender: ReturnType<typeof leadLender>;
  /** paragraphs that are subheadings of a topic of the same story (namesAnotherPart is false) */
  topicHeadings: Set<number>;
}

type Found = { draft: ProjectDraft; at: number };

/**
 * Reads one sentence: the works it names (scanSentence), then what it says of them and of the project under
 * discussion. (recognizeProjects was one function of 400 lines; V8 compiled it as a whole, up to seconds a time, and
 * again after every deoptimisation, for the first thousand articles of each thread. In pieces, each is compiled apart.)
 */
function readSentence(ctx: Ctx, t: SentenceTables, rs: ReadState, s: Sentence): void {
  const { pw, partLabels, lender } = t;
  let { current, focus, asked, askedParagraph } = rs;
  // "2. Bangladesh: a new container terminal": a numbered item of a roundup is another story; nothing said under it
  // continues the project of the item before
  if (opensNumberedItem(ctx, s.first)) current = null;
  if (t.topicHeadings.has(s.paragraph)) {
    // ("Who pays" over "Phase 2 was financed with a $90 million loan": a topic subheading labels what the
    // paragraphs under it say of the works spoken of right before it; it is no paragraph between them. Works last
    // spoken of further back are no longer under discussion.)
    for (const p of ctx.projects) if (p.paragraph === s.paragraph - 1) p.paragraph = s.paragraph;
    if (current && current.paragraph < s.paragraph) rs.current = null;
    return;
  }
  // "Locomotives for KTZ" as a subheading: what follows is another part of the story; 'the plant' under it does not
  // reach back to the plant of the part before
  const sections = ctx.sections!;
  if (sections[s.paragraph] !== sections[s.paragraph - 1] && s.paragraph > 0) {
    rs.current = null;
    rs.sectionStart = s.first;
    // (the subheading itself only labels the part: the facility it names is taken from the text under it)
    return;
  }
  const found: Found[] = [];
  const deniedWorks = scanSentence(ctx, t, s, current, rs.sectionStart, found);
  const allAts = found.map((f) => f.at);
  const ats = found.filter((f) => !f.draft.plural).map((f) => f.at);
  const background = isBackground(ctx, s.first, s.last);
  // "the bridge ... has been nicknamed the Chinese bridge": two mentions of one project make one project in the sentence
  const distinct = new Set(found.map((f) => f.draft)).size;
  ctx.mentionOf = new Map(found.map((f) => [f.at, f.draft]));
  // (works financed by another lender before this sentence have their own "the loan")
  const lentElsewhere = new Set(found.filter((f) => [...f.draft.orgs].some(([e, r]) => r === 'financier' && e !== lender)).map((f) => f.draft));
  for (const f of found) attach(ctx, f.draft, s.first, s.last, f.at, f.draft.plural ? allAts : ats, background, distinct);
  if (lender !== null && !background && speaksOfUnnamedLoan(ctx, s.first, s.last, lender)) {
    // (the works the sentence is about; "finances a new wing at a public hospital" names them only in passing)
    const firm = found.filter((f) => !f.draft.plural);
    const target = (firm.find((f) => !namedInPassing(ctx, f.at)) ?? firm[0])?.draft;
    if (target && !lentElsewhere.has(target) && !target.orgs.has(lender)) target.orgs.set(lender, 'financier');
  }
  // figures only from the next sentences; who finances, builds or runs "it" from anywhere later on
  // (a loose sum of money does not turn a facility named once in passing into a project: the sum goes to a
  // project already pinned down by a name, a figure or a second mention)
  // ("The earlier stage, which X finished for $900 million" in a story about the next: another stage of the works, whose
  // builder and cost are not the current project's)
  const elsewhere = !found.length && current !== null && speaksOfEarlierStage(ctx, pw, s.first, s.last, current, partLabels);
  // (after a facility named in passing, "it will cut diesel use at the Teteven power station", the project under
  // discussion still holds the figures: "Total investment is $95 million")
  // ("Q: How far along is the second kiln?" then "A: Construction started in January. It will cost $140 million.": the
  // paragraph right after a question that names works answers it, and speaks of those works)
  const answering = !found.length && asked !== null && asked === current && s.paragraph === askedParagraph + 1;
  const held = answering ? current : focus && focus !== current && focus.paragraph >= s.paragraph - 1 ? focus : current;
  // ("The total value of the contract is $180 million" two paragraphs after the contract was signed, a paragraph on the
  // ceremony between: a sentence whose subject is the cost of the contract or the works speaks of the latest works
  // named, a little further back)
  const costSubject = held !== null && held === current && ctx.projects[ctx.projects.length - 1] === held && held.paragraph >= s.paragraph - COST_SUBJECT_REACH
    && opensWithWorksCost(ctx, pw, s.first);
  if (!found.length && held && !elsewhere && (answering || costSubject || (held.paragraph >= s.paragraph - 1 && talksAboutProject(ctx, s.first, s.last)))) {
    attachFigures(ctx, held, s.first, s.last, -1, [], true);
  }
  // "The plant is designed for 100 MW. Forty of them have been sending power to the grid since June.": the sentence
  // right after the project was named, in its paragraph, goes on about it; a firm cue there about the works (running,
  // being built, dropped) is its status. Papers signed in a sentence that does not name the works may be another
  // deal's (a loan, a supply contract), so 'agreed' is not taken from there.
  // ("But the cement project had already shrunk once" right after a road was named: a sentence naming other works
  // by a word of their own speaks of them)
  const otherWorks = !found.length && current !== null && namesOtherWorks(ctx, current, ctx.projects, s.first, s.last);
  if (!found.length && current && !elsewhere && !otherWorks && (answering || continuesProject(ctx, current, s.first)) && !background) {
    const st = statusFor(ctx, s.first, s.last, s.first, [], true);
    if (st && st.strength === STRONG && st.status !== 'agreed') updateStatus(current, st);
    else if (st?.revives) reviveStatus(current, st.status);
  }
  // "Velmora proposed a 300 MW solar plant at Osk in 2023." then, as the next paragraph, "The plans were shelved last
  // year.": news told one sentence a paragraph; a stop said of the plan, the project or 'it' in the sentence right after
  // the works were named is theirs, across the paragraph break too
  else if (!found.length && current && !elsewhere && !otherWorks && followsMention(ctx, current, s.first) && refersBackToWorks(ctx, s.first, s.last) && !background) {
    const st = statusFor(ctx, s.first, s.last, s.first, [], true);
    if (st && st.strength === STRONG && st.status === 'cancelled') updateStatus(current, st);
  }
  // "Construction is planned in the Kyzylorda region, near the town of Aralsk." right after the works were named: a
  // sentence that opens on the work of building them goes on about those works, and its places are theirs (so does
  // one that says where their parts stand: "The turbines will stand on a ridge near Tarvin")
  if (!found.length && current && !current.plural && !elsewhere && continuesProject(ctx, current, s.first) && (opensWithWorksActivity(ctx, s.first) || opensWithWorksPart(ctx, s.first, s.last))) {
    attachPlaces(ctx, current, s.first, s.last, s.first, 1);
  } else if (!found.length && current && !current.plural && !elsewhere && current.paragraph >= s.paragraph - 1) {
    // "The first of three autoclave lines at the Vidin site in Pleven province ...": the site of the works under
    // discussion, and the places said after it as after a mention of those works
    const site = namedWorksSite(ctx, s.first, s.last);
    if (site) {
      if (site.place !== null) current.places.add(site.place);
      attachPlaces(ctx, current, s.first, s.last, site.at, 1);
    }
    // "... in financing the widening of a 96-kilometre section between Lovech and Pleven": the stretch of a line or
    // road under discussion, and its ends
    const section = linearKinds().has(current.type) ? measuredSection(ctx, s.first, s.last) : -1;
    if (!site && section >= 0) attachPlaces(ctx, current, s.first, s.last, section, 1);
  }
  // (facilities named only in the plural, "a fund that invests in power plants", are a sector in passing: the
  // sentence still speaks of the project under discussion's parties; not when a sum or a place pins them down as
  // works of their own, "a loan for trunk pipelines in the Tarvin region")
  const namesWorks = found.some((f) => !f.draft.plural || f.draft.amount !== null || f.draft.places.size > 0);
  const parties = !found.length && deniedWorks ? null : current && focus ? focus : current;
  if (!namesWorks && parties && !elsewhere) attachShareholders(ctx, pw, parties, s.first, s.last);
  if (!found.length && parties && !elsewhere && parties.paragraph >= s.paragraph - 1) attachFacilitators(ctx, pw, parties, s.first, s.last);
  if (!namesWorks && parties && !elsewhere) attachCuedOrganizations(ctx, parties, s.first, s.last, parties.paragraph >= s.paragraph - 1 && (isSigning(ctx, pw, s.first, s.last) || opensWithPartyGroup(ctx, pw, s.first)), parties.paragraph >= s.paragraph - 1);
  // a facility named only in the plural without a count ("a fund that invests in power plants") is a sector named
  // in passing: the project under discussion stays the one before it
  // (nor does a facility first named in a sentence of history: "The town's wool mill shut in the 1990s")
  // ("A $700 million plant near X began production, and the partners announced plans for a further plant in Y. ... the
  // plant will make ...": a facility introduced as another one after one of its kind the sentence named first is said in
  // passing; the later "the plant" still speaks of the first)
  const aside = (f: { draft: ProjectDraft; at: number }) => f.draft.anotherAt === f.at && found.some((g) => g.at < f.at && g.draft !== f.draft && g.draft.type === f.draft.type && !g.draft.plural);
  const firm = [...found].reverse().find((f) => !f.draft.plural && !f.draft.stageOf && !(background && f.draft.evidence.length === 1) && !aside(f));
  if (firm) current = firm.draft;
  // ("Q: What does it cost?", "Q: And the cost?": a question naming no works but asking after a figure or 'it' asks about
  // the works under discussion, right after them)
  if (ctx.toks[s.last]?.text === '?') {
    // ("Q: How big will it be?" in an interview about one project: a size question asks about that project however
    // many answers ago it was last named)
    const sole = current !== null && ctx.projects.every((p) => p === current);
    asked = firm ? firm.draft : !found.length && current && (current.paragraph >= s.paragraph - 2 || sole)
      && (talksAboutProject(ctx, s.first, s.last) || asksFigure(ctx, pw, s.first, s.last)) ? current : null;
    askedParagraph = s.paragraph;
  }
  focus = partyFocus(ctx, focus, current, found, s.paragraph);
  rs.current = current; rs.focus = focus; rs.asked = asked; rs.askedParagraph = askedParagraph;
}

/** The works a sentence names, in `found` with the token each is named at; true when it denies or places far off some works it names. */
function scanSentence(ctx: Ctx, t: SentenceTables, s: Sentence, current: ProjectDraft | null, sectionStart: number, found: Found[]): boolean {
  const { toks } = ctx;
  const { lex, pw, acronyms, umbrella } = t;
  let deniedWorks = false;
  const deniedHere = (a: number, b: number): boolean => { const d = isDeniedOrRemote(ctx, a, b, s.first, s.last); if (d) deniedWorks = true; return d; };
  for (let i = s.first; i <= s.last; i++) {
    const m = ctx.mentionAt[i];
    if (m && m.label !== 'PLACE') {
      // "..., the project company formed by the bidders": a description of a body by the project it exists for keeps
      // that project under discussion in this sentence
      if (m.via === 'reference' && current && !found.some((f) => f.draft === current) && current.paragraph >= s.paragraph - 1
        && ctx.lowers.slice(m.first + 1, m.last + 1).some((w) => w === 'project' || kindHeads(current!.type).has(w))) {
        found.push({ draft: current, at: m.last });
        if (!current.evidence.some((e) => e.start === s.start)) current.evidence.push({ start: s.start, end: s.end });
        // (and keeps it under discussion: "The project company is owned by X and Y." then "The sponsors put the cost
        // at $1 billion." in the next paragraph speaks of the same works)
        current.paragraph = s.paragraph;
      }
      i = m.last;
      continue;
    }
    if (umbrella[i]) continue;
    // "a second phase at Abdali", "a third stage of the Tarvin wind farm", "a second line of the same size": a later
    // stage of a project is a project of its own, of that project's kind
    const stage = laterStageAt(ctx, pw, lex, i, current);
    if (stage) {
      found.push({ draft: stage.draft, at: i });
      if (!stage.draft.evidence.some((e) => e.start === s.start)) stage.draft.evidence.push({ start: s.start, end: s.end });
      i = stage.last;
      continue;
    }
    // ("a cold-storage and packing hub": the first modifier and the head across a second modifier)
    let hit = phraseAt(lex.facilities, ctx.lowers, i) ?? coordinatedPhraseAt(ctx, i, s.last);
    // ("a 90 MW solar and 40 MWh battery storage project": a generating plant named with its storage; its name opens at
    // the word of generation)
    if (hit?.value.type === 'energy_storage') {
      const gen = generationBeforeStorage(ctx, i, s.first);
      if (gen) { hit = { value: kindOf(gen.type), last: hit.last }; i = gen.first; }
    }
    // "a lithium hydroxide refinery", "a nickel refinery": a refinery named by a product that is no oil product is a
    // plant of that product
    if (hit && hit.value.type === 'refinery' && hit.last === i) { const product = productPlantAt(ctx, pw, i); if (product && product.type !== 'refinery') hit = { value: product, last: i }; }
    // "the CLR", after "the Coastal Light Railway (CLR)"
    if (!hit && acronyms.has(toks[i].text) && toks[i - 1]?.text !== '(') hit = { value: acronyms.get(toks[i].text)!, last: i };
    // "the Brask CHP-3", "Kolvar TPP-2": a power plant's short form
    if (!hit) { const short = plantAcronymAt(ctx, i); if (short) hit = { value: kindOf(short.type), last: short.last }; }
    // "a ferrosilicon plant", "the PDH and polypropylene complex"
    // ("a 120 MW heavy-fuel plant", "the 45 MW plant": a plant word sized in megawatts is a power plant; "a plant in
    // Aqaba that will turn rock into phosphate fertiliser": a plant word said to make something is a plant of it)
    if (!hit) {
      const power = powerSizedPlantType(ctx, i, sectionStart);
      const another = anotherOfKind(ctx, i);
      const product = productPlantAt(ctx, pw, i) ?? (power ? kindOf(power) : null) ?? (another ? kindOf(another) : null) ?? madePlantAt(ctx, pw, i, s.last) ?? unlistedProductPlantAt(ctx, pw, i);
      if (product) hit = { value: product, last: i };
    }
    // "the 220 kV Kessary–Talvik line": a power line named by its route
    if (!hit && isVoltageRouteLine(ctx, i)) hit = { value: kindOf('transmission_line'), last: i };
    // "Kessel Rail is upgrading the 300 km line from Osk to Dara": a line sized in kilometres, of the one network named
    // around it
    if (!hit) { const line = bareLineType(ctx, i); if (line) hit = { value: kindOf(line), last: i }; }
    // "the Kessary–Molvani section": part of the line the article is about
    if (!hit && pw.sections.has(ctx.lowers[i]) && hasRouteBefore(ctx, i)) {
      const line = [...ctx.projects].reverse().find((p) => linearKinds().has(p.type));
      hit = { value: kindOf(line?.type ?? 'road'), last: i };
    }
    // "the country's main port", "its busiest airport": a facility describing a place
    if (hit && (pw.descriptors.has(ctx.lowers[i - 1] ?? '') || pw.descriptors.has(ctx.lowers[i - 2] ?? '') && !toks[i - 1].cap)) { i = hit.last; continue; }
    // "Port Vila", "next to the airport", "the company's development pipeline", "the acid plant at the Tarvin mine": the
    // start of a place name, a landmark, a figure of speech, the site of other works
    // ("a floating solar plant on the reservoir of the Dunmore hydropower plant", "a hub next to the ferry port in Tarvin City":
    // where the landmark is, the works named just before it in the sentence are)
    // ("a solar plant to power the container terminal at Lobrava": the facility the works named before serve says where they are)
    if (hit && !opensPlaceName(ctx, i, hit.last) && (isLandmark(ctx, i, hit.value.type) || (found.some((f) => f.at < i) && isServedFacility(ctx, i, hit.value.type)))) {
      const prev = lastWhere(found, (f) => f.at < i);
      // (not a route: "on the national road between A and B" runs far from the works)
      if (prev && i - prev.at <= LANDMARK_REACH && !linearKinds().has(hit.value.type)) placeAtLandmark(ctx, prev.draft, i, hit.last);
      // ("alongside the Orsk bypass road": facility words right after it are the landmark's own head, no works)
      for (let next = phraseAt(lex.facilities, ctx.lowers, hit.last + 1); next && next.last <= s.last; next = phraseAt(lex.facilities, ctx.lowers, hit.last + 1)) hit.last = next.last;
      i = hit.last;
      continue;
    }
    if (hit && (opensPlaceName(ctx, i, hit.last) || isFigurative(ctx, hit.last)
      || isHostSite(ctx, i, hit.value.type, found[found.length - 1]?.at)
      // ("which runs an open-pit mine near X": an asset its owner runs today, named to describe the owner)
      || isExistingAsset(ctx, i, hit.last, hit.value.type, s.last) || isStandingFacility(ctx, i, hit.value.type, s.first, s.last)
      // ("PowerChina, which built the Lovech dam, is expected to bid": works in a body's record)
      || isBuilderRecord(ctx, i, hit.last, hit.value.type)
      // ("Tarvin Railway has ordered 30 locomotives": a body named after works)
      || namesActingBody(ctx, i, hit.last) || inBodyName(ctx, i, hit.last)
      // ("signed a loan with the railway": the body on the other side of the paper)
      || isPaperCounterparty(ctx, i, hit.last, s.first)
      // ("denied plans for a coal plant", "a cement plant could one day be built": works said not to be planned; the
      // sentence is about them, and its bodies are no parties of the project under discussion)
      || deniedHere(i, hit.last))) { i = hit.last; continue; }
    if (hit) {
      i = readFacility(ctx, t, s, current, found, i, hit);
      continue;
    }
    // "the KESTREL MINERALS LLP plant": a named owner or place before a generic facility word
    if (pw.genericHeads.has(ctx.lowers[i]) && ctx.mentionAt[i - 1] && ctx.mentionAt[i - 1]!.label !== 'PERSON') {
      const named = ctx.mentionAt[i - 1]!;
      // "from the Adriatic Transport Facility", "the Southern Africa Power Facility": a capitalised generic word ending a
      // name that goes on before the place or body names a fund or a programme, not works
      if (namesProgramme(ctx, named.first, i, s.first)) continue;
      // "a barge terminal that would feed the Varna facility", "the Kessary facility" after a hub was placed at Kessary:
      // 'the', a place and a generic word point back to the works the text placed there, whatever their kind
      // (the first works placed there: "a 72 MW plant near Osk, but annulled the award of a second plant in
      // Dara" gives the second plant both places, and "the Osk plant" is still the first)
      const there = named.label === 'PLACE' && /^(the|its|their)$/.test(ctx.lowers[named.first - 1] ?? '')
        ? ctx.projects.find((p) => !p.plural && p.places.has(named.entity)) : undefined;
      if (there) {
        if (!found.some((f) => f.draft === there)) { found.push({ draft: there, at: i }); if (!there.evidence.some((e) => e.start === s.start)) there.evidence.push({ start: s.start, end: s.end }); }
        // (the works are under discussion in this paragraph now: "Its estimated cost is $118 million" goes on about them)
        there.paragraph = s.paragraph;
        continue;
      }
      const kind = facilityKind('manufacturing_plant', 'industry', [], ['mass', 'count', 'power', 'volume'], undefined);
      for (const draft of mentionProjects(ctx, i, i, kind, s.paragraph)) found.push({ draft, at: i });
      continue;
    }
    // "It covers four units and a powerhouse in ...": a sentence opening with a pronoun that continues the subject
    // (continuing_subjects) right after the project under discussion was named (this paragraph or the one
    // before) goes on describing that project
    if (i === s.first && pw.continuingSubjects.has(ctx.lowers[i]) && current && current.paragraph >= s.paragraph - 1 && !found.length && ctx.toks[i + 1] && !ctx.toks[i + 1].punct) {
      found.push({ draft: current, at: i });
      current.evidence.push({ start: s.start, end: s.end });
      continue;
    }
    // "the project", "the plant", "this facility": the project the text is talking about
    // ("the reservoir of the Dunmore hydropower plant": a part of another facility the sentence names)
    if (isDefiniteReference(ctx, i) && !partOfNamedFacility(ctx, i)) {
      const target = referent(ctx, pw, i, current, s.paragraph);
      if (target) {
        found.push({ draft: target, at: i });
        target.evidence.push({ start: s.start, end: s.end });
        // "the line runs for 500 km": the project is under discussion in this paragraph now
        target.paragraph = s.paragraph;
        target.lastToken = Math.max(target.lastToken, i);
      }
    }
  }
  // (a facility named in passing in the plural, "for metro networks abroad", takes no figure from the others; it
  // still competes for the figures nearest it)
  return deniedWorks;
}

/**
 * A facility word at token i of a sentence (`hit`, its kind and last token): a part, a destination, a waypoint or a
 * figure of speech is set aside; otherwise the works it names join `found`. Returns the last token it read.
 * (Its own function so that V8 compiles the scan of a sentence in pieces: see readSentence.)
 */
function readFacility(ctx: Ctx, t: SentenceTables, s: Sentence, current: ProjectDraft | null, found: Found[], i: number, hit: { value: FacilityKind; last: number }): number {
  const { toks } = ctx;
  const { lex, pw } = t;
  // "bypass road", "metro coach factory": facility words close together name one thing, the last one its head
  for (;;) {
    let next = phraseAt(lex.facilities, ctx.lowers, hit.last + 1);
    let gap = 1;
    for (; !next && gap <= 2 && hit.last + gap + 1 <= s.last; gap++) {
      const w = toks[hit.last + gap];
      if (w.punct || w.cap || getLexicon().functionWords.has(w.lower) || pw.stop.has(w.lower)) break;
      next = phraseAt(lex.facilities, ctx.lowers, hit.last + gap + 1);
    }
    if (!next || next.last > s.last) break;
    hit.last = next.last; hit.value = next.value;
  }
  if (pw.sectorWords.has(ctx.lowers[hit.last + 1] ?? '')) { return hit.last; }
  // "the section includes a 1.2-km bridge and two tunnels", "the complex comprises a 30 MW power unit": what a
  // project named earlier in the sentence is said to include is a component of it; its own size is an item capacity
  // ("That includes the captive power plant, 300 megawatts, and a jetty." right after the project was named: a
  // sentence opening with a pronoun and such a word lists the parts of the project under discussion)
  const host = found[found.length - 1]
    // (the project under discussion: named in this paragraph or the one before, or the only one so far, as in an
    // interview's answers)
    ?? (current && (current.paragraph >= s.paragraph - 1 || ctx.projects.every((p) => p === current)) && opensWithComponentCue(ctx, pw, s.first, i) ? { draft: current, at: s.first } : undefined);
  // "The scheme, estimated at $118 million, includes a 132 kV line": what works the sentence opens on are said to
  // include is a part of those works, even when the text never made them a project; it is no project of its own
  // (when the works it opens on are the project under discussion, named in this paragraph or the one before, the
  // part's size is an item capacity of that project: "The scheme, estimated at $118 million, includes a 132 kV line
  // of about 70 kilometres")
  const worksHost = !host && opensWithWorksIncluding(ctx, pw, s.first, i);
  if (worksHost && !(current && current.paragraph >= s.paragraph - 1 && ctx.lowers[s.first] !== 'its')) { return hit.last; }
  // ("The increase pays for a 120MW gas-fired captive power unit" while a urea plant is under discussion: a captive
  // power plant is the part of the industrial works it serves)
  const captive = isCaptivePower(ctx, i, hit.last, hit.value.type);
  // (not one built for a plant named right after it: "a captive power unit for the Brill smelter")
  const captiveHost = captive && !host && current && current.paragraph >= s.paragraph - 1 && !partServesPlantAfter(ctx, lex, hit.last, s.last) ? { draft: current, at: s.first } : undefined;
  const partHost = host ?? captiveHost ?? (worksHost && current ? { draft: current, at: s.first } : undefined);
  if (partHost && (worksHost || (captive && !isPowerKind(partHost.draft.type) && !partHost.draft.plural)
    || hasComponentCue(ctx, pw, partHost.at + 1, i - 1))) {
    const host = partHost;
    // its size before it ("a 1.2-km bridge", over describing words: "a 30 MW captive power unit"), set off by
    // commas after it ("the power plant, 300 megawatts,") or after 'of' ("a 132 kV line of about 70 kilometres")
    const after = toks[hit.last + 1]?.text === ',' ? ctx.quantityAt[hit.last + 2] : undefined;
    const q = ctx.quantityAt[i - 1] ?? componentSizeOverWords(ctx, pw, i) ?? (after && toks[after.last + 1]?.text === ',' ? after : undefined)
      ?? componentSizeOf(ctx, hit.last, s.last);
    if (q && q.kind !== 'count' && !ctx.usedQuantities.has(q) && host.draft.capacity.length < 3) {
      addCapacity(ctx, host.draft, q);
      host.draft.capacity[host.draft.capacity.length - 1].item ??= q.first > hit.last ? ctx.doc.text.slice(toks[i].start, toks[hit.last].end) : ctx.doc.text.slice(toks[q.last + 1].start, toks[hit.last].end);
      (host.draft.partSizes ??= new Set()).add(host.draft.capacity[host.draft.capacity.length - 1]);
    }
    if (hit.value.type !== host.draft.type) (host.draft.parts ??= new Set()).add(hit.value.type);
    return hit.last;
  }
  // "People ask me whether the power plant is coal": 'the' and the kind of a part listed for a project is that part
  const whole = ctx.lowers[i - 1] === 'the' ? ctx.projects.find((p) => p.parts?.has(hit!.value.type)) : undefined;
  if (whole) {
    if (!found.some((f) => f.draft === whole)) { found.push({ draft: whole, at: hit.last }); whole.evidence.push({ start: s.start, end: s.end }); }
    return hit.last;
  }
  // "an open-pit mine and processing plant": a second facility word joined by "and" is part of the first
  const prevFound = found[found.length - 1];
  if (prevFound && ctx.lowers[i - 1] === 'and' && prevFound.at === i - 2) { return hit.last; }
  // storage or a substation next to a plant in the same sentence is part of that plant
  if (partOfPlant().has(hit.value.type) && found.some((f) => !partOfPlant().has(f.draft.type))) { return hit.last; }
  // "will install a 20 MW battery at its new solar farm": the plant named right after the part, behind "at" or
  // "for", is the one it belongs to
  if (partOfPlant().has(hit.value.type) && partServesPlantAfter(ctx, lex, hit.last, s.last)) { return hit.last; }
  // ("a 400 kV substation and a 120-km line to Talvik": the works named right after the part, behind 'and')
  if (partOfPlant().has(hit.value.type) && partBeforeWorks(ctx, lex, hit.last, s.last)) { return hit.last; }
  // "the substation and connection line now have to be built to a higher standard" right after a wind farm was
  // named: a definite substation or storage, with no such works named before, is the part of the plant under
  // discussion, and the sentence speaks of that plant
  if (partOfPlant().has(hit.value.type) && isPartOfCurrent(ctx, current, hit.value.type, i, s.paragraph)) {
    if (!found.some((f) => f.draft === current)) { found.push({ draft: current!, at: hit.last }); if (!current!.evidence.some((e) => e.start === s.start)) current!.evidence.push({ start: s.start, end: s.end }); }
    return hit.last;
  }
  // "... plans a 240-km pipeline to carry water from the plant" then "The pipeline will cost $700 million": a bare
  // definite head that ends the name of a project of this paragraph or the one before, other than the one under
  // discussion, is that project, not a part of the works under discussion
  const namedProject = bareHeadProject(ctx, current, i, hit.last, s.paragraph);
  if (namedProject) {
    if (!found.some((f) => f.draft === namedProject)) { found.push({ draft: namedProject, at: hit.last }); if (!namedProject.evidence.some((e) => e.start === s.start)) namedProject.evidence.push({ start: s.start, end: s.end }); }
    namedProject.paragraph = s.paragraph;
    return hit.last;
  }
  // "a desalination plant and a 14-km pipeline": a pipeline, line or road serving a facility in the sentence
  // (or serving the facility the paragraph is about: "The plant will draw water through a 14-km pipeline")
  const hosts = partOfFacility().get(hit.value.type);
  // ("a separate 230 kV line from the site", "split off the transfer pipeline": works of their own)
  if (hosts && !hasRouteBefore(ctx, i) && !runsToFacility(ctx, pw, lex, hit.last, s.last) && !servesFacilityAfter(ctx, hit.last, s.last) && !saysSeparate(ctx, s.first, s.last)
    // ("a new 33 kV line to Dormaa, to be built by the grid company GridLink": contracted apart from the plant)
    && !(current && builtByOther(ctx, found.find((f) => hosts.has(f.draft.type))?.draft ?? current, i, hit.last, s.first, s.last)) && (sentenceHasKind(ctx, lex, s.first, s.last, hosts)
    || (current && hosts.has(current.type) && found.every((f) => f.draft === current)
      && ((UTILITY_LINKS.has(hit.value.type) && current.paragraph >= s.paragraph - 1
        // ("a line from the plant to the substation at Velmora": wherever it ends, it starts at the plant)
        && (!placedElsewhere(ctx, s.first, s.last, current) || leavesFrom(ctx, hit.last, s.last, current)))
        // "19 tunnels and 31 bridges" a few paragraphs into a story about a line
        || (isCountedPlural(ctx, i, hit.last) && current.paragraph >= s.paragraph - 2))))) {
    // "with a 14-km pipeline", "a 45-kilometre, 230 kV line": the link's length is an item of its host
    const host = found.find((f) => hosts.has(f.draft.type))?.draft ?? (current && hosts.has(current.type) ? current : null);
    if (host && UTILITY_LINKS.has(hit.value.type)) linkLength(ctx, host, i, hit.last);
    // ("... a 225 kV line to the Laayoune substation": the grid point the connection runs to is a landmark, not works)
    const to = destinationFacility(ctx, pw, lex, hit.last, s.last);
    return to && partOfPlant().has(to.value.type) ? to.last : hit.last;
  }
  // "a rail spur to the Velmora container terminal", "a fibre network to 120 rural schools": the facility a link
  // named just before runs to is its destination, not a project
  if (isDestination(ctx, pw, found, i)) { placeAtDestination(ctx, found[found.length - 1].draft, i); return hit.last; }
  // "the port's handling capacity" right after "its dry port": a bare definite head that ends the name of the
  // project under discussion (of another kind) is that project
  if (hit.last === i && current && current.type !== hit.value.type && !current.plural && /^(the|its|this)$/.test(ctx.lowers[i - 1] ?? '')
    && current.name.toLowerCase().endsWith(` ${ctx.lowers[i].replace(/['’]s$/, '')}`) && current.paragraph >= s.paragraph - 1) {
    if (!found.some((f) => f.draft === current)) { found.push({ draft: current, at: i }); if (!current.evidence.some((e) => e.start === s.start)) current.evidence.push({ start: s.start, end: s.end }); }
    return hit.last;
  }
  // "The 220 kV substation that will feed the furnaces is being built as part of the project": a part of the
  // project under discussion
  if (current && current.type !== hit.value.type && saysPartOf(ctx, pw, hit.last, s.last)) {
    if (!found.some((f) => f.draft === current)) { found.push({ draft: current, at: hit.last }); if (!current.evidence.some((e) => e.start === s.start)) current.evidence.push({ start: s.start, end: s.end }); }
    return hit.last;
  }
  // "the Georgian port of Poti", "Pacific ports": a port named by a nation or sea is a waypoint, not a project
  if (hit.value.type === 'port' && isWaypoint(ctx, i)) { return hit.last; }
  // "a joint venture to assemble locomotives", "to build metro coaches": making vehicles, uncounted, is a factory
  if (madeByPlants().has(hit.value.type) && pw.makingVerbs.has(ctx.lowers[i - 1] ?? '')) hit = { value: withProduct(kindOf('manufacturing_plant'), ctx.lowers[hit.last]), last: hit.last };
  // ("a plant for electric buses": the vehicles a plant word is for are what it makes; the plant opens the name)
  else if (madeByPlants().has(hit.value.type) && ctx.lowers[i - 1] === 'for' && pw.productHeads.has(ctx.lowers[i - 2] ?? '') && !ctx.quantityAt[i]) {
    hit = { value: withProduct(kindOf('manufacturing_plant'), ctx.lowers[hit.last]), last: hit.last };
    i -= 2;
  }
  // "the plant would supply 100 locomotives": vehicles a plant of the sentence makes are its output, not a fleet order
  if (madeByPlants().has(hit.value.type) && found.some((f) => f.draft.type === 'manufacturing_plant')) { return hit.last; }
  // "a glass plant in the Tarvin free economic zone", "Site: Tarvin Bay industrial zone": a zone given as where
  // other works stand is their site, not a project
  if (pw.siteKinds.has(hit.value.type) && isSiteOfOther(ctx, pw, found, i)) { return hit.last; }
  // "the Managing Director for Rolling Stock", "Minister of Railways": a capitalised facility word in the remit of a
  // title names a portfolio, not works
  if (inTitleRemit(ctx, i, hit.last)) { return hit.last; }
  // "were unloaded at Kessary's Velmora Port": a facility goods pass through is a waypoint of the shipment
  if (isTransitPoint(ctx, pw, i, hit.value.type)) { return hit.last; }
  // "ship the towers through the port of X", "the line carries freight from the port of Y to the north", "the
  // borehole on Kessel Road": an existing node goods pass, a street as an address
  if (isPassedNode(ctx, i, hit.last, hit.value.type) || isStreetAddress(ctx, i, hit.last, hit.value.type)
    || isFacilityInUse(ctx, i, hit.last, s.first, s.last) || isOwnersSite(ctx, i, found[found.length - 1]?.at)) { return hit.last; }
  // "trucks off the road", "more deals are in the pipeline": a figure of speech
  if (inIdiom(ctx, pw, i, hit.last)) { return hit.last; }
  for (const draft of mentionProjects(ctx, i, hit.last, hit.value, s.paragraph)) found.push({ draft, at: hit.last });
  return hit.last;
}

/** The works worth keeping, with what is settled over the whole story: types by what they carry, headline status and amount, places, roles. */
function settleProjects(ctx: Ctx): ProjectDraft[] {
  const pw = projectWords();
  // a facility word alone ("the railway", "wind farms") names a project only when something pins it down
  // (a sum for facilities named only in the plural is a project when a place pins them down: "a loan for trunk
  // pipelines in the Tarvin region", not "$300 million for refineries")
  // (a country is no such place: "$1 billion to Velmora since 1990, mostly for hospitals" sums a lender's record; a
  // figure alone does not either: "30 bcm a year through the pipelines that cross Velmora" is a flow of trade)
  const local = (p: ProjectDraft) => [...p.places].some((x) => ctx.entities.places[x]?.kind !== 'country');
  const kept = ctx.projects.filter((p) => p.plural ? Boolean(p.capacity.length || p.amount) && local(p)
    : p.capacity.length || p.amount || p.proper || ((p.evidence.length >= 2 || namesVoltage(p)) && (p.places.size || p.orgs.size))
      // ("and has begun building a second facility in Dunbarrow": works introduced as another of their kind, with a
      // town of their own, are works of their own even when named once)
      || (p.anotherAt !== undefined && local(p)));
  handOverParties(ctx.projects, kept);
  for (const p of kept) if (p.type === 'pipeline' && carriesWater(ctx, pw, p)) { p.type = 'water_supply'; p.sector = 'water'; }
  for (const p of kept) if (p.type === 'water_supply' && servesFields(ctx, pw, p)) { p.type = 'irrigation'; p.sector = 'agriculture'; }
  // ("25 MW of solar capacity with 50 MWh of battery storage": storage named with the plant it belongs to is that plant)
  for (const p of kept) {
    if (p.type !== 'energy_storage') continue;
    const plant = generationSizedIn(ctx, p.evidence);
    if (plant && !kept.some((o) => o.type === plant)) { const k = kindOf(plant); p.type = k.type; p.sector = k.sector; p.capacityKinds = k.capacity_kinds; }
  }
  applyHeadlineStatus(ctx, kept);
  applyNamedSchemeStops(ctx, kept);
  // (works named with no word of their stage at all are, in this news, works proposed or discussed: statuses.json
  // no_cue_status)
  const fallback = noCueStatus();
  for (const p of kept) if (p.statusStrength === 0) p.status = fallback;
  applyHeadlineAmount(ctx, kept);
  settlePlaces(ctx, kept);
  for (const p of kept) { dropShortForms(ctx, p); attachParents(ctx, p); settleRolesByType(p); }
  return kept;
}

/** "to rehabilitate the pumping stations of the main canal, which lifts water to farmland": water works whose sentences
 * speak of fields or irrigation (project-words farm_water_words) and never of drinking water, homes or sewage
 * (drinking_words), and whose name says neither, water fields: irrigation works, not water supply. */
function servesFields(ctx: Ctx, pw: Words, p: ProjectDraft): boolean {
  return evidenceSpeaksOf(ctx, p, pw.farmWaterWords, pw.drinkingWords) === 'yes';
}

/** Whether the works' name or own sentences use a word of `no` ('no'), else whether their sentences use one of `yes`
 * ('yes' or 'neither'). */
function evidenceSpeaksOf(ctx: Ctx, p: ProjectDraft, yes: Set<string>, no: Set<string>): 'yes' | 'no' | 'neither' {
  if (p.name.toLowerCase().split(/[\s-]+/).some((w) => no.has(w))) return 'no';
  let found = false;
  for (const s of ctx.doc.sentences) {
    if (!p.evidence.some((e) => e.start === s.start)) continue;
    for (let k = s.first; k <= s.last; k++) {
      if (no.has(ctx.lowers[k])) return 'no';
      if (yes.has(ctx.lowers[k])) found = true;
    }
  }
  return found ? 'yes' : 'neither';
}

/** "a pipeline from the Kampong river that will bring 30,000 m3 a day", "the transfer pipeline ... to a reservoir": a
 * pipeline whose sentences speak of water (project-words water_words) and of no fuel (fuel_words), and whose name
 * names no fuel, carries water: water supply works, not an oil or gas line. */
function carriesWater(ctx: Ctx, pw: Words, p: ProjectDraft): boolean {
  const said = evidenceSpeaksOf(ctx, p, pw.waterWords, pw.fuelWords);
  return said === 'yes' || (said === 'neither' && p.capacity.some((c) => c.unit === 'm3/d'));
}

/** "Marlin Ports plans €180m expansion of Varna terminal": a sum in the headline that no word marks as a loan, a grant
 * or a total of several deals is the cost of the works the headline names; it is their amount when the body gave them
 * none or only a lender's share. With several facilities in the headline the sum goes to the kind named nearest it. */
function applyHeadlineAmount(ctx: Ctx, projects: ProjectDraft[]): void {
  const head = ctx.doc.sentences.filter((s) => s.end <= ctx.doc.bodyStart);
  if (!head.length || !projects.length) return;
  const first = head[0].first;
  const last = head[head.length - 1].last;
  const pw = projectWords();
  const sums = ctx.doc.money.filter((m) => m.first >= first && m.last <= last && m.conversionOf === undefined);
  if (sums.length !== 1) return;
  const m = sums[0];
  if (moneyRole(ctx, m) === 'financing' || isAggregate(ctx, m.first, m.last, pw) || isShareOfCost(ctx, m) || paysForPreparation(ctx, m)) return;
  const kind = nearestHeadlineKind(ctx, first, last, m.first, m.last);
  const candidates = kind ? projects.filter((p) => p.type === kind) : projects;
  if (!candidates.length) return;
  const main = [...candidates].sort((a, b) => b.evidence.length - a.evidence.length)[0];
  if (main.amount && !isFinancingAmount(main.amount)) return;
  if (main.amount && (main.amount.currency !== m.currency || main.amount.value > m.value)) return;
  main.amount = { value: m.value, currency: m.currency, qualifier: m.qualifier, text: m.text };
  if (m.min !== undefined) main.amount.min = m.min;
}

/** Whether the headline names works (a facility phrase of the lexicon) and the body speaks of works by a bare reference
 * ("the plant", "the project"). */
function headlineNamesWorks(ctx: Ctx): boolean {
  const { doc } = ctx;
  if (doc.bodyStart <= 0) return false;
  const lex = getFacilityLexicon();
  const pw = projectWords();
  let named = false;
  let refers = false;
  for (const s of doc.sentences) {
    const head = s.start < doc.bodyStart;
    for (let i = s.first; i <= s.last; i++) {
      if (head && phraseAt(lex.facilities, ctx.lowers, i)) named = true;
      else if (!head && (ctx.lowers[i - 1] === 'the' || ctx.lowers[i - 1] === 'this') && pw.anaphors.has(ctx.lowers[i])) refers = true;
    }
  }
  return named && refers;
}

/** The type of the headline facility named nearest the span from..to (tokens first..last of the headline), or null. */
function nearestHeadlineKind(ctx: Ctx, first: number, last: number, from: number, to: number): ProjectType | null {
  const lex = getFacilityLexicon();
  let kind: ProjectType | null = null;
  let dist = Infinity;
  for (let k = first; k <= last; k++) {
    const hit = phraseAt(lex.facilities, ctx.lowers, k);
    if (!hit) continue;
    const d = Math.min(Math.abs(k - from), Math.abs(hit.last - to));
    if (d < dist) { dist = d; kind = hit.value.type; }
    k = hit.last;
  }
  return kind;
}

/** The headline states the news ("... opens", "... signs contract for ..."): when the body gave the article's
 * main project no firm status, the headline's firm cue is its status. */
function applyHeadlineStatus(ctx: Ctx, projects: ProjectDraft[]): void {
  const head = ctx.doc.sentences.filter((s) => s.end <= ctx.doc.bodyStart);
  if (!head.length || !projects.length) return;
  const first = head[0].first;
  const last = head[head.length - 1].last;
  let status: { status: Status; strength: number } | null = null;
  let at = -1;
  for (let k = first; k <= last; k++) {
    const st = statusFor(ctx, k, k + 3 <= last ? k + 3 : last, k);
    if (st && st.strength === STRONG) { status = st; at = k; break; }
  }
  if (!status) return;
  // "... a data centre near Velmora, a gas plant shelved in Tarvin": in a headline naming several facilities the cue
  // speaks of the facility named nearest it
  const kind = nearestHeadlineKind(ctx, first, last, at, at);
  const candidates = kind ? projects.filter((p) => p.type === kind) : projects;
  const main = [...(candidates.length ? candidates : projects)].sort((a, b) => b.evidence.length - a.evidence.length)[0];
  // ("Bridge tender annulled" over "the bridge is not cancelled, he stressed": the body's denial of a stop stands)
  if (status.status === 'cancelled' && main.deniedStop) return;
  // (a stop in the headline is the news, as a stop told later in the body is: it replaces the earlier story the body
  // tells, "signed a contract in 2024", "works began in March", under "Velmora Power shelves Osk solar plant")
  if (main.statusStrength < STRONG || (status.status === 'cancelled' && supersedes(main.status, status.status) && !headlineAsks(ctx, last) && !deniesStop(ctx, main))) {
    main.status = status.status; main.statusStrength = status.strength;
  }
}

/** "The government cancelled the Amber Bay scheme on Monday." told before "The 300 MW Amber Bay wind farm was to be built
 * by ...": a firm stop of a scheme called by its name (project-status namedSchemeAt) is the status of the one project
 * whose name carries every word of that name, as a stop told of the works themselves would be. */
function applyNamedSchemeStops(ctx: Ctx, projects: ProjectDraft[]): void {
  for (const s of ctx.doc.sentences) {
    if (s.start < ctx.doc.bodyStart) continue;
    for (let k = s.first + 1; k <= s.last; k++) {
      const name = namedSchemeAt(ctx, k);
      if (!name) continue;
      const words = [...nameWords(ctx.toks.slice(name.first, name.last + 1).map((t) => t.text).join(' '))];
      if (!words.length) continue;
      // (the name in the project's own name, "the Amber Bay wind farm", or as its place, "a wind farm at Amber Bay")
      const carries = (n: string) => { const own = nameWords(n); return words.every((w) => own.has(w)); };
      const named = projects.filter((p) => carries(p.name) || [...p.places].some((i) => { const pl = ctx.entities.places[i]; return !!pl && pl.kind !== 'country' && carries(pl.name); }));
      if (named.length !== 1 || named[0].deniedStop || named[0].evidence.some((e) => e.start === s.start)) continue;
      const st = statusFor(ctx, s.first, s.last, name.first);
      if (st?.status === 'cancelled' && st.strength === STRONG) updateStatus(named[0], st);
    }
  }
}

/** "Osk solar plant halted?": a headline that asks states nothing. */
function headlineAsks(ctx: Ctx, last: number): boolean {
  return ctx.toks[last]?.text === '?';
}

/** "the plant is not halted, he said; construction continues": a sentence of the works' own, in the body, denies a stop
 * (a stop cue with a negation at most three words before it). */
function deniesStop(ctx: Ctx, p: ProjectDraft): boolean {
  const lex = getFacilityLexicon();
  for (const s of ctx.doc.sentences) {
    if (s.start < ctx.doc.bodyStart || !p.evidence.some((e) => e.start === s.start)) continue;
    for (let k = s.first; k <= s.last; k++) {
      if (phraseAt(lex.statuses, ctx.lowers, k)?.value !== 'cancelled') continue;
      for (let j = Math.max(s.first, k - 3); j < k; j++) if (phraseAt(lex.negations, ctx.lowers, j)) return true;
    }
  }
  return false;
}

/** "a second phase", "a third stage of the Tarvin wind farm", "the second line": an ordinal of a later stage
 * (project-words later_stage_ordinals) before a stage noun (later_stage_nouns) names a later stage of a project: the one
 * of the facility named right after "of", else the project under discussion. The stage is a project of that project's
 * kind and site, found again when the same stage is named later. */
function laterStageAt(ctx: Ctx, pw: Words, lex: ReturnType<typeof getFacilityLexicon>, i: number, current: ProjectDraft | null): { draft: ProjectDraft; last: number } | null {
  const ordinal = ctx.lowers[i - 1] ?? '';
  if (!pw.laterStageNouns.has(ctx.lowers[i]) || !pw.laterStageOrdinals.has(ordinal)) return null;
  // (only an indefinite phrase introduces the stage as works of their own: "the second line is running", "the park's
  // second phase" speak of a part of the project itself; but "the second phase" in a text that also speaks of "the
  // first phase" tells two stages apart, and each is works of its own)
  const definite = ordinal !== 'another' && !/^(a|an)$/.test(ctx.lowers[i - 2] ?? '');
  if (definite && !/^(the|its|their)$/.test(ctx.lowers[i - 2] ?? '')) return null;
  let host: ProjectDraft | null = null;
  let last = i;
  // "a second phase at Tarvin": the project at that place
  const m = ctx.mentionAt[i + 2];
  if (m?.label === 'PLACE' && m.first === i + 2 && pw.placePreps.has(ctx.lowers[i + 1])) {
    // (of several projects given that place, the one it pins down best: the one with the fewest places)
    const at = ctx.projects.filter((p) => p.places.has(m.entity) && !p.stageOf && !p.plural);
    host = at.sort((a, b) => a.places.size - b.places.size)[0] ?? null;
  }
  // "of the Tarvin wind farm", "of its copper smelter": the facility the stage belongs to
  if (ctx.lowers[i + 1] === 'of') {
    for (let k = i + 2; k <= Math.min(ctx.toks.length - 1, i + 6); k++) {
      if (ctx.toks[k].punct) break;
      const hit = phraseAt(lex.facilities, ctx.lowers, k);
      if (!hit) continue;
      host = [...ctx.projects].reverse().find((p) => p.type === hit.value.type && !p.stageOf && !p.plural) ?? null;
      if (!host) return null; // (a stage of works not named before: the facility phrase makes the project)
      last = hit.last;
      break;
    }
  }
  // ("the second hall": a stage noun that is only ever a part of some kinds, a hall of a data centre, looks back to the
  // last project of those kinds, not to a substation named in between)
  const kinds = pw.stageNounKinds.get(ctx.lowers[i]);
  if (kinds && !host) host = [...ctx.projects].reverse().find((p) => kinds.has(p.type) && !p.stageOf && !p.plural) ?? null;
  else host ??= current && !current.plural ? current : null;
  if (!host || (kinds && !kinds.has(host.type))) return null;
  // (a definite stage is works of its own only where the sentences about its project speak of a first one: "the first
  // phase" of another port in the same article does not make "the second phase" of this one a project)
  if (definite && !namesFirstStage(ctx, pw, ctx.lowers[i], host)) return null;
  const name = `${host.name} ${ordinal} ${ctx.lowers[i]}`;
  let draft = ctx.projects.find((p) => p.stageOf === host && p.name === name);
  if (!draft) {
    const places = new Set([...host.places].filter((x) => ctx.entities.places[x]?.kind !== 'country'));
    // (a stage told apart from a first one is pinned down by it, like a named one: "What has not survived is the second
    // phase." is kept though the text says nothing more of it)
    draft = newDraft(name, host.type, host.sector, host.capacityKinds, places, new Map(), last, ctx.doc.sentences[ctx.toks[i].sent].paragraph, definite, null, host.product, false);
    draft.stageOf = host;
    ctx.projects.push(draft);
  }
  draft.lastToken = last;
  return { draft, last };
}

/** "float" in "its first float line": a plain lower-case word, no function word, figure or name. */
function isStageModifier(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return Boolean(t) && !t.punct && !t.num && !t.cap && !ctx.quantityAt[k] && !ctx.mentionAt[k] && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !getLexicon().functionWords.has(t.lower);
}

/** A sentence about `host` speaks of a first stage of this noun: "the first phase", "its first float line", "the
 * initial stage". */
function namesFirstStage(ctx: Ctx, pw: Words, noun: string, host: ProjectDraft): boolean {
  for (const e of host.evidence) {
    const s = ctx.doc.sentences.find((x) => x.start === e.start);
    if (!s) continue;
    for (let k = s.first; k <= s.last; k++) {
      if (!pw.firstStageOrdinals.has(ctx.lowers[k])) continue;
      if (ctx.lowers[k + 1] === noun || (ctx.lowers[k + 2] === noun && isStageModifier(ctx, k + 1))) return true;
    }
  }
  return false;
}

/** What "the depot", "the plant" points back to: a definite noun agrees with the head noun of the project it
 * names, so "the depot" after "a fuel storage depot ... and an industrial park" is the depot, not the
 * park the text named last; a general anaphor that fits no recent project ("the project") is the one under
 * discussion. */
function referent(ctx: Ctx, pw: Words, i: number, current: ProjectDraft | null, paragraph: number): ProjectDraft | null {
  const w = ctx.lowers[i];
  const size = sizeBefore(ctx, i);
  // ("the plant" does not point back to "power plants" named in passing)
  const fits = (p: ProjectDraft) => {
    if (p.plural || p.stageOf) return false;
    // "the 45 MW plant" after "a 150-megawatt photovoltaic plant": a size the project does not have names another one
    if (size && p.capacity.some((c) => c.unit === size.unit) && !p.capacity.some((c) => c.unit === size.unit && Math.abs(c.value - size.value) <= 0.01 * c.value)) return false;
    return kindHeads(p.type).has(w) || namedBy(p);
  };
  const namedBy = (p: ProjectDraft) => { const name = p.name.toLowerCase(); return name.endsWith(` ${w}`) || name === w; };
  // "the Carvela hub" after a hub in Carvela City and a second one in Dunbarrow: a label the text gave no other reading
  // picks, of the projects the noun fits, the one whose place or name holds it, wherever the discussion has moved
  const label = labelBefore(ctx, i);
  if (label.first >= 0) {
    const named = lastWhere(ctx.projects, (p) => fits(p) && labelled(ctx, p, label));
    if (named) return named;
  }
  // ("a desalination plant ... to the Cerro copper mine" then "The $640 million plant was built ...": a word only among
  // the kind's heads of the project under discussion, a mine's "plant", yields to a project of another kind, of this
  // paragraph or the one before, whose own name ends in the word; "the facility" after "a hub ... and a second
  // facility" is still the hub)
  if (current && fits(current) && !namedBy(current)) {
    const named = lastWhere(ctx.projects, (p) => p !== current && p.type !== current.type && p.paragraph >= paragraph - 1 && sameSection(ctx, p.paragraph, paragraph) && fits(p) && namedBy(p));
    if (named) return named;
  }
  if (current && fits(current)) return current;
  // (of those under discussion, the one the text named last: "The hub is owned by X" after "the General Darvas hub" and
  // a part of it, though a second hub was introduced before)
  // (not across a subheading: "the line" under "Locomotives for Kessary" is not the water line of the part before)
  let recent: ProjectDraft | null = null;
  for (const p of ctx.projects) if (p.paragraph >= paragraph - 2 && sameSection(ctx, p.paragraph, paragraph) && fits(p) && (!recent || p.lastToken > recent.lastToken)) recent = p;
  if (recent) return recent;
  // (a labelled one the text gave no other reading, "the Shumen site of an old fortress", points back only to works still
  // under discussion: two paragraphs on, it names something else)
  if (pw.anaphors.has(w) && current && (label.first < 0 || current.paragraph >= paragraph - 1)) return current;
  // "- The plant is designed to produce ..." several fields after "1. ... of a pCAM plant": with nothing under
  // discussion, a definite noun names the one project of its kind the text has
  if (current) return null;
  const only = ctx.projects.filter(fits);
  return only.length === 1 ? only[0] : null;
}

/** "the pipeline" (a bare definite head at i..last) when a project of this paragraph or the one before, under the same
 * subheading, has a name ending in that word and the project under discussion does not: the latest such project. */
function bareHeadProject(ctx: Ctx, current: ProjectDraft | null, i: number, last: number, paragraph: number): ProjectDraft | null {
  if (last !== i || !/^(the|its|this)$/.test(ctx.lowers[i - 1] ?? '')) return null;
  const tail = ` ${ctx.lowers[i]}`;
  if (!current || current.name.toLowerCase().endsWith(tail)) return null;
  return lastWhere(ctx.projects, (p) => p !== current && !p.plural && !p.stageOf && p.paragraph >= paragraph - 1
    && sameSection(ctx, p.paragraph, paragraph) && p.name.toLowerCase().endsWith(tail)) ?? null;
}

/** Paragraphs a and b lie under the same subheading (sectionsOf). */
function sameSection(ctx: Ctx, a: number, b: number): boolean {
  return !ctx.sections || ctx.sections[a] === ctx.sections[b];
}

/** "the Carvela hub", "the General Darvas plant", "the Carvela City hub": the capitalised words between 'the' and the
 * noun at `i` (lower-cased), and the places among them; empty when the phrase has no such label. */
function labelBefore(ctx: Ctx, i: number): { words: string[]; places: number[]; first: number } {
  const words: string[] = [];
  const places: number[] = [];
  let k = i - 1;
  while (k >= Math.max(1, i - 4)) {
    const t = ctx.toks[k];
    const m = ctx.mentionAt[k];
    if (m?.label === 'PLACE' && m.last === k && !m.dateline) { places.push(m.entity); k = m.first - 1; continue; }
    if (!t.cap || t.punct || t.num || t.upper || m || ctx.quantityAt[k] || getLexicon().functionWords.has(t.lower)) break;
    words.unshift(t.lower);
    k--;
  }
  return (words.length || places.length) && DEFINITE.has(ctx.lowers[k]) ? { words, places, first: k + 1 } : NO_LABEL;
}
const NO_LABEL = { words: [] as string[], places: [] as number[], first: -1 };

/** The project's name or one of its places holds every word of the label ("Carvela" of "Carvela City"), or the project
 * stands in the places the label names. */
function labelled(ctx: Ctx, p: ProjectDraft, label: { words: string[]; places: number[] }): boolean {
  if (label.places.length && !label.places.some((x) => p.places.has(x))) return false;
  if (!label.words.length) return true;
  const holds = (text: string) => { const ws = text.toLowerCase().split(/[\s,–-]+/); return label.words.every((l) => ws.includes(l)); };
  return holds(p.name) || [...p.places].some((x) => { const place = ctx.entities.places[x]; return place !== undefined && holds(place.name); });
}

/** The figure between the determiner and the noun at i ("the 45 MW plant", "the 190-km single-circuit line"), if any. */
function sizeBefore(ctx: Ctx, i: number): Quantity | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const q = ctx.quantityAt[k];
    if (q) return q.kind === 'count' ? undefined : q;
    if (ctx.toks[k].punct || DEFINITE.has(ctx.lowers[k])) return undefined;
  }
  return undefined;
}

/** "the project", "this plant", "the new plant", "its expanded site": a definite noun phrase points back to the
 * project under discussion; an indefinite one ("a new project", "a specific new project") introduces another
 * thing or denies there is one, so an adjective alone does not make the reference. */
function isDefiniteReference(ctx: Ctx, i: number): boolean {
  // "the 190-km single-circuit line": up to two hyphened modifiers between the figure and the noun
  for (let n = 0; n < 2 && i > 1 && isHyphened(ctx.toks[i - 1].text) && !ctx.quantityAt[i - 1] && !ctx.moneyAt[i - 1]; n++) i--;
  // "the 142-km line", "this $2 billion project": a figure between the determiner and the noun
  let q = ctx.quantityAt[i - 1] ?? ctx.moneyAt[i - 1];
  if (q && q.first > 0) i = q.first;
  // ("the 50 MW / 100 MWh system", "the 50 MW/100 MWh battery": a battery's power and energy joined by a slash)
  while (q && ctx.lowers[i - 1] === '/' && (q = ctx.quantityAt[i - 2]) && q.first > 0) i = q.first;
  // ("the Carvela hub": over a label the text gave no other reading)
  const label = q ? -1 : labelBefore(ctx, i).first;
  const prev = ctx.lowers[(label >= 0 ? label : i) - 1] ?? '';
  if (DEFINITE.has(prev)) return true;
  if (label >= 0 || !REFERENCE_ADJECTIVES.has(prev)) return false;
  // walk back over further adjectives to the determiner
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    const w = ctx.lowers[k];
    if (DEFINITE.has(w)) return true;
    if (INDEFINITE.has(w) || ctx.toks[k].punct) return false;
  }
  return false;
}
// (sets, not regular expressions: isDefiniteReference runs for nearly every token of the text)
const DEFINITE = new Set(['the', 'this', 'that', 'its']);
const HYPHENED = /^[a-z]+-[a-z]+$/;
/** "single-circuit": the cheap test for a hyphen first, the pattern only then (this runs for nearly every token). */
function isHyphened(text: string): boolean {
  return text.includes('-') && HYPHENED.test(text);
}
const REFERENCE_ADJECTIVES = new Set(['new', 'enlarged', 'expanded', 'planned', 'whole']);
const INDEFINITE = new Set(['a', 'an', 'any', 'no', 'another', 'some', 'one']);

/** Acronyms the article defines for a facility: "the Coastal Light Railway (CLR)". */
function facilityAcronyms(ctx: Ctx): Map<string, FacilityKind> {
  const out = new Map<string, FacilityKind>();
  const lex = getFacilityLexicon();
  const { toks } = ctx;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (toks[k].text !== '(' || toks[k + 2].text !== ')' || !toks[k + 1].upper) continue;
    for (let s = k - 1; s >= Math.max(0, k - 4); s--) {
      const hit = phraseAt(lex.facilities, ctx.lowers, s);
      if (hit && hit.last === k - 1) { out.set(toks[k + 1].text, hit.value); break; }
    }
  }
  return out;
}

/** The sentence starting at `first` follows right on the last mention of the project, in the same paragraph. */
function continuesProject(ctx: Ctx, p: ProjectDraft, first: number): boolean {
  const prev = ctx.toks[first - 1];
  if (!prev) return false;
  const before = ctx.doc.sentences[prev.sent];
  return p.lastToken >= before.first && p.lastToken <= before.last && before.paragraph === ctx.doc.sentences[ctx.toks[first].sent].paragraph;
}

/** "How big will it be?", "How much?": a question with a word asking after a figure (project-words figure_questions). */
function asksFigure(ctx: Ctx, pw: Words, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (pw.figureQuestions.has(ctx.lowers[k]) && /^(how|so)$/.test(ctx.lowers[k - 1] ?? '')) return true;
  return false;
}

/** How many paragraphs back a sentence opening on the cost of the contract or works reaches for the works. */
const COST_SUBJECT_REACH = 3;

/** "The total value of the contract is ...", "The estimated cost of the project is ...", "The contract is worth ...": a
 * sentence that opens on the cost of a definite contract or works (cost nouns, signed papers, anaphors). */
function opensWithWorksCost(ctx: Ctx, pw: Words, first: number): boolean {
  if (ctx.lowers[first] !== 'the') return false;
  let k = first + 1;
  while (k <= first + 3 && COST_SUBJECT_ADJECTIVES.has(ctx.lowers[k])) k++;
  const paper = (w: string) => (pw.transactionNouns.has(w) || pw.anaphors.has(w)) && !/s$/.test(w);
  // "The contract is worth ..."
  if (k === first + 1 && paper(ctx.lowers[k]) && /^(is|was|will|would)$/.test(ctx.lowers[k + 1] ?? '') && /^(worth|valued)$/.test(ctx.lowers[k + 2] ?? '')) return true;
  // "The first phase is budgeted at ...", "The project will cost ...": the works or their first stage as the subject of
  // a verb of cost
  if (k === first + 1) {
    const j = pw.firstStageOrdinals.has(ctx.lowers[k]) && pw.stageNouns.has(ctx.lowers[k + 1] ?? '') ? k + 1 : k;
    if ((j > k || (pw.anaphors.has(ctx.lowers[j]) && !/s$/.test(ctx.lowers[j]))) && costVerbAt(ctx, j + 1)) return true;
  }
  if (!pw.costNouns.has(ctx.lowers[k] ?? '') || ctx.lowers[k + 1] !== 'of' || !/^(the|this)$/.test(ctx.lowers[k + 2] ?? '')) return false;
  return paper(ctx.lowers[k + 3] ?? '');
}
const COST_SUBJECT_ADJECTIVES = new Set(['total', 'overall', 'estimated', 'full', 'entire']);

/** "is budgeted at", "will cost", "is estimated to cost", "costs": a verb of cost from token k. */
function costVerbAt(ctx: Ctx, k: number): boolean {
  const words = ctx.lowers.slice(k, k + 4).join(' ');
  return COST_VERB.test(words);
}
const COST_VERB = /^(?:(?:is|was|will be|has been) (?:budgeted|priced|valued|costed) at|(?:will|would) cost|costs|(?:is|was) (?:estimated|expected) to cost)\b/;

/** The sentence before the one at `first` (in its paragraph or the one before) holds the project's last mention. */
function followsMention(ctx: Ctx, p: ProjectDraft, first: number): boolean {
  const prev = ctx.toks[first - 1];
  if (!prev) return false;
  const before = ctx.doc.sentences[prev.sent];
  return p.lastToken >= before.first && p.lastToken <= before.last;
}

/** A sentence without a facility name speaks of the current project when it refers to it or to its figures. */
function talksAboutProject(ctx: Ctx, first: number, last: number): boolean {
  const pw = projectWords();
  for (let k = first; k <= last; k++) if (pw.anaphors.has(ctx.lowers[k]) || pw.figureContext.has(ctx.lowers[k])) return true;
  return false;
}

/** The capitalised generic facility word at `head` ends a name that begins before the name at `nameFirst`: a capitalised
 * word that is no part of a recognised name stands right before it, inside the sentence ("the Connecting Europe
 * Facility"). Such a name is a fund's or a programme's ("the Southern Africa Power Facility"), not a plant's. */
function namesProgramme(ctx: Ctx, nameFirst: number, head: number, sentenceFirst: number): boolean {
  const before = ctx.toks[nameFirst - 1];
  if (!ctx.toks[head].cap || !before || nameFirst - 1 <= sentenceFirst) return false;
  return before.cap && !before.punct && !before.num && !ctx.mentionAt[nameFirst - 1] && !getLexicon().functionWords.has(before.lower);
}

/** The last item of `list` that `test` accepts (without copying and reversing the list). */
function lastWhere<T>(list: T[], test: (x: T) => boolean): T | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (test(list[k])) return list[k];
  return undefined;
}

/** One facility phrase may name several projects: "the A–B and A–C oil pipelines". */
function mentionProjects(ctx: Ctx, first: number, last: number, kind: FacilityKind, paragraph: number): ProjectDraft[] {
  const { toks, doc } = ctx;
  const pw = projectWords();
  // walk left over the noun phrase's modifiers
  let left = first;
  for (let k = first - 1; k >= doc.sentences[toks[first].sent].first; k--) {
    const t = toks[k];
    const m = ctx.mentionAt[k];
    if (m && m.label !== 'PERSON') { left = m.first; k = m.first; continue; }
    if (ctx.quantityAt[k]) { left = ctx.quantityAt[k]!.first; k = left; continue; }
    // "a precursor cathode active material (pCAM) plant": the short form glossed in parentheses and the words it
    // abbreviates are modifiers of the noun phrase too
    if (t.text === ')' && toks[k - 2]?.text === '(' && isAcronymGloss(ctx, k - 2, k)) { left = k - 2; k -= 2; continue; }
    // a glued dash joins route names ("Velmora–Tarvin"); a spaced one ends a dateline ("RABAT — ")
    if (DASHES.has(t.text)) { if (t.start === toks[k - 1]?.end && t.end === toks[k + 1]?.start) { left = k; continue; } break; }
    // ("The town's wool mill": a determiner capitalised only because it opens the sentence is no name)
    if (t.cap && !t.punct && !(getLexicon().functionWords.has(t.lower) && k === doc.sentences[t.sent].first)) { left = k; continue; }
    if (t.lower === 'and' && k > 0 && (toks[k - 1].cap || ctx.mentionAt[k - 1]) && hasDash(ctx, k - 1)) { left = k; continue; }
    if (getLexicon().functionWords.has(t.lower) && !t.upper) break;
    if (!t.punct && !t.num && !pw.stop.has(t.lower) && !getLexicon().functionWords.has(t.lower) && !/(ing|ed)$/.test(t.lower)) { left = k; continue; }
    if (t.num) { left = k; continue; }
    break;
  }
  // ("a knitting and dyeing plant": the words of a product the lexicon does not know belong to the name)
  if (kind.product && left === first) {
    const n = kind.product.split(' ').length;
    if (first - n >= 0 && ctx.lowers.slice(first - n, first).join(' ') === kind.product) left = first - n;
  }
  // route names in the modifiers: "Velmora–Tarvin", "Dunvale–Brenmoor–Calvaro", "Carmelo Peralta–Porto Murtinho";
  // each route is a list of place names (runs of capitalised words) joined by glued dashes; "and" starts another route
  const routes: { first: number; last: number; ends: { first: number; last: number }[] }[] = [];
  let ends: { first: number; last: number }[] = [];
  let run: { first: number; last: number } | null = null;
  const closeRoute = () => {
    if (run) ends.push(run);
    if (ends.length >= 2) routes.push({ first: ends[0].first, last: ends[ends.length - 1].last, ends });
    ends = []; run = null;
  };
  for (let k = left; k < first; k++) {
    const t = toks[k];
    if (t.cap && !t.punct && !(getLexicon().functionWords.has(t.lower) && !run)) { run = run ? { first: run.first, last: k } : { first: k, last: k }; continue; }
    if (DASHES.has(t.text) && run && t.start === toks[k - 1].end) { ends.push(run); run = null; continue; }
    closeRoute();
  }
  closeRoute();
  const drafts: ProjectDraft[] = [];
  const units = routes.length > 1 ? routes : [null];
  for (const route of units) {
    const nameFirst = route ? route.first : left;
    let nameText = doc.text.slice(toks[nameFirst].start, toks[last].end);
    if (route) nameText = `${doc.text.slice(toks[route.first].start, toks[route.last].end)} ${doc.text.slice(toks[routes[routes.length - 1].last + 1].start, toks[last].end)}`;
    nameText = stripDeterminer(nameText);
    const placeIdx = new Set<number>();
    const orgIdx = new Map<number, Role>();
    let proper = false;
    const span = route ?? { first: left, last: first - 1 };
    for (let k = span.first; k <= span.last; k++) {
      const m = ctx.mentionAt[k];
      if (m?.label === 'PLACE' && !m.dateline) { placeIdx.add(m.entity); proper = true; }
      // "the KESTREL MINERALS LLP plant", "Ardlow's refinery": the body that names the facility as its own owns it
      if (m?.label === 'ORG') { orgIdx.set(m.entity, ownsByName(ctx, m, first) ? 'owner' : 'partner'); proper = true; }
      // (a nation's adjective alone names no facility: "The Georgian rail link: more trains" as a subheading)
      if (ctx.quantityAt[k] || (toks[k].cap && !loadGazetteer().demonym(toks[k].text))) proper = true;
    }
    for (const x of placesInName(ctx, span.first, span.last)) placeIdx.add(x);
    // route ends that the gazetteer did not know are sites
    for (const r of route ? [route] : routes.length === 1 ? routes : []) {
      for (const e of r.ends) {
        const m = ctx.mentionAt[e.first];
        if (m?.label === 'PLACE' && m.last === e.last) continue;
        if (m && m.label !== 'PLACE') continue;
        // "Tarvin North–Tarvin South": an interchange or station named by a town and a bearing is in that town
        if (m && isBearingSuffix(ctx, pw, m.last + 1, e.last)) continue;
        placeIdx.add(addSite(ctx, e.first, e.last));
      }
    }
    // "the Tarlan hydropower plant", "the Tasbulak mine": a lone capitalised word the text gives no other reading,
    // right before the word for a facility that is named after its site, is that site
    if (!routes.length && pw.siteNamedKinds.has(kind.type)) {
      const k = first - 1;
      const t = toks[k];
      const before = toks[k - 1];
      // ("the Tarlan-2 plant": a name with a unit number is the plant's own name, not its site)
      if (t && t.cap && !t.upper && !t.punct && !t.num && !/\d/.test(t.text) && !ctx.mentionAt[k] && !ctx.quantityAt[k] && k > doc.sentences[t.sent].first
        && !(before && before.cap && !before.punct && !ctx.quantityAt[k - 1]) && !getLexicon().functionWords.has(t.lower) && !loadGazetteer().demonym(t.text)
        // ("the Korvath treatment plant" after "Korvath Water": the first word of a body's name is that body's short name;
        // power plants, mines, fields and ports keep their site though, since their project companies take its name,
        // "Corvel Wind S.R.L." for "the Corvel wind farm")
        && !(!siteNamedByCompanyToo().has(kind.type) && opensOrganizationName(ctx, t.lower))) {
        placeIdx.add(addSite(ctx, k, k));
        proper = true;
      }
    }
    const routeKey = route || routes.length === 1 ? nameText.toLowerCase() : null;
    // an earlier mention of the same project: within one article, a facility of the same type is the same
    // one unless something tells them apart (another route, places that do not overlap, another figure)
    const subPlaces = (set: Set<number>) => [...set].filter((x) => ctx.entities.places[x]?.kind !== 'country');
    const newPlaces = subPlaces(placeIdx);
    // ("a possible second plant of around 30 MW" after "the 45 MW plant": a power size after 'of' tells plants apart
    // too; "an ammonia unit of 500,000 tonnes" in a fertilizer complex is a part's output, so other sizes do not)
    const sizeAfter = sizeAfterOf(ctx, last);
    const premodQuantity = ctx.quantityAt[span.last] ?? ctx.quantityAt[span.first] ?? (sizeAfter?.kind === 'power' ? sizeAfter : undefined);
    const sentenceFirst = doc.sentences[toks[first].sent].first;
    // "... signed an MoU on a 900 t/d waste-to-energy plant near Kessary": an indefinite phrase placed somewhere the
    // earlier facility of its kind is not introduces another one
    let placedAfter = isIndefinite(ctx, left) ? placesAfter(ctx, pw, last) : [];
    if (!placedAfter.length && isIndefinite(ctx, left)) placedAfter = placesAfterArticle(ctx, last);
    // ("In Tulcea, a river jetty built by X was opened": a place fronted before the clause of an indefinite phrase)
    if (!placedAfter.length && isIndefinite(ctx, left)) placedAfter = frontedPlace(ctx, sentenceFirst, left);
    // ("supplied turbines for a wind farm in Mongolia" after a wind farm in Zhanatas: an indefinite phrase placed in a
    // country none of the earlier facility's places lie in introduces another one)
    const countryAfter = isIndefinite(ctx, left) ? countryPlacedAfter(ctx, pw, last) : null;
    // ("the cold-storage facility in Cebu City" after a hub in Davao City: a definite phrase placed in a town other
    // than the towns the earlier facility stands in names another facility)
    const townAfter = ctx.lowers[left - 1] !== 'the' ? [] : placesAfter(ctx, pw, last).filter((x) => ctx.entities.places[x]?.kind === 'city');
    const pluralHere = isPlural(ctx, first, last, kind, routes.length);
    // "the $30 million factory" after "a $200 million tyre factory": a different cost is another facility
    const premodMoney = moneyBefore(ctx, first);
    // ("an assembly plant", "a components plant" say how, not what: no product to tell plants apart)
    const product = kind.product && !pw.processWords.has(kind.product) ? kind.product : undefined;
    // ("a knitting and dyeing plant": the article before the words of an unlisted product)
    const article = product !== undefined ? ctx.lowers[first - product.split(' ').length - 1] : undefined;
    const indefinite = isIndefinite(ctx, left) || article === 'a' || article === 'an';
    const oneProduct = pw.oneProductTypes.has(kind.type);
    const sentenceStart = doc.sentences[toks[first].sent].start;
    // ("a bonded warehouse": the article before describing words the name's walk left out)
    const indefiniteNp = indefinite || opensIndefinitely(ctx, left);
    const compatible = (p: ProjectDraft) => {
      if (p.type !== kind.type || p.stageOf) return false;
      // ("a cement plant in Osk and a glass plant in Dara", "a wind farm in A and a wind farm in B": a second indefinite
      // phrase of the kind in the sentence that first named the earlier works names other works; the earlier one has no
      // places yet to tell them apart, since the sentence gives them only once read; a fleet comes in batches though)
      // ("the Kessary Point water project, a reverse-osmosis plant on the coast": an apposition restates it)
      if (indefiniteNp && p.openedIndefinite && kind.type !== 'rolling_stock' && p.evidence.length === 1 && p.evidence[0].start === sentenceStart
        && p.lastToken < first && !(toks[left - 1]?.text === ',' && p.lastToken === left - 2)) return false;
      // "a ferrosilicon plant" and "to assemble locomotives": plants named by different products are different plants
      // ("the battery separator film plant" is still "the separator plant": a name that holds the other's product word)
      if (product && p.product && product !== p.product && pw.oneProductTypes.has(p.type) && !nameText.toLowerCase().includes(p.product) && !p.name.toLowerCase().includes(product)) return false;
      // ("a $280 million tyre factory" ... "signed a lease for a knitting and dyeing plant": an indefinite plant named by a
      // product is another plant than one whose name does not hold that product)
      if (product && !p.product && oneProduct && indefinite && !p.name.toLowerCase().includes(product)) return false;
      if (premodMoney && p.amount && p.amount.currency === premodMoney.currency && Math.abs(p.amount.value - premodMoney.value) > 0.01 * p.amount.value) return false;
      // "the pipelines that cross Velmora" ... "the Trans-Kessary pipeline": one facility is not the class named before
      if (p.plural && !pluralHere) return false;
      if (placedAfter.length && subPlaces(p.places).length && !placedAfter.some((x) => p.places.has(x))) return false;
      if (countryAfter && p.places.size && ![...p.places].some((x) => ctx.entities.places[x]?.country === countryAfter)) return false;
      if (townAfter.length && [...p.places].some((x) => ctx.entities.places[x]?.kind === 'city') && !townAfter.some((x) => p.places.has(x))) return false;
      if (routeKey !== null && p.routeKey !== null) return p.routeKey === routeKey;
      if ((routeKey !== null) !== (p.routeKey !== null) && newPlaces.length && !newPlaces.some((x) => p.places.has(x))) return false;
      const old = subPlaces(p.places);
      if (newPlaces.length && old.length && !newPlaces.some((x) => p.places.has(x))) return false;
      // a different figure is another facility, except a smaller batch of a fleet order ("the first 40 of 200 wagons")
      if (premodQuantity && p.capacity.length && !p.capacity.some((c) => Math.abs(c.value - premodQuantity.value) <= 0.01 * c.value
        || (kind.type === 'rolling_stock' && premodQuantity.value < c.value))) return false;
      // ("a 12 MW solar farm at Calafat ...; ... a 4 MW solar plant for Cahul": a project first named earlier in this
      // sentence has no figures yet, which the sentence gives only once read; the size in its name tells them apart)
      if (premodQuantity && !p.capacity.length && p.lastToken >= sentenceFirst && kind.type !== 'rolling_stock') {
        const own = sizeInName(ctx, p.lastToken, sentenceFirst);
        if (own && own.unit === premodQuantity.unit && Math.abs(own.value - premodQuantity.value) > 0.01 * own.value) return false;
      }
      return true;
    };
    // "a new refinery", "another refinery", "a second plant": an indefinite phrase that says it is another one
    // ("A second plant, in Dessa, will make truck tyres": a place set off by commas is the phrase's own too)
    const another = introducesAnother(ctx, left, first, placedAfter.length > 0 || placesAfter(ctx, pw, last).length > 0 || placesAfterArticle(ctx, last).length > 0 || premodQuantity !== undefined
      || (toks[last + 1]?.text === ',' && placesAfter(ctx, pw, last + 1).length > 0));
    let draft = another ? undefined : lastWhere(ctx.projects, compatible);
    // "the Kessary plant": a generic facility word naming a project already known by its place or owner
    if (!draft && kind.type === 'manufacturing_plant' && kind.phrases.length === 0) {
      draft = [...ctx.projects].reverse().find((p) => !p.stageOf && [...placeIdx].some((x) => p.places.has(x)) || [...orgIdx.keys()].some((o) => p.orgs.has(o)));
    }
    if (!draft) {
      draft = newDraft(nameText, kind.type, kind.sector, kind.capacity_kinds, placeIdx, orgIdx, last, paragraph, proper, routeKey, product, pluralHere);
      draft.openedIndefinite = indefiniteNp;
      if (another) draft.anotherAt = last;
      if (isCountedGroup(ctx, first, last)) draft.group = true;
      // "X is the main contractor on three regional roads. The Tarvin–Kessary road ...": each road named after
      // a counted group of its kind inherits the parties given for the group
      else {
        const group = lastWhere(ctx.projects, (p) => p.group === true && p.type === kind.type && p.paragraph >= paragraph - 2);
        if (group) for (const [o, r] of group.orgs) if (!draft.orgs.has(o)) draft.orgs.set(o, r);
      }
      ctx.projects.push(draft);
    } else {
      for (const p of placeIdx) draft.places.add(p);
      for (const [o, r] of orgIdx) if (!draft.orgs.has(o)) draft.orgs.set(o, r);
      if (proper && !draft.proper) { draft.name = nameText; draft.proper = true; }
      if (!pluralHere) draft.plural = false;
      draft.paragraph = paragraph;
      draft.product ??= product;
    }
    draft.lastToken = last;
    const s = doc.sentences[toks[first].sent];
    if (!draft.evidence.some((e) => e.start === s.start)) draft.evidence.push({ start: s.start, end: s.end });
    drafts.push(draft);
  }
  return drafts;
}

/** The size named before the facility head ending at `last` ("a 12 MW solar farm"), over at most four describing words;
 * not a count ("two wharves"). */
function sizeInName(ctx: Ctx, last: number, sentenceFirst: number): Quantity | undefined {
  for (let k = last - 1; k >= Math.max(sentenceFirst, last - 5); k--) {
    const q = ctx.quantityAt[k];
    if (q) return q.kind === 'count' ? undefined : q;
    if (ctx.toks[k].punct || DEFINITE.has(ctx.lowers[k]) || INDEFINITE.has(ctx.lowers[k])) return undefined;
  }
  return undefined;
}

/** "In Tulcea, a river jetty ...", "At Calafat, on the Danube, a new port ...": the place a sentence opens on, set off by
 * a comma, when the facility phrase (from `left`) follows within a short apposition; [] when none. */
function frontedPlace(ctx: Ctx, sentenceFirst: number, left: number): number[] {
  if (!projectWords().placePreps.has(ctx.lowers[sentenceFirst]) || left - sentenceFirst > 12) return [];
  const m = ctx.mentionAt[sentenceFirst + 1];
  if (!m || m.label !== 'PLACE' || m.first !== sentenceFirst + 1 || ctx.toks[m.last + 1]?.text !== ',') return [];
  // (only commas and an apposition between: "In Luganville, on Santo, a jetty", not "In Tulcea the firm that built a jetty")
  const last = ctx.lowers[left - 1] === 'a' || ctx.lowers[left - 1] === 'an' ? left - 2 : left - 1;
  if (ctx.toks[last]?.text !== ',') return [];
  return ctx.entities.places[m.entity]?.kind === 'country' ? [] : [m.entity];
}

/** A sum of money right before a facility noun, over its describing words ("the $30 million factory"). */
function moneyBefore(ctx: Ctx, first: number): Money | null {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const m = ctx.moneyAt[k];
    if (m) return m;
    if (ctx.toks[k].punct || /^(a|an|the|its|this|their)$/.test(ctx.lowers[k])) return null;
  }
  return null;
}

/** "three regional roads", "two new plants": a plural facility noun after a count of at least two. */
function isCountedGroup(ctx: Ctx, first: number, last: number): boolean {
  const w = ctx.lowers[last];
  if (!/[^s]s$/.test(w)) return false;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (ctx.moneyAt[k] || ctx.toks[k].punct) return false;
    const q = ctx.quantityAt[k];
    if (q) return q.kind === 'count' && q.value >= 2;
    const n = parseNumber(ctx.toks, k);
    if (n) return n.value >= 2 && n.last === k;
  }
  return false;
}

/** "19 tunnels and 31 bridges": a count of parts (the bridges of a line) rather than one work of its own. */
function isCountedPlural(ctx: Ctx, first: number, last: number): boolean {
  const w = ctx.lowers[last];
  if (!/[^s]s$/.test(w)) return false;
  const q = ctx.quantityAt[first - 1];
  return Boolean(q && q.kind === 'count') || Boolean(ctx.toks[first - 1]?.num);
}

/** "a plant", "an 80 MW farm": the noun phrase starting at `left` has an indefinite article. */
/** Right after the facility phrase ending at `last` (within four words, no punctuation), a country after a place
 * preposition ("a wind farm in Mongolia"): its country code; null otherwise. */
function countryPlacedAfter(ctx: Ctx, pw: Words, last: number): string | null {
  for (let k = last + 1; k <= Math.min(ctx.toks.length - 1, last + 4); k++) {
    if (ctx.toks[k].punct) return null;
    const m = ctx.mentionAt[k];
    if (!m) continue;
    const place = m.label === 'PLACE' ? ctx.entities.places[m.entity] : undefined;
    return place?.kind === 'country' && !m.dateline && pw.placePreps.has(ctx.lowers[m.first - 1] ?? '') ? place.country : null;
  }
  return null;
}

function isIndefinite(ctx: Ctx, left: number): boolean {
  const w = ctx.lowers[left - 1];
  const v = ctx.lowers[left];
  return w === 'a' || w === 'an' || v === 'a' || v === 'an';
}

/** "a bonded warehouse", "an upgraded terminal": 'a' or 'an' before the name at `left` over up to three lower-case
 * describing words. */
function opensIndefinitely(ctx: Ctx, left: number): boolean {
  let k = left - 1;
  while (k >= 0 && left - k <= 3 && !ctx.toks[k].punct && !ctx.toks[k].cap && !ctx.toks[k].num && !getLexicon().functionWords.has(ctx.lowers[k])) k--;
  return ctx.lowers[k] === 'a' || ctx.lowers[k] === 'an';
}

/** "a brand-new refinery", "another plant", "a second line": the noun phrase introduces a facility not named before.
 * `placed`: a place or a size of its own follows or opens the phrase. */
function introducesAnother(ctx: Ctx, left: number, first: number, placed: boolean): boolean {
  const det = ctx.lowers[left - 1] === 'a' || ctx.lowers[left - 1] === 'an' ? left - 1 : ctx.lowers[left] === 'a' || ctx.lowers[left] === 'an' ? left : -1;
  const other = projectWords().otherWords;
  // ("a second, smaller plant": the ordinal before a comma the noun phrase's walk stopped at; "a second facility in
  // Dunbarrow", "a further plant on Java": the ordinal right before the noun, when the phrase has a place or a size of its
  // own; without either, "a second kiln" may be more of the same works)
  if ((ctx.toks[left - 1]?.text === ',' || placed) && introducedAsAnother(ctx, first)) return true;
  for (let k = Math.max(0, left - 1); k < first; k++) {
    if (ctx.lowers[k] === 'another') return true;
    if (det >= 0 && k > det && other.has(ctx.lowers[k])) return true;
  }
  return false;
}

/** "refineries", "wind farms": a plural facility word without a count before it (fleets are plural by nature). */
function isPlural(ctx: Ctx, first: number, last: number, kind: FacilityKind, routes: number): boolean {
  if (kind.type === 'rolling_stock' || routes > 1) return false;
  // "to assemble locomotives": the plural names the products of a factory, not a class of facilities
  const named = phraseAt(getFacilityLexicon().facilities, ctx.lowers, first);
  if (named && madeByPlants().has(named.value.type)) return false;
  // ("new road links in the valley": a plural noun after the facility word heads the compound)
  const w = isPluralCompoundHead(ctx.lowers[last + 1]) && !ctx.toks[last + 1].cap ? ctx.lowers[last + 1] : ctx.lowers[last];
  if (!/[^s]s$/.test(w) || w.endsWith('ss') || w === 'gas' || w === 'works' || w === 'series' || w === 'premises') return false;
  // a count before the noun, over its adjectives ("two refineries", "three new solar plants"); the digits of a sum of
  // money ("$300 million for refineries"), a year or a figure of another phrase ("since 1990, mostly for hospitals",
  // "30 bcm a year through the pipelines") are none
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const t = ctx.toks[k];
    if (ctx.moneyAt[k] || t.punct || (getLexicon().functionWords.has(t.lower) && !parseNumber(ctx.toks, k))) break;
    if (ctx.quantityAt[k] || t.num || parseNumber(ctx.toks, k)) return false;
  }
  return true;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'new']);
function stripDeterminer(name: string): string {
  const sp = name.indexOf(' ');
  return sp > 0 && DETERMINERS.has(name.slice(0, sp).toLowerCase()) ? name.slice(sp + 1).trim() : name.trim();
}

function hasDash(ctx: Ctx, k: number): boolean {
  for (let j = k; j >= Math.max(0, k - 4); j--) if (DASHES.has(ctx.toks[j].text)) return true;
  return false;
}

let companySiteKinds: Set<string> | null = null;
function siteNamedByCompanyToo(): Set<string> {
  companySiteKinds ??= new Set(loadJson<{ site_named_by_company_too: string[] }>('lexicon/project-words.json').site_named_by_company_too);
  return companySiteKinds;
}

/** Some organisation of the document has a name or alias whose first word is `lower`. */
function opensOrganizationName(ctx: Ctx, lower: string): boolean {
  return ctx.entities.organizations.some((o) => [o.name, ...o.aliases].some((n) => n.split(/\s+/, 1)[0].toLowerCase() === lower));
}

/** A place named only as a route end ("Velmora" in "Velmora–Tarvin pipeline") becomes a site. */
function addSite(ctx: Ctx, first: number, last: number): number {
  const name = ctx.doc.text.slice(ctx.toks[first].start, ctx.toks[last].end);
  const places = ctx.entities.places;
  const i = places.findIndex((p) => p.name === name);
  if (i >= 0) return i;
  const country = [...places].find((p) => p.kind !== 'country' && p.country)?.country ?? null;
  places.push({ id: `site:${name.toLowerCase()}`, name, aliases: [], kind: 'site', country, mentions: [] });
  return places.length - 1;
}

/** Attributes from the sentence of a project mention: figures, places, partners and status. */
function attach(ctx: Ctx, p: ProjectDraft, first: number, last: number, at: number, ats: number[], background = false, projectsInSentence = ats.length): void {
  const pw = projectWords();
  attachPlaces(ctx, p, first, last, at, projectsInSentence);
  attachFigures(ctx, p, first, last, at, ats);
  // a sentence of history ("commissioned in 1979", "in 2007 it took a stake") tells who was involved and what
  // happened then, not who the partners of the news are or where the project stands now
  if (background) return;
  // partners: the bodies of the sentence and their parts (project-orgs)
  attachClauseParties(ctx, p, first, last, at, ats, projectsInSentence);
  // status: the first firm cue about the project stands; a weak one only fills a gap
  const st = statusFor(ctx, first, last, at, ats);
  if (st?.revives) reviveStatus(p, st.status);
  else if (st) updateStatus(p, st);
}

/** The first firm cue about a project stands and a weak one only fills a gap; a later firm stop replaces it
 * (project-status supersedes), remembering what it replaced. */
function updateStatus(p: ProjectDraft, st: { status: Status; strength: number; stated?: boolean }): void {
  if (!(st.strength > p.statusStrength || (st.strength === STRONG && supersedes(p.status, st.status, st.stated)))) return;
  if (st.status === 'cancelled' && p.status !== 'cancelled') p.beforeStop = p.status;
  p.status = st.status;
  p.statusStrength = st.strength;
}

/** "The court annulled the permit ... the ministry said the project is not cancelled": a later firm denial of the stop
 * takes it back; the project returns to the stage it had before (announced when none was known). */
function reviveStatus(p: ProjectDraft, said: Status): void {
  p.deniedStop = true;
  if (p.status !== 'cancelled') return;
  // ("is not cancelled, and work continues on site": what the sentence says instead, else the stage before the stop)
  p.status = said !== 'unknown' && said !== 'cancelled' ? said : p.beforeStop && p.beforeStop !== 'unknown' ? p.beforeStop : 'announced';
  p.statusStrength = STRONG;
}

/** A verb cue followed (within its object noun phrase) by a word for paperwork or preparation. */
function takesProcessObject(ctx: Ctx, cueLast: number, last: number): boolean {
  const lex = getFacilityLexicon();
  const facilities = lex.facilities;
  for (let k = cueLast + 1; k <= Math.min(last, cueLast + 5); k++) {
    if (ctx.toks[k].punct || phraseAt(facilities, ctx.lowers, k) || ctx.mentionAt[k]) return false;
    if (lex.processObjects.has(ctx.lowers[k])) return true;
  }
  return false;
}

/** "no new study had been commissioned", "the feasibility study was completed": a passive cue whose subject, right
 * before its auxiliaries, is paperwork reports a step of preparation, not the facility's stage. */
function hasProcessSubject(ctx: Ctx, first: number, cue: number): boolean {
  let k = cue - 1;
  while (k >= first && PASSIVE_AUXILIARIES.has(ctx.lowers[k])) k--;
  return k < cue - 1 && k >= first && getFacilityLexicon().processObjects.has(ctx.lowers[k]);
}
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

/** A date right after a status cue ("opened in 2018", "commissioned in 1979") years before publication. */
function datedLongAgo(ctx: Ctx, cueLast: number, last: number): boolean {
  const pub = ctx.doc.meta.published;
  if (!pub) return false;
  const year = Number(pub.slice(0, 4));
  for (const d of ctx.doc.dates) {
    if (d.first <= cueLast || d.first > Math.min(last, cueLast + 3)) continue;
    if (d.precision !== 'day' && !/\d{4}/.test(d.text)) continue;
    return Number(d.value.slice(0, 4)) < year - BACKGROUND_YEARS;
  }
  return false;
}

/** A sentence dated only years before the article ("built in 1979", "in March 2004") is background. */
function isBackground(ctx: Ctx, first: number, last: number): boolean {
  const pub = ctx.doc.meta.published;
  if (!pub) return false;
  // "a plan announced in 2016 has been shelved", "the line, opened in 2017, is now being extended": an old date in
  // a side clause, the news in the present (perfect) of the main verb
  for (let k = first; k < last; k++) {
    if (PRESENT_AUX.has(ctx.lowers[k]) && PRESENT_NEXT.has(ctx.lowers[k + 1])) return false;
  }
  const year = Number(pub.slice(0, 4));
  let old = false;
  for (const d of ctx.doc.dates) {
    if (d.first < first || d.last > last) continue;
    // "in March of that year": a month without its year is placed by the reader, not by the calendar
    if (d.precision !== 'day' && !/\d{4}/.test(d.text)) continue;
    const y = Number(d.value.slice(0, 4));
    if (y >= year - BACKGROUND_YEARS) return false;
    old = true;
  }
  // "shut in the 1990s": a decade that ended years before the news
  for (let k = first; k <= last; k++) {
    const m = /^(\d{3})0s?$/.exec(ctx.lowers[k]);
    if (!m || (!ctx.lowers[k].endsWith('s') && !(ctx.lowers[k + 1] === 's' && ctx.toks[k + 1].start === ctx.toks[k].end))) continue;
    if (Number(m[1]) * 10 + 9 >= year - BACKGROUND_YEARS) return false;
    old = true;
  }
  return old;
}
const PRESENT_AUX = new Set(['has', 'have', 'is', 'are']);
const PRESENT_NEXT = new Set(['been', 'being', 'now']);
/** How many years before publication a dated event counts as history rather than news. */
const BACKGROUND_YEARS = 4;

/** Is the facility mention at `at` the nearest one to token k among the sentence's mentions? */
function nearestProject(k: number, at: number, ats: number[], ctx?: Ctx): boolean {
  // (with ctx: "... a 12 MW solar farm, which X will build for $50 million; across the sea, Y tendered a 4 MW plant": a
  // figure goes to the mentions of its own clause between semicolons before a nearer one across a semicolon)
  let pool = ats;
  if (ctx) {
    const inClause = (a: number) => !semicolonBetween(ctx, a, k);
    if (ats.some(inClause)) pool = ats.filter(inClause);
    if (!pool.includes(at)) return false;
  }
  const d = Math.abs(k - at);
  return pool.every((a) => a === at || Math.abs(k - a) >= d);
}

function semicolonBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (ctx.toks[k].text === ';') return true;
  return false;
}

function attachFigures(ctx: Ctx, p: ProjectDraft, first: number, last: number, at = -1, ats: number[] = [], looseSum = false): void {
  const { doc } = ctx;
  const pw = projectWords();
  const oldPlan = speaksOfOldPlan(ctx, pw, first, last);
  if (p.stale?.size && !oldPlan) reviseFigures(ctx, p, first, last);
  const had = new Set<Capacity | Amount>(p.capacity);
  if (p.amount) had.add(p.amount);
  // (the size of a part listed so far, "includes a 1.2-km bridge", is no size of the project's own: the 18.5 km of "the
  // 18.5-km section includes a 1.2-km bridge" is still its capacity)
  if (p.capacity.every((c) => p.partSizes?.has(c))) {
    let best: Quantity | null = null;
    let bestDist = Infinity;
    for (const q of doc.quantities) {
      if (q.first < first || q.last > last || ctx.usedQuantities.has(q)) continue;
      if (!p.capacityKinds.includes(q.kind)) continue;
      if (q.kind === 'energy' && q.perYear) continue; // yearly output is not capacity
      if (q.kind === 'count' && p.type !== 'rolling_stock' && !p.capacityKinds.includes('count')) continue;
      if (isVisitorCount(p.type, q)) continue;
      // ("two 30 MW units", "turbines, each of 6 MW": the size of one unit, not of the plant; "to add 1,500 MW by 2030":
      // a target)
      if (isUnitSize(ctx, q) || isTargetFigure(ctx, q.first, q.last) || isOfftake(ctx, q)) continue;
      // ("84 turbines of 6 MW, a total of 504 MW": the total of the units just sized is the plant's own size)
      if ((isAggregate(ctx, q.first, q.last, pw, false) && !sumsUnitSizes(ctx, q)) || isBaseline(ctx, q) || isPastThroughput(ctx, pw, q)) continue;
      if (ats.length > 1 && !nearestProject(q.first, at, ats, ctx)) continue; // the figure of another facility in the sentence
      // ("23 turbines, each of 6 MW, for a total installed capacity of 138 MW": a figure stated as a capacity comes
      // before the nearest figure)
      const dist = (statedAsCapacity(ctx, pw, q) ? 0 : 10_000) + (at < 0 ? q.first - first : Math.min(Math.abs(q.first - at), Math.abs(q.last - at)));
      if (dist < bestDist) { best = q; bestDist = dist; }
    }
    if (best) addCapacity(ctx, p, best);
  }
  // a second figure of another unit or item in the facility's own sentence ("1,200 t/d and 24 MW",
  // "200 wagons and six locomotives") is capacity too; a second figure in the same unit is usually a comparison
  // (in a sentence that names no facility but speaks of the project, only another named product of its unit: "Planned
  // output is up to 880,000 t of urea a year, plus up to 80,000 t of methanol")
  if (p.capacity.length) {
    for (const q of doc.quantities) {
      if (at < 0 && !(q.first >= first && q.last <= last && !ctx.usedQuantities.has(q) && p.capacity.length < 3 && p.capacityKinds.includes(q.kind)
        && q.kind !== 'count' && !isTargetFigure(ctx, q.first, q.last) && !isAggregate(ctx, q.first, q.last, pw, false) && otherProduct(ctx, p, q, first, last))) continue;
      if (q.first < first || q.last > last || ctx.usedQuantities.has(q) || p.capacity.length >= 3) continue;
      if (!p.capacityKinds.includes(q.kind) || (q.kind === 'energy' && q.perYear)) continue;
      if (q.kind === 'count' && p.type !== 'rolling_stock' && !p.capacityKinds.includes('count')) continue;
      if (isVisitorCount(p.type, q) || isUnitSize(ctx, q) || isTargetFigure(ctx, q.first, q.last) || isOfftake(ctx, q)) continue;
      if ((isAggregate(ctx, q.first, q.last, pw, false) && !sumsUnitSizes(ctx, q)) || isBaseline(ctx, q) || isPastThroughput(ctx, pw, q) || (ats.length > 1 && !nearestProject(q.first, at, ats, ctx))) continue;
      // ("120,000 t of MHP a year, containing about 60,000 t of nickel": the same unit of another named product is
      // another output of the plant, not a comparison)
      const other = p.capacity.every((c) => c.unit !== q.unit || (q.kind === 'count' && c.item !== q.item)) || otherProduct(ctx, p, q, first, last);
      // ("600,000 t of propylene ... a polypropylene unit with a capacity of 450,000 t": a figure stated as a capacity
      // is one, in whatever unit, unless it is a comparison or an earlier size)
      if (other || statedAsCapacity(ctx, pw, q)) addCapacity(ctx, p, q);
    }
  }
  // "a heating plant of 20 MW and 19 km of new heating pipes", "Together with about 21.6 km of access roads, the project
  // ...": the length of a linear part of the works, in their sentence, is an item capacity whatever their kind (a line's
  // own kind: "we have opened 200 km of road since 2012" about a road is its network's record, not a part)
  for (const q of linearKinds().has(p.type) ? [] : doc.quantities) {
    if (q.first < first || q.last > last || ctx.usedQuantities.has(q) || p.capacity.length >= 4 || q.kind !== 'length') continue;
    // (the part itself may be a facility mention, "access roads": it competes for no figure of its own phrase)
    const others = ats.filter((a) => a === at || a < q.first || a > q.last + 5);
    if (isTargetFigure(ctx, q.first, q.last) || isAggregate(ctx, q.first, q.last, pw, false) || (others.length > 1 && !nearestProject(q.first, at, others, ctx))) continue;
    const item = partLength(ctx, q);
    if (!item || p.capacity.some((c) => c.unit === q.unit && Math.abs(c.value - q.value) <= 0.01 * c.value)) continue;
    addCapacity(ctx, p, q);
    p.capacity[p.capacity.length - 1].item ??= item;
    (p.partSizes ??= new Set()).add(p.capacity[p.capacity.length - 1]);
  }
  // a loose sum needs a project pinned down by a name, a place, a figure (this sentence's capacity counts:
  // "output is 880,000 t a year, and the total bill is $1.2 billion") or a second mention
  const pinned = p.proper || p.capacity.length > 0 || p.evidence.length >= 2 || [...p.places].some((x) => ctx.entities.places[x]?.kind !== 'country');
  // (an amount that was one backer's share, "the bank is lending $180 million", gives way to the cost of the works
  // stated later, "the roughly $520 million cost": the total cost wins over the first loan figure)
  const shareOnly = p.amount !== null && isFinancingAmount(p.amount) && !oldPlan;
  if ((!p.amount || shareOnly) && (!looseSum || pinned)) {
    let best: Money | null = null;
    let bestRank = Infinity;
    for (const m of doc.money) {
      if (m.first < first || m.last > last || ctx.usedMoney.has(m) || m.conversionOf !== undefined) continue;
      // (a grant or a sum another party adds is one giver's part, "a grant of $8 million ... the department will add $3 million")
      if (isAggregate(ctx, m.first, m.last, pw) || isOfferedOnly(ctx, pw, m.first) || paysForPreparation(ctx, m) || isShareOfCost(ctx, m)) continue;
      if (ats.length > 1 && !nearestProject(m.first, at, ats, ctx)) continue;
      const role = moneyRole(ctx, m);
      if (shareOnly && role !== 'cost') continue;
      // a sum stated as the cost comes before the nearest sum; then the nearest
      const dist = at < 0 ? m.first - first : Math.abs(m.first - at);
      const rank = (role === 'cost' ? 0 : 10_000) + dist;
      if (rank < bestRank) { best = m; bestRank = rank; }
    }
    if (best) {
      ctx.usedMoney.add(best);
      p.amount = { value: best.value, currency: best.currency, qualifier: best.qualifier, text: best.text };
      if (best.min !== undefined) p.amount.min = best.min;
      if (moneyRole(ctx, best) === 'financing') markFinancing(p.amount);
    }
  }
  // "The bridge was budgeted at $800 million. Its cost has since risen to $1.1 billion": a revised cost in the currency
  // of the amount already known replaces it (not a sum taken in this very sentence)
  if (p.amount && had.has(p.amount) && !oldPlan) {
    const m = doc.money.find((x) => x.first >= first && x.last <= last && !ctx.usedMoney.has(x) && x.conversionOf === undefined
      && x.currency === p.amount!.currency && revisedCost(ctx, x) && !isAggregate(ctx, x.first, x.last, pw)
      && (ats.length <= 1 || nearestProject(x.first, at, ats, ctx)));
    if (m) {
      ctx.usedMoney.add(m);
      p.amount = { value: m.value, currency: m.currency, qualifier: m.qualifier, text: m.text };
      if (m.min !== undefined) p.amount.min = m.min;
    }
  }
  // "the plant was to have 150 MW and cost $500 million": figures of an old plan, to be replaced by those stated now
  if (oldPlan) {
    p.stale ??= new Set();
    for (const c of p.capacity) if (!had.has(c)) p.stale.add(c);
    if (p.amount && !had.has(p.amount)) p.stale.add(p.amount);
  }
}

/** "120,000 t of MHP a year, containing about 60,000 t of nickel", "3 Mt of ore, yielding 60,000 t of copper": a
 * figure in the unit of the project's figures from this sentence that names another product (project-figures-cues
 * productOf) is another output of the works, not a comparison; every capacity of its unit must come from this
 * sentence and name a product of its own. */
function otherProduct(ctx: Ctx, p: ProjectDraft, q: Quantity, first: number, last: number): boolean {
  if (q.kind === 'count') return false;
  const product = productOf(ctx, q);
  if (!product) return false;
  return p.capacity.filter((c) => c.unit === q.unit).every((c) => ctx.doc.quantities.some((o) => o !== q && o.first >= first && o.last <= last
    && ctx.usedQuantities.has(o) && o.unit === c.unit && o.value === c.value && (productOf(ctx, o) ?? product) !== product));
}

/** "with a capacity of 450,000 t", "a capacity of up to 300 MW": the figure is stated as a capacity, not compared. */
function statedAsCapacity(ctx: Ctx, pw: Words, q: Quantity): boolean {
  let k = q.first - 1;
  while (k >= 0 && /^(up|to|about|around|some|nearly|almost|roughly|over)$/.test(ctx.lowers[k])) k--;
  if (ctx.lowers[k] !== 'of' || ctx.lowers[k - 1] !== 'capacity') return false;
  // ("a capacity of 300,000 t, up from 200,000 t", "raising capacity from 200,000 t": the earlier size is no capacity now)
  let j = k - 2;
  if (/^(a|an|the|its|their)$/.test(ctx.lowers[j] ?? '')) j--;
  return !/^(from|than|previous|current|existing|old|original)$/.test(ctx.lowers[j] ?? '') && !/^(from|than|previous|current|existing|old|original)$/.test(ctx.lowers[k - 2] ?? '') && !pw.aggregate.has(ctx.lowers[k - 2] ?? '');
}

/** A sentence telling an earlier plan ("was to have", "originally", "initially planned"). */
function speaksOfOldPlan(ctx: Ctx, pw: Words, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    if (!pw.oldPlanFirst.has(ctx.lowers[k])) continue;
    for (const words of pw.oldPlanCues) {
      let ok = true;
      for (let n = 0; n < words.length && ok; n++) if (ctx.lowers[k + n] !== words[n]) ok = false;
      if (ok) return true;
    }
  }
  return false;
}

/** "it is now designed for 210 MW": a figure in the unit of an old-plan figure (or a sum in its currency) replaces it. */
function reviseFigures(ctx: Ctx, p: ProjectDraft, first: number, last: number): void {
  const pw = projectWords();
  const stale = p.stale!;
  for (const q of ctx.doc.quantities) {
    if (q.first < first || q.last > last || ctx.usedQuantities.has(q) || (q.kind === 'energy' && q.perYear)) continue;
    if (isAggregate(ctx, q.first, q.last, pw, false) || isBaseline(ctx, q) || isUnitSize(ctx, q) || sizesEachPart(ctx, q) || isPastThroughput(ctx, pw, q)) continue;
    const i = p.capacity.findIndex((c) => stale.has(c) && c.unit === q.unit);
    if (i < 0) continue;
    stale.delete(p.capacity[i]);
    p.capacity.splice(i, 1);
    addCapacity(ctx, p, q);
  }
  if (p.amount && stale.has(p.amount)) {
    const m = ctx.doc.money.find((x) => x.first >= first && x.last <= last && !ctx.usedMoney.has(x) && x.conversionOf === undefined
      && x.currency === p.amount!.currency && !isAggregate(ctx, x.first, x.last, pw)
      // ("the bank has raised its loan from $110 million to $150 million": one backer's share is no new cost)
      && moneyRole(ctx, x) !== 'financing');
    if (m) {
      stale.delete(p.amount);
      ctx.usedMoney.add(m);
      p.amount = { value: m.value, currency: m.currency, qualifier: m.qualifier, text: m.text };
      if (m.min !== undefined) p.amount.min = m.min;
    }
  }
}

/** "the first two silos, each holding 25,000 tonnes": 'each' at most two words before the figure, in its clause, sizes
 * one of several parts. */
function sizesEachPart(ctx: Ctx, q: Quantity): boolean {
  for (let k = q.first - 1; k >= Math.max(0, q.first - 3); k--) {
    if (ctx.lowers[k] === 'each') return true;
    if (ctx.toks[k].punct) return false;
  }
  return false;
}

function addCapacity(ctx: Ctx, p: ProjectDraft, q: Quantity): void {
  ctx.usedQuantities.add(q);
  const c: Capacity = { value: q.value, unit: q.unit, text: q.text, qualifier: q.qualifier };
  if (q.min !== undefined) c.min = q.min;
  if (q.item) c.item = q.item;
  p.capacity.push(c);
}

/** Totals over several deals, per-unit costs and overruns are not a project's figure. */
function isAggregate(ctx: Ctx, first: number, last: number, pw: ReturnType<typeof projectWords>, money = true): boolean {
  const s = ctx.doc.sentences[ctx.toks[first].sent];
  for (let k = Math.max(s.first, first - 6); k <= Math.min(s.last, last + 8); k++) {
    if (k >= first && k <= last) continue;
    // ("an annual capacity of 1 Mt", "100 locomotives over ten years": words that sum money over time or deals say
    // nothing against a size)
    if (!money && pw.moneyOnlyAggregate.has(ctx.lowers[k])) continue;
    // ("a 400,000-tonne-a-year plant in the Kessary Free Trade Zone": a capitalised word inside a name, past the sentence's
    // first word, is part of that name and sums nothing)
    if (k > s.first && ctx.toks[k].cap && (ctx.mentionAt[k] || ctx.toks[k - 1].cap || ctx.toks[k + 1]?.cap)) continue;
    // ("raise its output to 650 litres per second and cost €21 million in total": a cue after another figure sums that one)
    if (k > last && figureBetween(ctx, last + 1, k - 1)) continue;
    // ("the 120 MW combined heat and power plant": a cue word that opens the facility's own name sums nothing)
    if (pw.aggregate.has(ctx.lowers[k]) && !phraseAt(getFacilityLexicon().facilities, ctx.lowers, k) && !isOwnCost(ctx, pw, k) && !isInvestmentDestination(ctx, k) && !(money && isWholeCost(ctx, k, first, last))
      && !(k < first && namesOwnFigure(ctx, pw, k, first)) && !isPartitive(ctx, k)
      // ("a total installed capacity of 138 MW": the size of the one project; "the budget has been revised to")
      && !(money ? isOwnBudget(ctx, k) : totalsOwnSize(ctx, k))
      // ("loans totalling $410 million for a 60 MW plant": the cue sums the figure right after it, not this one)
      && !(k < first && cueTakenByOther(ctx, k, first))) return true;
  }
  // "$3 million per megawatt", "$10 million a kilometre": a price of one unit of the works, right after the figure
  const next = ctx.lowers[last + 1];
  if (next === 'per' || (next === 'a' || next === 'an') && pw.unitPrices.has(ctx.lowers[last + 2] ?? '')) return true;
  return false;
}

/** Some figure (a sum or a quantity) starts between tokens a and b. */
function figureBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let j = a; j <= b; j++) if (ctx.moneyAt[j] || ctx.quantityAt[j]) return true;
  return false;
}

/** "loans totalling $410 million for a 60-megawatt plant": another figure starts right after the aggregate cue at `k`
 * (within two words) and ends before `first`: the cue sums that figure, not the one at `first`. */
function cueTakenByOther(ctx: Ctx, k: number, first: number): boolean {
  for (let j = k + 1; j <= Math.min(k + 3, first - 1); j++) {
    const f = ctx.moneyAt[j] ?? ctx.quantityAt[j];
    if (f && f.first === j && f.last < first) return true;
  }
  return false;
}

/** After the facility, in its sentence: "(as) part of the project", "part of the plant": it is a part of the project
 * under discussion. */
function saysPartOf(ctx: Ctx, pw: Words, last: number, end: number): boolean {
  for (let k = last + 1; k + 2 <= end; k++) {
    if (ctx.lowers[k] !== 'part' || ctx.lowers[k + 1] !== 'of') continue;
    const j = /^(the|its|this)$/.test(ctx.lowers[k + 2]) ? k + 3 : k + 2;
    return pw.anaphors.has(ctx.lowers[j] ?? '');
  }
  return false;
}

/** "a port that moved 6.1 million tonnes in 2024": a past verb of throughput right before the figure makes it a
 * statistic of what a facility did, not a size. */
function isPastThroughput(ctx: Ctx, pw: Words, q: Quantity): boolean {
  for (let k = q.first - 1; k >= Math.max(0, q.first - 3); k--) {
    if (pw.throughputVerbs.has(ctx.lowers[k])) return true;
    if (ctx.toks[k].punct) return false;
  }
  return false;
}

/** "the bank could offer a loan of up to EUR 30 million": money someone only might put up (a modal before a verb of
 * offering) is no amount of the project. */
function isOfferedOnly(ctx: Ctx, pw: Words, first: number): boolean {
  const s = ctx.doc.sentences[ctx.toks[first].sent];
  for (let k = first - 1; k >= Math.max(s.first, first - 7); k--) {
    if (!pw.offerVerbs.has(ctx.lowers[k])) continue;
    for (let j = k - 1; j >= Math.max(s.first, k - 2); j--) if (pw.tentativeModals.has(ctx.lowers[j])) return true;
    return false;
  }
  return false;
}

/** Tokens a figure is said to move from or to: "from 4 Mt today to 7 Mt", "to 1.5 Mt, from roughly 900,000 t". */
function governedBy(ctx: Ctx, q: Quantity, word: string): boolean {
  for (let k = q.first - 1; k >= Math.max(0, q.first - 3); k--) {
    if (ctx.lowers[k] === word) return true;
    if (ctx.toks[k].punct && ctx.lowers[k] !== "'s" && ctx.lowers[k] !== '’s') return false;
  }
  return false;
}

/** "lift capacity to 1.5 Mt a year, from roughly 900,000 t", "from 4 Mt today to 7 Mt": the figure after
 * 'from', with another of the same unit after 'to' in the sentence, is where the works start from, not their size. */
function isBaseline(ctx: Ctx, q: Quantity): boolean {
  const s = ctx.doc.sentences[ctx.toks[q.first].sent];
  // ("already produce 500 MW; the new section will add 250 MW": what is added is the works, the size now their base)
  const growsTo = () => ctx.doc.quantities.some((o) => o !== q && o.unit === q.unit && o.first >= s.first && o.last <= s.last && (governedBy(ctx, o, 'to') || addedBy(ctx, o)));
  // ("its Rustavi plant, which currently produces 1 Mt a year, with a new 1.5 Mt line": a figure marked as the size now,
  // beside another of its unit in the sentence not so marked, is the base the new works are added to)
  const another = () => growsTo() || ctx.doc.quantities.some((o) => o !== q && o.unit === q.unit && o.first >= s.first && o.last <= s.last && !isCurrentSize(ctx, o, () => true));
  // ("which currently has 400 MW, will grow to 650 MW": the size now, marked as such, is where the works start from too)
  return governedBy(ctx, q, 'from') ? growsTo() : isCurrentSize(ctx, q, another);
}

/** "paid from the state budget at a cost of $700 million": a word for one project's cost between an aggregate cue
 * and the figure is what the figure measures; the cue belongs to another phrase. */
function namesOwnFigure(ctx: Ctx, pw: Words, cue: number, first: number): boolean {
  // ("a combined value of $6 billion": a cue right before the cost noun qualifies that very cost, and stays a sum)
  for (let k = cue + 2; k < first; k++) if (pw.costNouns.has(ctx.lowers[k])) return true;
  return false;
}

/** "the largest of the new projects", "one of the deals": a superlative or 'one' before 'of' picks one thing out of
 * the many the cue names. */
function isPartitive(ctx: Ctx, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (ctx.lowers[j] !== 'of') continue;
    const w = ctx.lowers[j - 1] ?? '';
    return w === 'one' || projectWords().partitiveHeads.has(w) || (/[a-z]{3,}est$/.test(w) && ctx.lowers[j - 2] === 'the');
  }
  return false;
}

/** "$1.2 billion of investment into the region's economy", "into the local economy": the economy the money
 * flows into, after 'into' or 'to' within a few words, says where a project's investment goes, not that the sum
 * adds up several deals. */
function isInvestmentDestination(ctx: Ctx, k: number): boolean {
  let j = k;
  // from "country's" on to the "economy" it qualifies
  while (j < k + 3 && ctx.lowers[j] !== 'economy') j++;
  if (ctx.lowers[j] !== 'economy') return false;
  for (let i = j - 1; i >= Math.max(0, j - 5); i--) {
    const w = ctx.lowers[i];
    if (w === 'into' || w === 'to') return /^(investment|investments|capital|money)$/.test(ctx.lowers[i - 1] ?? '') || /^(investment|investments)$/.test(ctx.lowers[i - 2] ?? '');
    if (ctx.toks[i].punct && w !== "'s" && w !== '’s') return false;
  }
  return false;
}

/** "the total cost", "a total investment of", "the overall bill": a total of one project's costs is its amount;
 * "invested in the plant" is money for that one facility. Totals over several deals name plural things instead. */
function isOwnCost(ctx: Ctx, pw: ReturnType<typeof projectWords>, k: number): boolean {
  const w = ctx.lowers[k];
  // ("combined" stays an aggregate: "a combined value of" sums several things by its meaning)
  if ((w === 'total' || w === 'overall') && pw.costNouns.has(ctx.lowers[k + 1] ?? '')) return true;
  if (w === 'invested' || w === 'investments') {
    let j = k + 1;
    if (ctx.lowers[j] !== 'in' && ctx.lowers[j] !== 'into') return false;
    j++;
    if (/^(the|this|that|its)$/.test(ctx.lowers[j] ?? '')) j++;
    const head = ctx.lowers[j] ?? '';
    return pw.anaphors.has(head) || Boolean(phraseAt(getFacilityLexicon().facilities, ctx.lowers, j));
  }
  return false;
}

/** The stages a text numbers ("the first phase", "Phase 2A", "stage two", "the earlier section"), as labels: "1",
 * "2a", "earlier". */
function stageLabels(ctx: Ctx, pw: Words, first: number, last: number): Set<string> {
  const out = new Set<string>();
  for (let k = first; k <= last; k++) {
    if (!pw.stageNouns.has(ctx.lowers[k])) continue;
    const before = pw.stageOrdinals[ctx.lowers[k - 1] ?? ''];
    if (before) { out.add(before); continue; }
    const after = ctx.lowers[k + 1] ?? '';
    const m = /^(\d+|[ivx]+)([a-z]?)$/.exec(after);
    if (m && ctx.toks[k].cap) out.add(`${/\d/.test(m[1]) ? m[1] : String(romanValue(m[1]))}${m[2]}`);
    else if (pw.stageOrdinals[after]) out.add(pw.stageOrdinals[after]);
  }
  return out;
}

function romanValue(r: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10 };
  let n = 0;
  for (let k = 0; k < r.length; k++) n += v[r[k]] < (v[r[k + 1]] ?? 0) ? -v[r[k]] : v[r[k]];
  return n;
}

/** A sentence naming the first or an earlier stage of the works, in a text that numbers a later stage before it, while
 * the project under discussion is not named as that stage: it tells the history of another part ("That first phase,
 * built by X, cost $3 billion"). */
function speaksOfEarlierStage(ctx: Ctx, pw: Words, first: number, last: number, p: ProjectDraft, all: Set<string>): boolean {
  if (all.size < 2) return false;
  const here = stageLabels(ctx, pw, first, last);
  if (!here.has('1') && !here.has('earlier')) return false;
  const name = p.name.toLowerCase();
  if ([...pw.stageNouns].some((n) => name.includes(`${n} 1`) || name.includes(`${n} one`) || name.includes(`first ${n}`))) return false;
  // ("awarded a concession for a container terminal. ... The first phase is budgeted at $640 million. ... A second phase
  // could follow": a later stage the text names only after this sentence is the future of these works; the first
  // phase is theirs)
  return [...stageLabels(ctx, pw, 0, first - 1)].some((l) => l !== '1' && l !== 'earlier');
}

/** The subheadings, by paragraph, with their one sentence. A subheading is a body paragraph of one short
 * sentence (at most MAX_HEADING_TOKENS tokens) that opens with a capital and ends without a full stop or other
 * closing mark ("Locomotives for Kessary", "Who pays"). */
function subheadingParagraphs(doc: Doc): Map<number, Sentence> {
  const out = new Map<number, Sentence>();
  const count = new Map<number, number>();
  for (const s of doc.sentences) count.set(s.paragraph, (count.get(s.paragraph) ?? 0) + 1);
  for (const s of doc.sentences) {
    const end = doc.tokens[s.last];
    if (s.start >= doc.bodyStart && count.get(s.paragraph) === 1 && s.last - s.first + 1 <= MAX_HEADING_TOKENS
      && doc.tokens[s.first].cap && !/^[.!?:;"”’)\]]$/.test(end.text)) out.set(s.paragraph, s);
  }
  return out;
}

/** For each paragraph, the number of the given subheadings (paragraphs) at or before it. */
function sectionsOf(doc: Doc, headings: number[]): number[] {
  const heads = new Set(headings);
  const out: number[] = [];
  let section = 0;
  const paragraphs = doc.sentences.length ? doc.sentences[doc.sentences.length - 1].paragraph : -1;
  for (let p = 0; p <= paragraphs; p++) {
    if (heads.has(p)) section++;
    out[p] = section;
  }
  return out;
}

/** A subheading names another part of the story ("Locomotives for Kessary", "A grain terminal for Osk", "The last
 * 90 kilometres", "Phase two"): a name (a place, body or person, or any capitalised word past the first), a figure,
 * or a word for works (a facility, product, stage or section word), or it heads the text after the story (subheadings
 * part_words: "Press contacts"). "Who pays", "Financing", "What happens now" name none: a topic of the same story. */
function namesAnotherPart(ctx: Ctx, lex: ReturnType<typeof getFacilityLexicon>, pw: ReturnType<typeof projectWords>, s: Sentence): boolean {
  // (in a heading set in capitals, "WHAT HAPPENS NOW", a capital marks no name)
  const shouted = ctx.toks.slice(s.first, s.last + 1).every((t) => t.punct || t.num || t.text === t.text.toUpperCase());
  const part = partWords();
  for (let k = s.first; k <= s.last; k++) {
    const t = ctx.toks[k];
    const w = ctx.lowers[k];
    if (ctx.mentionAt[k] || ctx.quantityAt[k] || ctx.moneyAt[k] || t.num || (k > s.first && t.cap && !shouted && w !== 'i')) return true;
    // ("Mining: two deals, one delay": a label and a colon head an item of a roundup)
    if (t.text === ':' || part.has(w)) return true;
    if (phraseAt(lex.facilities, ctx.lowers, k) || pw.anaphors.has(w) || pw.products.has(w) || pw.otherWords.has(w) || pw.productHeads.has(w)
      || pw.stageNouns.has(w) || pw.sections.has(w)) return true;
  }
  return false;
}

let partWordSet: Set<string> | null = null;
/** Words that make a subheading open another part of the text (subheadings.json part_words). */
function partWords(): Set<string> {
  partWordSet ??= new Set(loadJson<{ part_words: string[] }>('lexicon/subheadings.json').part_words);
  return partWordSet;
}
const MAX_HEADING_TOKENS = 8;

/** A paragraph opening with an item number ("3.", "3)") starts an item of a numbered list. */
function opensNumberedItem(ctx: Ctx, first: number): boolean {
  const t = ctx.toks[first];
  const prev = ctx.toks[first - 1];
  if (!t?.num || !/^\d{1,2}$/.test(t.text)) return false;
  if (prev && ctx.doc.sentences[prev.sent].paragraph === ctx.doc.sentences[t.sent].paragraph) return false;
  const next = ctx.toks[first + 1]?.text;
  if (next !== '.' && next !== ')') return false;
  // "2. The financing consists of a loan granted by ...": a numbered paragraph of running prose (a filing's, a letter's)
  // goes on about the works of the paragraphs before; only a numbered heading ("2. Velmora: a new port", no full stop)
  // opens another story
  const paragraph = ctx.doc.sentences[t.sent].paragraph;
  let end = first;
  while (end + 1 < ctx.toks.length && ctx.doc.sentences[ctx.toks[end + 1].sent].paragraph === paragraph) end++;
  return !(end - first > PROSE_ITEM_TOKENS && /^[.!?]$/.test(ctx.toks[end].text));
}

/** More tokens than a heading takes: a numbered item this long that ends with a full stop is prose. */
const PROSE_ITEM_TOKENS = 16;

/** "no operator, budget or route has been agreed", "nothing has been signed": the clause before a passive cue (after
 * has/have/had been or is/was) opens with 'no' or 'nothing', so what it says happened did not. */
function isDeniedSubject(ctx: Ctx, first: number, k: number): boolean {
  const aux = ctx.lowers[k - 1];
  if (aux !== 'been' && aux !== 'is' && aux !== 'was' && aux !== 'are' && aux !== 'were') return false;
  for (let j = k - 2; j >= Math.max(first, k - 10); j--) {
    const w = ctx.lowers[j];
    if (w === ';' || w === ':' || w === '.' || w === 'but' || (w === 'and' && ctx.lowers[j - 1] === ',')) return false;
    if ((w === 'no' || w === 'nothing') && (j === first || ctx.toks[j - 1].punct || ctx.lowers[j - 1] === 'and' || ctx.lowers[j - 1] === 'but')) return true;
  }
  return false;
}

/** The status a sentence gives the project mentioned at `at`: the firmest cue, then the nearest. `revives` when the
 * sentence's firmest say about it is a denied stop ("the bridge is not cancelled, he stressed") and nothing firm else. */
function statusFor(ctx: Ctx, first: number, last: number, at: number, ats: number[] = [], mainOnly = false): { status: Status; strength: number; revives?: boolean; stated?: boolean } | null {
  const lex = getFacilityLexicon();
  let best: { status: Status; strength: number; dist: number; stated: boolean } | null = null;
  let deniedStop = false;
  let stopObjectEnd = -1;
  const condition = invertedConditionEnd(ctx, first, last);
  for (let k = condition + 1; k <= last; k++) {
    // (a split cue first: its head may be a weaker cue alone, "construction of the road began" against "construction")
    const hit = shareDoneAt(ctx, k, last) ?? splitCueAt(ctx, k, last) ?? negatedPlanAt(ctx, k, last) ?? phraseAt(lex.statuses, ctx.lowers, k) ?? plannedWorksAt(ctx, k);
    if (!hit) continue;
    // with several facilities in the sentence a cue speaks of the nearest one ("the depot is still being
    // finished, and the park exists only on paper"), as figures do
    if (ats.length > 1 && !nearestProject(k, at, ats)) { k = hit.last; continue; }
    // ("terminated the power purchase agreement for the plant", "rescinded its concession": papers that a stop takes as its
    // object were undone, not signed)
    if (hit.value === 'agreed' && k <= stopObjectEnd) { k = hit.last; continue; }
    // (a sentence that goes on about the works without naming them: "The owner first picked a builder, whose contract was
    // terminated": a cue in a relative clause is said of the noun before it, not of the works)
    if (mainOnly && inRelativeAside(ctx, first, k)) { k = hit.last; continue; }
    let status = hit.value;
    // "passed on the preliminary survey results", "completed the feasibility study": the verb's object is paperwork
    if ((status === 'operating' || status === 'completed') && (takesProcessObject(ctx, hit.last, last) || hasProcessSubject(ctx, first, k))) { k = hit.last; continue; }
    // ("a construction permit", "the construction tender": the works noun modifying paperwork speaks of the paperwork)
    if (status === 'construction' && lex.processObjects.has(ctx.lowers[hit.last + 1] ?? '')) { k = hit.last; continue; }
    // "12,000 tonnes of frozen fish", "a blocked drain": a one-word stop before a noun that names no works describes the
    // noun ("the frozen dam project" still speaks of the works)
    if (hit.value === 'cancelled' && hit.last === k && describesOtherNoun(ctx, k)) { k = hit.last; continue; }
    // "the line, since it opened in 2018": a cue dated years before the news tells history, not the stage now
    if (datedLongAgo(ctx, hit.last, last)) { k = hit.last; continue; }
    // "has not been commissioned", "yet to sign"
    for (let j = Math.max(first, k - 3); j < k; j++) if (phraseAt(lex.negations, ctx.lowers, j)) { status = status === 'cancelled' ? 'unknown' : 'announced'; break; }
    // ("is not cancelled", "has not been scrapped": a plain denial, no modal before it)
    if (hit.value === 'cancelled' && status === 'unknown' && !hasModalBefore(ctx, lex.modals, first, k)) { deniedStop = true; k = hit.last; continue; }
    // "no operator, budget or route has been agreed": 'no' opening the subject of a passive cue denies it too
    if (status === hit.value && isDeniedSubject(ctx, first, k)) status = status === 'cancelled' ? 'unknown' : 'announced';
    // "can be commissioned", "will sign", "plans to build": a plan, not a fact
    // ("the board decided to discontinue the refurbishment": a decision to stop is the stop)
    if (status !== 'announced') for (let j = Math.max(first, k - 3); j < k; j++) if (lex.modals.has(ctx.lowers[j]) && !nounPlan(ctx, j) && !(status === 'cancelled' && decidesTo(ctx, j))) { status = 'announced'; break; }
    if (status !== 'announced' && status !== 'cancelled' && inConditionClause(ctx, first, k)) status = 'announced';
    // (longer cues win ties; a cue in a relative clause on the mention, "the plant it is building", yields to a firm
    // cue of the main clause)
    // (a stop in a clause of time or reason, "signed the agreement after an older tender was cancelled", is the
    // background of the main clause's news, as a relative clause is)
    const aside = inRelativeClause(ctx, at, k) || (status === 'cancelled' && inAdverbialClause(ctx, first, k));
    const dist = Math.abs(k - at) + (hit.last - k === 0 ? 1 : 0) + (aside ? RELATIVE_PENALTY : 0);
    const phrase = ctx.lowers.slice(k, hit.last + 1).join(' ');
    // (a cue inside a quotation, "This is a road that opens the region to the world", is a speaker's figure of speech as
    // often as a fact: it fills a gap only)
    let strength = status === 'announced' || status === 'unknown' || lex.weakStatusCues.has(phrase) || (status !== 'cancelled' && insideQuotation(ctx, first, k)) ? 1 : STRONG;
    // ("construction of the factory continues": the works noun with a weak verb of going on is a firm fact)
    if (strength === 1 && status === 'construction' && hit.value === 'construction'
      && reinforcedWorks(ctx, first, hit.last, last)) strength = STRONG;
    // a fact (signed, under construction) outweighs talk of plans in the same sentence; then the nearest cue
    // (a firm stop is the news of its sentence, as it is of the article: "the park, agreed with Halvren in 2024, will not be
    // built")
    // (not a stop told of something else in a relative clause: "ending a tender that was twice halted")
    const stops = strength === STRONG && status === 'cancelled' && best?.strength === STRONG && best.status !== 'cancelled'
      && !ctx.lowers.slice(Math.max(first, k - 4), k).some((w) => RELATIVE_WORDS.has(w))
      // (nor a stop in a clause of time or reason: "signed the agreement after an older tender was cancelled")
      && !inAdverbialClause(ctx, first, k);
    if (!best || strength > best.strength || (strength === best.strength && dist < best.dist) || stops) {
      // (a fact told in the narrator's voice: no modal inside the cue, "will be delivered", and not inside a quote)
      const stated = !ctx.lowers.slice(k, hit.last + 1).some((w) => lex.modals.has(w)) && !insideQuotation(ctx, first, k);
      best = { status, strength, dist, stated };
    }
    if (status === 'cancelled' && strength === STRONG) stopObjectEnd = objectEnd(ctx, hit.last, last);
    k = hit.last;
  }
  if (deniedStop && (!best || best.strength < STRONG)) return { status: best?.status ?? 'unknown', strength: best?.strength ?? 1, revives: true };
  return best;
}

/** The cue at `k` stands in a relative clause (opened by which, who, whose or that at most RELATIVE_SPAN words back, no
 * punctuation between), not after a verb of saying ("said that construction began" reports the works). */
function inRelativeAside(ctx: Ctx, first: number, k: number): boolean {
  for (let j = k - 1; j >= Math.max(first, k - RELATIVE_SPAN); j--) {
    if (ctx.toks[j].punct) return false;
    if (RELATIVE_WORDS.has(ctx.lowers[j])) return !(ctx.lowers[j] === 'that' && SAYING_VERBS.test(ctx.lowers[j - 1] ?? ''));
  }
  return false;
}
const RELATIVE_SPAN = 5;
const SAYING_VERBS = /^(said|says|say|added|noted|stated|announced|reported|confirmed|told|believes|thinks|expects|hopes|show|shows|showed)$/;

/** The cue at `k` stands in a clause of time or reason (after, since, because, following... at most ADVERBIAL_SPAN words
 * back, no punctuation between). */
function inAdverbialClause(ctx: Ctx, first: number, k: number): boolean {
  for (let j = k - 1; j >= Math.max(first, k - ADVERBIAL_SPAN); j--) {
    if (ctx.toks[j].punct) return false;
    if (ADVERBIAL_OPENERS.has(ctx.lowers[j])) return true;
  }
  return false;
}
const ADVERBIAL_SPAN = 8;
const ADVERBIAL_OPENERS = new Set(['after', 'since', 'because', 'following', 'when', 'once', 'as', 'while', 'although', 'though']);

/** The last token of the short object after a verb cue ending at `cueLast`: up to STOP_OBJECT_SPAN words, no punctuation. */
function objectEnd(ctx: Ctx, cueLast: number, last: number): number {
  let j = cueLast;
  while (j < Math.min(last, cueLast + STOP_OBJECT_SPAN) && !ctx.toks[j + 1].punct) j++;
  return j;
}
const STOP_OBJECT_SPAN = 5;

/** The word after the stop cue at `k` is a lower-case noun that is no facility's head nor a mention of works. */
function describesOtherNoun(ctx: Ctx, k: number): boolean {
  const next = ctx.toks[k + 1];
  if (!next || next.cap || next.punct || next.num || ctx.mentionAt[k + 1]) return false;
  if (getLexicon().functionWords.has(next.lower) || /(ly|ing)$/.test(next.lower)) return false;
  if (phraseAt(getFacilityLexicon().facilities, ctx.lowers, k + 1) || projectWords().anaphors.has(next.lower)) return false;
  return STOP_PARTICIPLE_BEFORE.has(ctx.lowers[k - 1] ?? '');
}
// (the words before an attributive participle: "of frozen fish", "a blocked drain", "the suspended cables")
const STOP_PARTICIPLE_BEFORE = new Set(['of', 'a', 'an', 'the', 'its', 'their', 'and', 'with', 'for']);

/** "The plan was abandoned", "its plans were shelved": 'plan' after a determiner is the noun, the subject the cue speaks
 * of, not a word making the cue a plan ("plans to build"). */
function nounPlan(ctx: Ctx, j: number): boolean {
  if (!PLAN_NOUNS.has(ctx.lowers[j])) return false;
  const before = ctx.lowers[j - 1] ?? '';
  if (PLAN_DETERMINERS.has(before) || POSSESSIVE_ENDINGS.has(before)) return true;
  // ("its expansion plans were shelved", "Velmora's power plans were dropped": a noun between; not "the government plans to
  // halt", where 'plans' is the verb of a plan)
  return ctx.lowers[j + 1] !== 'to' && !ctx.toks[j - 1]?.punct && (PLAN_DETERMINERS.has(ctx.lowers[j - 2] ?? '') || POSSESSIVE_ENDINGS.has(ctx.lowers[j - 2] ?? ''));
}
const POSSESSIVE_ENDINGS = new Set(["'s", '’s']);
const PLAN_NOUNS = new Set(['plan', 'plans']);
const PLAN_DETERMINERS = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'such']);

const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whose']);

/** A modal or plan word at most three words before the cue at k ("will not be cancelled" is a forecast, not a denial). */
function hasModalBefore(ctx: Ctx, modals: Set<string>, first: number, k: number): boolean {
  for (let j = Math.max(first, k - 3); j < k; j++) if (modals.has(ctx.lowers[j])) return true;
  return false;
}

/** "will add a kiln line", "would expand the smelter", "is to be built", "will soon set up": a verb of making or
 * growing works right after a plan marker (at most two words between, none of them punctuation) states a plan. */
function plannedWorksAt(ctx: Ctx, k: number): { value: Status; last: number } | null {
  const lex = getFacilityLexicon();
  const verb = phraseAt(lex.worksVerbs, ctx.lowers, k);
  if (!verb) return null;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (ctx.toks[j].punct) return null;
    // ("a contract to build the plant", "a deal to expand it": what the papers are for is the papers' stage)
    if (lex.planMarkers.has(ctx.lowers[j])) return ctx.lowers[j] === 'to' && phraseAt(lex.statuses, ctx.lowers, j - 1)?.last === j - 1 ? null : { value: 'announced', last: verb.last };
  }
  return null;
}

/** "Had the bank agreed, ...", "Were the plant built, ...": a sentence opening with an inverted auxiliary states a
 * condition that is not a fact; the token that ends it (its comma), or first - 1 when the sentence has none. */
function invertedConditionEnd(ctx: Ctx, first: number, last: number): number {
  if (!ctx.toks[first]?.cap || !projectWords().conditionInversions.has(ctx.lowers[first])) return first - 1;
  for (let k = first + 1; k <= Math.min(last, first + 12); k++) if (ctx.toks[k].text === ',') return k;
  return first - 1;
}

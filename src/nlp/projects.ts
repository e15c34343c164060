import type { Doc, Money, Quantity, Token } from './doc.js';
import type { Amount, Capacity, ProjectType, Role, Sector, Status } from './extraction.js';
import type { NameMention } from './classify-names.js';
import type { EntityTables } from './entities.js';
import { getFacilityLexicon, phraseAt, type FacilityKind } from './facility-lexicon.js';
import { getLexicon } from './lexicon.js';
import { loadJson } from './data-dir.js';
import { parseNumber } from './quantities.js';
import { loadGazetteer } from './gazetteer.js';

/** A project as the engine builds it from one or more mentions in a document. */
export interface ProjectDraft {
  name: string;
  type: ProjectType;
  sector: Sector;
  capacityKinds: Quantity['kind'][];
  status: Status;
  statusStrength: number; // 0 none, 1 weak (announced), 2 strong
  places: Set<number>; // indexes into entities.places
  orgs: Map<number, Role>; // entities.organizations index -> role
  capacity: Capacity[];
  amount: Amount | null;
  evidence: { start: number; end: number }[];
  /** Token index of the last mention, for anaphora. */
  lastToken: number;
  paragraph: number;
  proper: boolean; // named by a place, organisation or figure, not just a common noun
  plural: boolean; // only ever named in the plural without a count ("refineries"): a sector, not a facility
  routeKey: string | null;
  /** Named as a counted group ("three regional roads"): the parties given for the group reach each member. */
  group?: boolean;
}

interface ProjectWords {
  anaphors: string[]; sector_words: string[]; aggregate_cues: string[]; premodifier_stop: string[]; place_prepositions: string[];
  figure_context: string[]; generic_facility_heads: string[]; umbrella_initiatives: string[]; descriptor_adjectives: string[];
  section_nouns: string[]; product_plants: Record<string, string[]>; product_heads: string[]; other_facility_words: string[]; cost_nouns: string[]; event_place_words: string[]; compass_directions: string[]; transaction_anaphors: string[]; government_verbs: string[]; site_named_kinds: string[]; attribution_verbs: string[]; setting_nouns: string[]; settlement_nouns: string[]; admin_unit_plurals: string[]; crossing_words: string[]; signing_verbs: string[]; signed_papers: string[]; component_cues: string[]; employer_nouns: string[]; continuing_subjects: string[]; wide_region_ids: { prefixes: string[]; suffixes: string[] }; cooperation_verbs: string[]; shipping_verbs: string[]; party_groups: string[]; holding_verbs: string[]; stage_nouns: string[]; stage_ordinals: Record<string, string>; child_nouns: string[]; first_person_plural: string[]; help_verbs: string[]; site_matters: string[];
}
interface Words {
  anaphors: Set<string>; sectorWords: Set<string>; aggregate: Set<string>; stop: Set<string>; placePreps: Set<string>; figureContext: Set<string>;
  genericHeads: Set<string>; umbrellas: string[][]; umbrellaFirst: Set<string>; descriptors: Set<string>; sections: Set<string>;
  products: Map<string, ProjectType>; productHeads: Set<string>; otherWords: Set<string>; costNouns: Set<string>; eventPlaceWords: Set<string>; compass: Set<string>; transactions: Set<string>; governmentVerbs: Set<string>; siteNamedKinds: Set<string>; attributionVerbs: Set<string>; settingNouns: Set<string>; settlementNouns: Set<string>; unitPlurals: Set<string>; crossingWords: Set<string>; signingVerbs: Set<string>; transactionNouns: Set<string>; componentCues: Set<string>; employerNouns: Set<string>; continuingSubjects: Set<string>; wideRegionIds: { prefixes: string[]; suffixes: string[] }; cooperationVerbs: Set<string>; shippingVerbs: Set<string>; partyGroups: Set<string>; holdingVerbs: Set<string>; stageNouns: Set<string>; stageOrdinals: Record<string, string>; childNouns: Set<string>; firstPersonPlural: Set<string>; helpVerbs: Set<string>; siteMatters: Set<string>;
}
let words: Words | null = null;
function projectWords(): Words {
  if (!words) {
    const w = loadJson<ProjectWords>('lexicon/project-words.json');
    const products = new Map<string, ProjectType>();
    for (const [type, list] of Object.entries(w.product_plants)) for (const word of list) products.set(word, type as ProjectType);
    words = {
      anaphors: new Set(w.anaphors), sectorWords: new Set(w.sector_words), aggregate: new Set(w.aggregate_cues), stop: new Set(w.premodifier_stop),
      placePreps: new Set(w.place_prepositions), figureContext: new Set(w.figure_context), genericHeads: new Set(w.generic_facility_heads),
      umbrellas: w.umbrella_initiatives.map((u) => u.split(/\s+/)), umbrellaFirst: new Set(w.umbrella_initiatives.map((u) => u.split(/\s+/)[0])), descriptors: new Set(w.descriptor_adjectives),
      sections: new Set(w.section_nouns), products, productHeads: new Set(w.product_heads), otherWords: new Set(w.other_facility_words), costNouns: new Set(w.cost_nouns), eventPlaceWords: new Set(w.event_place_words), compass: new Set(w.compass_directions), transactions: new Set(w.transaction_anaphors), governmentVerbs: new Set(w.government_verbs), siteNamedKinds: new Set(w.site_named_kinds), attributionVerbs: new Set(w.attribution_verbs), settingNouns: new Set(w.setting_nouns), settlementNouns: new Set(w.settlement_nouns), unitPlurals: new Set(w.admin_unit_plurals), crossingWords: new Set(w.crossing_words), signingVerbs: new Set(w.signing_verbs), transactionNouns: new Set(w.signed_papers), componentCues: new Set(w.component_cues), employerNouns: new Set(w.employer_nouns), continuingSubjects: new Set(w.continuing_subjects), wideRegionIds: w.wide_region_ids, cooperationVerbs: new Set(w.cooperation_verbs), shippingVerbs: new Set(w.shipping_verbs), partyGroups: new Set(w.party_groups), holdingVerbs: new Set(w.holding_verbs), stageNouns: new Set(w.stage_nouns), stageOrdinals: w.stage_ordinals, childNouns: new Set(w.child_nouns), firstPersonPlural: new Set(w.first_person_plural), helpVerbs: new Set(w.help_verbs), siteMatters: new Set(w.site_matters),
    };
  }
  return words;
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
    const filed: NameMention = { ...m, dateline: true };
    for (let k = m.first; k <= m.last; k++) ctx.mentionAt[k] = filed;
    return;
  }
}

/** "We spoke to Ferro Group chief executive Dana Ospanova. Her company will build ...": "her company" (his
 * group, his firm) is the organisation the person named last holds a post in; it stands in the text as that
 * organisation's mention, so role cues around it give that organisation its part. */
function markEmployerReferences(ctx: Ctx): void {
  const pw = projectWords();
  const { toks } = ctx;
  for (let k = 0; k + 1 < toks.length; k++) {
    if ((ctx.lowers[k] !== 'his' && ctx.lowers[k] !== 'her') || !pw.employerNouns.has(ctx.lowers[k + 1]) || ctx.mentionAt[k + 1]) continue;
    let person: NameMention | undefined;
    for (let j = k - 1; j >= Math.max(0, k - 60) && !person; j--) {
      const m = ctx.mentionAt[j];
      if (m?.label === 'PERSON') person = m;
      else if (m) j = m.first;
    }
    if (!person) continue;
    const orgName = ctx.entities.people[person.entity]?.roles.find((r) => r.organization)?.organization;
    if (!orgName) continue;
    const entity = ctx.entities.organizations.findIndex((o) => o.name === orgName || o.aliases.includes(orgName));
    if (entity < 0) continue;
    const ref: NameMention = { label: 'ORG', entity, first: k, last: k + 1, start: toks[k].start, end: toks[k + 1].end, text: ctx.doc.text.slice(toks[k].start, toks[k + 1].end), via: 'employer' };
    ctx.mentionAt[k] = ref;
    ctx.mentionAt[k + 1] = ref;
    k++;
  }
}

/** "Ospanova: We hired Nordhavn A/S for the turbines.": in an interview's answers, "we" and "us" are the
 * organisation the person answering speaks for: the one their title names, else the first one named in the
 * paragraph that introduced them. Each stands in the text as that organisation's mention, so role cues and the
 * projects of the sentence reach it. */
function markInterviewFirstPerson(ctx: Ctx): void {
  const pw = projectWords();
  const { toks, doc } = ctx;
  const orgOfSpeaker = new Map<number, number>();
  let speakerOrg = -1;
  let paragraph = -1;
  for (let k = 0; k < toks.length; k++) {
    const para = doc.sentences[toks[k].sent].paragraph;
    if (para !== paragraph) {
      paragraph = para;
      speakerOrg = -1;
      // a paragraph opening "Surname:" is that person's answer
      const m = ctx.mentionAt[k];
      if (m?.label === 'PERSON' && m.first === k && toks[m.last + 1]?.text === ':') {
        if (!orgOfSpeaker.has(m.entity)) orgOfSpeaker.set(m.entity, speakerOrganization(ctx, m.entity));
        speakerOrg = orgOfSpeaker.get(m.entity)!;
      }
    }
    if (speakerOrg < 0 || ctx.mentionAt[k] || !pw.firstPersonPlural.has(ctx.lowers[k])) continue;
    ctx.mentionAt[k] = { label: 'ORG', entity: speakerOrg, first: k, last: k, start: toks[k].start, end: toks[k].end, text: toks[k].text, via: 'reference' };
  }
}

/** The organisation a person speaks for: the one their title names, else the first one named in the paragraph of
 * their first mention. */
function speakerOrganization(ctx: Ctx, person: number): number {
  const p = ctx.entities.people[person];
  const named = p?.roles.find((r) => r.organization)?.organization;
  if (named) return ctx.entities.organizations.findIndex((o) => o.name === named || o.aliases.includes(named));
  const first = p?.mentions.filter((m) => !m.headline && m.start >= ctx.doc.bodyStart).sort((a, b) => a.first - b.first)[0];
  if (!first) return -1;
  const para = ctx.doc.sentences[ctx.toks[first.first].sent].paragraph;
  for (let k = first.first; k >= 0 && ctx.doc.sentences[ctx.toks[k].sent].paragraph === para; k--) if (k === 0 || ctx.doc.sentences[ctx.toks[k - 1].sent].paragraph !== para) {
    for (let j = k; j < ctx.toks.length && ctx.doc.sentences[ctx.toks[j].sent].paragraph === para; j++) {
      const m = ctx.mentionAt[j];
      if (m?.label === 'ORG' && m.entity >= 0) return m.entity;
    }
  }
  return -1;
}

/** A word saying that what follows is part of what came before ("includes", "comprising"), with no clause break. */
function hasComponentCue(ctx: Ctx, pw: Words, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    if (ctx.toks[k].text === ';' || ctx.toks[k].text === '.') return false;
    if (pw.componentCues.has(ctx.lowers[k])) return true;
  }
  return false;
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
    if (type) return kindOf(type);
  }
  return null;
}

function kindOf(type: ProjectType): FacilityKind {
  const lex = getFacilityLexicon();
  for (const list of lex.facilities.byFirst.values()) for (const { value } of list) if (value.type === type) return value;
  return { type, sector: 'industry', phrases: [], capacity_kinds: ['mass', 'count', 'power', 'volume'] };
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

function sentenceHasKind(ctx: Ctx, lex: ReturnType<typeof getFacilityLexicon>, first: number, last: number, kinds: Set<string>): boolean {
  for (let k = first; k <= last; k++) {
    const hit = phraseAt(lex.facilities, ctx.lowers, k);
    if (hit && kinds.has(hit.value.type)) return true;
  }
  return false;
}

let linear: Set<string> | null = null;
function linearKinds(): Set<string> {
  linear ??= new Set(loadJson<{ linear_kinds: string[] }>('lexicon/facilities.json').linear_kinds);
  return linear;
}

let visitors: Map<string, Set<string>> | null = null;
/** "three bulk carriers" at a port: counted things that call at a facility are not its capacity. */
function isVisitorCount(type: ProjectType, q: Quantity): boolean {
  visitors ??= new Map(Object.entries(loadJson<{ visitor_counts: Record<string, string[]> }>('lexicon/facilities.json').visitor_counts).map(([k, v]) => [k, new Set(v)]));
  return q.kind === 'count' && Boolean(q.item && visitors.get(type)?.has(q.item));
}

let partKinds: Set<string> | null = null;
function partOfPlant(): Set<string> {
  partKinds ??= new Set(loadJson<{ part_of_plant: string[] }>('lexicon/facilities.json').part_of_plant);
  return partKinds;
}

const DASHES = new Set(['-', '–', '—', '‐']);
const STRONG = 2;

interface Ctx {
  doc: Doc; toks: Token[]; lowers: string[];
  mentionAt: (NameMention | undefined)[];
  quantityAt: (Quantity | undefined)[];
  moneyAt: (Money | undefined)[];
  entities: EntityTables;
  projects: ProjectDraft[];
  usedQuantities: Set<Quantity>;
  usedMoney: Set<Money>;
}

export function recognizeProjects(doc: Doc, mentions: NameMention[], entities: EntityTables): ProjectDraft[] {
  const toks = doc.tokens;
  const ctx: Ctx = {
    doc, toks, lowers: toks.map((t) => t.lower),
    mentionAt: new Array(toks.length), quantityAt: new Array(toks.length), moneyAt: new Array(toks.length),
    entities, projects: [], usedQuantities: new Set(), usedMoney: new Set(),
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
  let current: ProjectDraft | null = null;
  const partLabels = stageLabels(ctx, pw, 0, toks.length - 1);
  for (const s of doc.sentences) {
    if (s.start < doc.bodyStart) continue; // the headline repeats the body
    // "2. Bangladesh: a new container terminal": a numbered item of a roundup is another story; nothing said under it
    // continues the project of the item before
    if (opensNumberedItem(ctx, s.first)) current = null;
    const found: { draft: ProjectDraft; at: number }[] = [];
    for (let i = s.first; i <= s.last; i++) {
      const m = ctx.mentionAt[i];
      if (m && m.label !== 'PLACE') { i = m.last; continue; }
      if (umbrella[i]) continue;
      let hit = phraseAt(lex.facilities, ctx.lowers, i);
      // "the CLR", after "the Coastal Light Railway (CLR)"
      if (!hit && acronyms.has(toks[i].text) && toks[i - 1]?.text !== '(') hit = { value: acronyms.get(toks[i].text)!, last: i };
      // "a ferrosilicon plant", "the PDH and polypropylene complex"
      if (!hit) { const product = productPlantAt(ctx, pw, i); if (product) hit = { value: product, last: i }; }
      // "the Kessary–Molvani section": part of the line the article is about
      if (!hit && pw.sections.has(ctx.lowers[i]) && hasRouteBefore(ctx, i)) {
        const line = [...ctx.projects].reverse().find((p) => linearKinds().has(p.type));
        hit = { value: kindOf(line?.type ?? 'road'), last: i };
      }
      // "the country's main port", "its busiest airport": a facility describing a place
      if (hit && (pw.descriptors.has(ctx.lowers[i - 1] ?? '') || pw.descriptors.has(ctx.lowers[i - 2] ?? '') && !toks[i - 1].cap)) { i = hit.last; continue; }
      if (hit) {
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
        if (pw.sectorWords.has(ctx.lowers[hit.last + 1] ?? '')) { i = hit.last; continue; }
        // "the section includes a 1.2-km bridge and two tunnels", "the complex comprises a 30 MW power unit": what a
        // project named earlier in the sentence is said to include is a component of it; its own size is an item capacity
        const host = found[found.length - 1];
        if (host && hasComponentCue(ctx, pw, host.at + 1, i - 1)) {
          const q = ctx.quantityAt[i - 1];
          if (q && q.kind !== 'count' && !ctx.usedQuantities.has(q) && host.draft.capacity.length < 3) {
            addCapacity(ctx, host.draft, q);
            host.draft.capacity[host.draft.capacity.length - 1].item ??= ctx.doc.text.slice(toks[q.last + 1].start, toks[hit.last].end);
          }
          i = hit.last;
          continue;
        }
        // "an open-pit mine and processing plant": a second facility word joined by "and" is part of the first
        const prevFound = found[found.length - 1];
        if (prevFound && ctx.lowers[i - 1] === 'and' && prevFound.at === i - 2) { i = hit.last; continue; }
        // storage or a substation next to a plant in the same sentence is part of that plant
        if (partOfPlant().has(hit.value.type) && found.some((f) => !partOfPlant().has(f.draft.type))) { i = hit.last; continue; }
        // "a desalination plant and a 14-km pipeline": a pipeline, line or road serving a facility in the sentence
        // (or serving the facility the paragraph is about: "The plant will draw water through a 14-km pipeline")
        const hosts = partOfFacility().get(hit.value.type);
        if (hosts && !hasRouteBefore(ctx, i) && (sentenceHasKind(ctx, lex, s.first, s.last, hosts)
          || (current && hosts.has(current.type) && found.every((f) => f.draft === current)
            && ((UTILITY_LINKS.has(hit.value.type) && current.paragraph >= s.paragraph - 1 && !placedElsewhere(ctx, s.first, s.last, current))
              // "19 tunnels and 31 bridges" a few paragraphs into a story about a line
              || (isCountedPlural(ctx, i, hit.last) && current.paragraph >= s.paragraph - 2))))) { i = hit.last; continue; }
        // "the Georgian port of Poti", "Pacific ports": a port named by a nation or sea is a waypoint, not a project
        if (hit.value.type === 'port' && isWaypoint(ctx, i)) { i = hit.last; continue; }
        for (const draft of mentionProjects(ctx, i, hit.last, hit.value, s.paragraph)) found.push({ draft, at: hit.last });
        i = hit.last;
        continue;
      }
      // "the KESTREL MINERALS LLP plant": a named owner or place before a generic facility word
      if (pw.genericHeads.has(ctx.lowers[i]) && ctx.mentionAt[i - 1] && ctx.mentionAt[i - 1]!.label !== 'PERSON') {
        const kind: FacilityKind = { type: 'manufacturing_plant', sector: 'industry', phrases: [], capacity_kinds: ['mass', 'count', 'power', 'volume'] };
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
      if (isDefiniteReference(ctx, i)) {
        const target = referent(ctx, pw, i, current, s.paragraph);
        if (target) {
          found.push({ draft: target, at: i });
          target.evidence.push({ start: s.start, end: s.end });
          // "the line runs for 500 km": the project is under discussion in this paragraph now
          target.paragraph = s.paragraph;
        }
      }
    }
    const ats = found.map((f) => f.at);
    const background = isBackground(ctx, s.first, s.last);
    // "the bridge ... has been nicknamed the Chinese bridge": two mentions of one project make one project in the sentence
    const distinct = new Set(found.map((f) => f.draft)).size;
    for (const f of found) attach(ctx, f.draft, s.first, s.last, f.at, ats, background, distinct);
    // figures only from the next sentences; who finances, builds or runs "it" from anywhere later on
    // (a loose sum of money does not turn a facility named once in passing into a project: the sum goes to a
    // project already pinned down by a name, a figure or a second mention)
    // ("That first phase, built by X, cost $3 billion" in a story about the second: another stage of the works, whose
    // builder and cost are not the current project's)
    const elsewhere = !found.length && current !== null && speaksOfEarlierStage(ctx, pw, s.first, s.last, current, partLabels);
    if (!found.length && current && !elsewhere && current.paragraph >= s.paragraph - 1 && talksAboutProject(ctx, s.first, s.last)) {
      attachFigures(ctx, current, s.first, s.last, -1, [], true);
    }
    if (!found.length && current && !elsewhere) attachShareholders(ctx, pw, current, s.first, s.last);
    if (!found.length && current && !elsewhere && current.paragraph >= s.paragraph - 1) attachFacilitators(ctx, pw, current, s.first, s.last);
    if (!found.length && current && !elsewhere) attachCuedOrganizations(ctx, current, s.first, s.last, current.paragraph >= s.paragraph - 1 && (isSigning(ctx, pw, s.first, s.last) || opensWithPartyGroup(ctx, pw, s.first)));
    if (found.length) current = found[found.length - 1].draft;
  }
  // a facility word alone ("the railway", "wind farms") names a project only when something pins it down
  // (a sum for facilities named only in the plural is a project when a place pins them down: "a loan for trunk
  // pipelines in the Tarvin region", not "$300 million for refineries")
  const kept = ctx.projects.filter((p) => p.capacity.length || (p.amount && (!p.plural || p.places.size)) || (!p.plural && (p.proper || (p.evidence.length >= 2 && (p.places.size || p.orgs.size)))));
  applyHeadlineStatus(ctx, kept);
  applyHeadlinePlaces(ctx, kept);
  for (const p of kept) dropShortForms(ctx, p);
  return kept;
}

/** "Ardlow Engineering Co., Ltd." and, from "Ardlow's president", a body called "Ardlow": on one project a name
 * that is the first words of another of its organisations' names is a short form of that one. */
function dropShortForms(ctx: Ctx, p: ProjectDraft): void {
  if (p.orgs.size < 2) return;
  const orgs = ctx.entities.organizations;
  for (const i of [...p.orgs.keys()]) {
    const short = orgs[i].name + ' ';
    for (const j of p.orgs.keys()) {
      if (j === i || !orgs[j].name.startsWith(short)) continue;
      // "Majan Renewables" and "Majan Renewables Azerbaijan LLC": a name that adds a country is the local company
      // of the group the short name is, another body
      if (addsCountry(orgs[j].name.slice(short.length))) continue;
      const role = p.orgs.get(i)!;
      if (p.orgs.get(j) === 'partner' && role !== 'partner') p.orgs.set(j, role);
      p.orgs.delete(i);
      break;
    }
  }
}

function addsCountry(rest: string): boolean {
  const gaz = loadGazetteer();
  return rest.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && (gaz.lookup(w).some((e) => e.kind === 'country') || Boolean(gaz.demonym(w))));
}

/** The headline places the news ("... solar plant in Kessary region"): a place after a facility word of the
 * headline, behind a place preposition, belongs to the article's main project of that kind. */
function applyHeadlinePlaces(ctx: Ctx, projects: ProjectDraft[]): void {
  const head = ctx.doc.sentences.filter((s) => s.end <= ctx.doc.bodyStart);
  if (!head.length || !projects.length) return;
  const lex = getFacilityLexicon();
  const pw = projectWords();
  const last = head[head.length - 1].last;
  for (let k = head[0].first; k <= last; k++) {
    const hit = phraseAt(lex.facilities, ctx.lowers, k);
    if (!hit) continue;
    const main = projects.filter((p) => p.type === hit.value.type).sort((a, b) => b.evidence.length - a.evidence.length)[0];
    if (main) {
      for (let j = hit.last + 1; j <= Math.min(last, hit.last + 8); j++) {
        const m = ctx.mentionAt[j];
        if (m?.label === 'PLACE' && !m.dateline && ctx.entities.places[m.entity].kind !== 'country' && pw.placePreps.has(ctx.lowers[m.first - 1] ?? '') && !modifiesEvent(ctx, pw, m)
          && !(main.places.size && landmarkInBody(ctx, pw, m.entity))) {
          main.places.add(m.entity);
        }
        if (m) j = m.last;
      }
    }
    k = hit.last;
  }
}

/** "a data centre near Velmora" over a body that puts it "in Tarvin, west of Velmora": a headline rounds the site up
 * to a city the reader knows; where the body only measures from that place, it is a landmark, not the project's. */
function landmarkInBody(ctx: Ctx, pw: Words, entity: number): boolean {
  let landmark = false;
  for (const m of ctx.entities.places[entity]?.mentions ?? []) {
    if (m.headline || m.start < ctx.doc.bodyStart) continue;
    if (!isDistanceReference(ctx, pw, m)) return false;
    landmark = true;
  }
  return landmark;
}

/** The headline states the news ("... opens", "... signs contract for ..."): when the body gave the article's
 * main project no firm status, the headline's firm cue is its status. */
function applyHeadlineStatus(ctx: Ctx, projects: ProjectDraft[]): void {
  const head = ctx.doc.sentences.filter((s) => s.end <= ctx.doc.bodyStart);
  if (!head.length || !projects.length) return;
  const first = head[0].first;
  const last = head[head.length - 1].last;
  let status: { status: Status; strength: number } | null = null;
  for (let k = first; k <= last; k++) {
    const st = statusFor(ctx, k, k + 3 <= last ? k + 3 : last, k);
    if (st && st.strength === STRONG) { status = st; break; }
  }
  if (!status) return;
  const main = [...projects].sort((a, b) => b.evidence.length - a.evidence.length)[0];
  if (main.statusStrength < STRONG) { main.status = status.status; main.statusStrength = status.strength; }
}

let headsByType: Map<string, Set<string>> | null = null;
/** The head nouns each project type is named with ("depot" of "fuel storage depot"). */
function kindHeads(type: ProjectType): Set<string> {
  if (!headsByType) {
    headsByType = new Map();
    for (const list of getFacilityLexicon().facilities.byFirst.values()) {
      for (const { words, value } of list) {
        const set = headsByType.get(value.type) ?? new Set<string>();
        set.add(words[words.length - 1]);
        headsByType.set(value.type, set);
      }
    }
  }
  return headsByType.get(type) ?? new Set();
}

/** What "the depot", "the plant" points back to: a definite noun agrees with the head noun of the project it
 * names, so "the depot" after "a fuel storage depot ... and an industrial park" is the depot, not the
 * park the text named last; a general anaphor that fits no recent project ("the project") is the one under
 * discussion. */
function referent(ctx: Ctx, pw: Words, i: number, current: ProjectDraft | null, paragraph: number): ProjectDraft | null {
  const w = ctx.lowers[i];
  const fits = (p: ProjectDraft) => kindHeads(p.type).has(w) || p.name.toLowerCase().endsWith(` ${w}`) || p.name.toLowerCase() === w;
  if (current && fits(current)) return current;
  for (let k = ctx.projects.length - 1; k >= 0; k--) {
    const p = ctx.projects[k];
    if (p.paragraph >= paragraph - 2 && fits(p)) return p;
  }
  return pw.anaphors.has(w) ? current : null;
}

/** "the project", "this plant", "the new plant", "its expanded site": a definite noun phrase points back to the
 * project under discussion; an indefinite one ("a new project", "a specific new project") introduces another
 * thing or denies there is one, so an adjective alone does not make the reference. */
function isDefiniteReference(ctx: Ctx, i: number): boolean {
  // "the 142-km line", "this $2 billion project": a figure between the determiner and the noun
  const q = ctx.quantityAt[i - 1] ?? ctx.moneyAt[i - 1];
  if (q && q.first > 0) i = q.first;
  const prev = ctx.lowers[i - 1] ?? '';
  if (/^(the|this|that|its)$/.test(prev)) return true;
  if (!/^(new|enlarged|expanded|planned|whole)$/.test(prev)) return false;
  // walk back over further adjectives to the determiner
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    const w = ctx.lowers[k];
    if (/^(the|this|that|its)$/.test(w)) return true;
    if (/^(a|an|any|no|another|some|one)$/.test(w) || ctx.toks[k].punct) return false;
  }
  return false;
}

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

/** A sentence without a facility name speaks of the current project when it refers to it or to its figures. */
function talksAboutProject(ctx: Ctx, first: number, last: number): boolean {
  const pw = projectWords();
  for (let k = first; k <= last; k++) if (pw.anaphors.has(ctx.lowers[k]) || pw.figureContext.has(ctx.lowers[k])) return true;
  return false;
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
    // a glued dash joins route names ("Velmora–Tarvin"); a spaced one ends a dateline ("RABAT — ")
    if (DASHES.has(t.text)) { if (t.start === toks[k - 1]?.end && t.end === toks[k + 1]?.start) { left = k; continue; } break; }
    if (t.cap && !t.punct) { left = k; continue; }
    if (t.lower === 'and' && k > 0 && (toks[k - 1].cap || ctx.mentionAt[k - 1]) && hasDash(ctx, k - 1)) { left = k; continue; }
    if (getLexicon().functionWords.has(t.lower) && !t.upper) break;
    if (!t.punct && !t.num && !pw.stop.has(t.lower) && !getLexicon().functionWords.has(t.lower) && !/(ing|ed)$/.test(t.lower)) { left = k; continue; }
    if (t.num) { left = k; continue; }
    break;
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
      if (ctx.quantityAt[k] || toks[k].cap) proper = true;
    }
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
        && !(before && before.cap && !before.punct && !ctx.quantityAt[k - 1]) && !getLexicon().functionWords.has(t.lower) && !loadGazetteer().demonym(t.text)) {
        placeIdx.add(addSite(ctx, k, k));
        proper = true;
      }
    }
    const routeKey = route || routes.length === 1 ? nameText.toLowerCase() : null;
    // an earlier mention of the same project: within one article, a facility of the same type is the same
    // one unless something tells them apart (another route, places that do not overlap, another figure)
    const subPlaces = (set: Set<number>) => [...set].filter((x) => ctx.entities.places[x]?.kind !== 'country');
    const newPlaces = subPlaces(placeIdx);
    const premodQuantity = ctx.quantityAt[span.last] ?? ctx.quantityAt[span.first];
    // "... signed an MoU on a 900 t/d waste-to-energy plant near Kessary": an indefinite phrase placed somewhere the
    // earlier facility of its kind is not introduces another one
    const placedAfter = isIndefinite(ctx, left) ? placesAfter(ctx, pw, last) : [];
    const compatible = (p: ProjectDraft) => {
      if (p.type !== kind.type) return false;
      if (placedAfter.length && subPlaces(p.places).length && !placedAfter.some((x) => p.places.has(x))) return false;
      if (routeKey !== null && p.routeKey !== null) return p.routeKey === routeKey;
      if ((routeKey !== null) !== (p.routeKey !== null) && newPlaces.length && !newPlaces.some((x) => p.places.has(x))) return false;
      const old = subPlaces(p.places);
      if (newPlaces.length && old.length && !newPlaces.some((x) => p.places.has(x))) return false;
      // a different figure is another facility, except a smaller batch of a fleet order ("the first 40 of 200 wagons")
      if (premodQuantity && p.capacity.length && !p.capacity.some((c) => Math.abs(c.value - premodQuantity.value) <= 0.01 * c.value
        || (kind.type === 'rolling_stock' && premodQuantity.value < c.value))) return false;
      return true;
    };
    // "a new refinery", "another refinery", "a second plant": an indefinite phrase that says it is another one
    let draft = introducesAnother(ctx, left, first) ? undefined : [...ctx.projects].reverse().find(compatible);
    // "the Kessary plant": a generic facility word naming a project already known by its place or owner
    if (!draft && kind.type === 'manufacturing_plant' && kind.phrases.length === 0) {
      draft = [...ctx.projects].reverse().find((p) => [...placeIdx].some((x) => p.places.has(x)) || [...orgIdx.keys()].some((o) => p.orgs.has(o)));
    }
    if (!draft) {
      draft = {
        name: nameText, type: kind.type, sector: kind.sector, capacityKinds: kind.capacity_kinds, status: 'unknown', statusStrength: 0,
        places: placeIdx, orgs: orgIdx, capacity: [], amount: null, evidence: [], lastToken: last, paragraph, proper, routeKey,
        plural: isPlural(ctx, first, last, kind, routes.length),
      };
      if (isCountedGroup(ctx, first, last)) draft.group = true;
      // "X is the main contractor on three regional roads. The Tarvin–Kessary road ...": each road named after
      // a counted group of its kind inherits the parties given for the group
      else {
        const group = [...ctx.projects].reverse().find((p) => p.group && p.type === kind.type && p.paragraph >= paragraph - 2);
        if (group) for (const [o, r] of group.orgs) if (!draft.orgs.has(o)) draft.orgs.set(o, r);
      }
      ctx.projects.push(draft);
    } else {
      for (const p of placeIdx) draft.places.add(p);
      for (const [o, r] of orgIdx) if (!draft.orgs.has(o)) draft.orgs.set(o, r);
      if (proper && !draft.proper) { draft.name = nameText; draft.proper = true; }
      if (!isPlural(ctx, first, last, kind, routes.length)) draft.plural = false;
      draft.paragraph = paragraph;
    }
    draft.lastToken = last;
    const s = doc.sentences[toks[first].sent];
    if (!draft.evidence.some((e) => e.start === s.start)) draft.evidence.push({ start: s.start, end: s.end });
    drafts.push(draft);
  }
  return drafts;
}

/** Tokens first..last are all compass words ("North", "South-East"): a bearing added to a place name. */
function isBearingSuffix(ctx: Ctx, pw: Words, first: number, last: number): boolean {
  if (first > last) return false;
  for (let k = first; k <= last; k++) if (!pw.compass.has(ctx.lowers[k])) return false;
  return true;
}

/** An organisation right before the facility word, or before it with a possessive, names its owner. */
function ownsByName(ctx: Ctx, m: NameMention, first: number): boolean {
  const gap = first - m.last - 1;
  if (gap === 0) return true;
  const s = ctx.toks[m.last + 1]?.text;
  return gap === 1 && (s === "'s" || s === '’s');
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

/** A sentence that names a city or region the project is not in speaks of something elsewhere
 * ("trunk pipelines ... in the Tarvin region" after a plant in the Velmora region). */
function placedElsewhere(ctx: Ctx, first: number, last: number, p: ProjectDraft): boolean {
  if (!p.places.size) return false;
  for (let k = first; k <= last; k++) {
    const m = ctx.mentionAt[k];
    if (m?.label !== 'PLACE' || m.dateline) continue;
    const place = ctx.entities.places[m.entity];
    // a city or region, not the river or lake a pipe draws from ("a pipeline from the Syr Darya")
    const before = ctx.lowers[m.first - 1] === 'the' ? ctx.lowers[m.first - 2] : ctx.lowers[m.first - 1];
    if ((place.kind === 'region' || place.kind === 'city') && before !== 'from' && !p.places.has(m.entity)) return true;
    k = m.last;
  }
  return false;
}

/** "a plant", "an 80 MW farm": the noun phrase starting at `left` has an indefinite article. */
function isIndefinite(ctx: Ctx, left: number): boolean {
  const w = ctx.lowers[left - 1];
  const v = ctx.lowers[left];
  return w === 'a' || w === 'an' || v === 'a' || v === 'an';
}

/** Cities, regions and sites named right after a facility phrase behind a place preposition ("... plant near Tarvin"). */
function placesAfter(ctx: Ctx, pw: Words, last: number): number[] {
  const out: number[] = [];
  for (let k = last + 1; k <= Math.min(ctx.toks.length - 1, last + 4); k++) {
    if (ctx.toks[k].punct) break;
    const m = ctx.mentionAt[k];
    if (m?.label === 'PLACE') {
      if (!m.dateline && ctx.entities.places[m.entity]?.kind !== 'country' && pw.placePreps.has(ctx.lowers[m.first - 1] ?? '')) out.push(m.entity);
      break;
    }
  }
  return out;
}

/** "a brand-new refinery", "another plant", "a second line": the noun phrase introduces a facility not named before. */
function introducesAnother(ctx: Ctx, left: number, first: number): boolean {
  const det = ctx.lowers[left - 1] === 'a' || ctx.lowers[left - 1] === 'an' ? left - 1 : ctx.lowers[left] === 'a' || ctx.lowers[left] === 'an' ? left : -1;
  const other = projectWords().otherWords;
  for (let k = Math.max(0, left - 1); k < first; k++) {
    if (ctx.lowers[k] === 'another') return true;
    if (det >= 0 && k > det && other.has(ctx.lowers[k])) return true;
  }
  return false;
}

/** "refineries", "wind farms": a plural facility word without a count before it (fleets are plural by nature). */
function isPlural(ctx: Ctx, first: number, last: number, kind: FacilityKind, routes: number): boolean {
  if (kind.type === 'rolling_stock' || routes > 1) return false;
  const w = ctx.lowers[last];
  if (!/[^s]s$/.test(w) || w.endsWith('ss') || w === 'gas' || w === 'works' || w === 'series' || w === 'premises') return false;
  // a count before the noun ("two refineries"); the digits of a sum of money ("$300 million for refineries") are none
  for (let k = Math.max(0, first - 4); k < first; k++) if (!ctx.moneyAt[k] && (ctx.quantityAt[k] || ctx.toks[k].num || parseNumber(ctx.toks, k))) return false;
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
  const { toks } = ctx;
  const pw = projectWords();
  // places after the facility noun: "a wind farm in the Velmora region", "the line from Tarvin to Kessary"
  for (let k = at + 1; k <= Math.min(last, at + 10); k++) {
    const m = ctx.mentionAt[k];
    if (m?.label === 'PLACE' && !m.dateline && (pw.placePreps.has(ctx.lowers[m.first - 1] ?? '') || pw.placePreps.has(ctx.lowers[m.first - 2] ?? '') && ctx.lowers[m.first - 1] === 'the')
      && !placesAnEvent(ctx, pw, m.first) && !isDistanceReference(ctx, pw, m) && !modifiesEvent(ctx, pw, m) && !isSetting(ctx, pw, m) && !isGoodsEnd(ctx, pw, m)
      && !locatesAnotherPlace(ctx, pw, m, p) && !isCrossedUnit(ctx, pw, m, p) && !placesOtherFacility(ctx, pw, m, p, at)) {
      p.places.add(m.entity);
      if (!p.proper) { p.proper = true; }
    }
    if (toks[k].text === '.' || toks[k].text === ';') break;
  }
  // single-project sentences give their sub-national places to the project, except where a
  // body comes from ("Falcon Digital of Abu Dhabi", "the Bucharest-based fund")
  // ("presented the deal in Brenmoor": a sentence that names the project only as a deal places the deal, not the works)
  if (projectsInSentence === 1 && !pw.transactions.has(ctx.lowers[at])) {
    for (let k = first; k <= last; k++) {
      const m = ctx.mentionAt[k];
      if (m) k = m.last;
      if (m?.label !== 'PLACE' || ctx.entities.places[m.entity].kind === 'country' || m.headline || m.dateline || m.via === 'based') continue;
      // a sea, a continent or a macro-region ("across the Caspian", "reach Europe", "on the Pacific coast") is a
      // route, a market or a coast the sentence talks about; the works stand in it only when a place preposition
      // ties it to the facility word (above)
      if (isMacroRegion(ctx, m.entity)) continue;
      if (ctx.lowers[m.first - 1] === 'of' && ctx.mentionAt[m.first - 2]?.label === 'ORG') continue;
      // "during a visit to Brenmoor", "talks in Sana'a" place an event, not the works
      if (placesAnEvent(ctx, pw, m.first)) continue;
      if (isDistanceReference(ctx, pw, m) || modifiesEvent(ctx, pw, m) || actsAsGovernment(ctx, pw, m) || isGoodsEnd(ctx, pw, m) || isSetting(ctx, pw, m) || locatesAnotherPlace(ctx, pw, m, p) || isCrossedUnit(ctx, pw, m, p) || placesOtherFacility(ctx, pw, m, p, at)) continue;
      p.places.add(m.entity);
    }
    const same = samePlaceReference(ctx, first, last);
    if (same !== null) p.places.add(same);
  }
  attachFigures(ctx, p, first, last, at, ats);
  // a sentence of history ("commissioned in 1979", "in 2007 it took a stake") tells who was involved and what
  // happened then, not who the partners of the news are or where the project stands now
  if (background) return;
  // partners
  for (let k = first; k <= last; k++) {
    const m = ctx.mentionAt[k];
    if (!m) continue;
    k = m.last;
    if (m.label !== 'ORG' || isNotParty(ctx, m.entity)) continue;
    // (a parent that puts money in, "the rest is equity from our parent, B", does take part: as its financier)
    if (!p.orgs.has(m.entity) && isParentOfNamed(ctx, pw, m) && roleFor(ctx, m, first, last) !== 'financier') continue;
    if (projectsInSentence > 1 && !nearestProject(m.first, at, ats)) continue;
    if (isAttribution(ctx, m) && !roleCue(ctx, m, first, last).cued) continue;
    const role = roleFor(ctx, m, first, last);
    const prev = p.orgs.get(m.entity);
    if (!prev || prev === 'partner') p.orgs.set(m.entity, role);
  }
  // status: the first firm cue about the project stands; a weak one only fills a gap
  const st = statusFor(ctx, first, last, at, ats);
  if (st && st.strength > p.statusStrength) { p.status = st.status; p.statusStrength = st.strength; }
}

/** A continent, a macro-region or an open sea (by its gazetteer id, see project-words wide_region_ids); not a
 * river, lake or range, which a dam, bridge or mine can stand on. */
function isMacroRegion(ctx: Ctx, entity: number): boolean {
  const id = ctx.entities.places[entity]?.id ?? '';
  const { prefixes, suffixes } = projectWords().wideRegionIds;
  return prefixes.some((x) => id.startsWith(x)) || (id.startsWith('nature:') && suffixes.some((x) => id.endsWith(x)));
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
  return old;
}
const PRESENT_AUX = new Set(['has', 'have', 'is', 'are']);
const PRESENT_NEXT = new Set(['been', 'being', 'now']);
/** How many years before publication a dated event counts as history rather than news. */
const BACKGROUND_YEARS = 4;

/** "during a visit to X", "a ceremony in X", "talks in X": the place is where an event happened. */
function placesAnEvent(ctx: Ctx, pw: Words, first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    if (pw.eventPlaceWords.has(ctx.lowers[k])) return true;
    if (ctx.toks[k].punct) return false;
  }
  return false;
}

let placeHeads: { region: Set<string>; city: Set<string> } | null = null;
/** "in the same region", "in the same city": the region or city the text named last. */
function samePlaceReference(ctx: Ctx, first: number, last: number): number | null {
  placeHeads ??= (() => {
    const w = loadJson<{ region_heads_lowercase: string[]; city_heads: string[] }>('lexicon/places.json');
    return { region: new Set(w.region_heads_lowercase), city: new Set(w.city_heads) };
  })();
  for (let k = first; k + 2 <= last; k++) {
    if (ctx.lowers[k] !== 'the' || ctx.lowers[k + 1] !== 'same') continue;
    const head = ctx.lowers[k + 2];
    const kind = placeHeads.region.has(head) ? 'region' : placeHeads.city.has(head) ? 'city' : null;
    if (!kind) continue;
    for (let j = first - 1; j >= 0; j--) {
      const m = ctx.mentionAt[j];
      if (m?.label === 'PLACE' && !m.dateline && !m.headline && ctx.entities.places[m.entity]?.kind === kind) return m.entity;
    }
    return null;
  }
  return null;
}

/** "Brenmoor would work with Calvaro", "Moscow said": a capital or country as the subject of a verb of saying,
 * wanting or promising stands for its government, not for a place where the works are. */
function actsAsGovernment(ctx: Ctx, pw: Words, m: NameMention): boolean {
  const before = ctx.lowers[m.first - 1] ?? '';
  // "... would work with Calvaro", "agreed to cooperate with Brenmoor": the capital a government works with is the
  // other government
  if (before === 'with' && pw.cooperationVerbs.has(ctx.lowers[m.first - 2] ?? '')) return true;
  if (pw.placePreps.has(before) || before === 'the') return false;
  return pw.governmentVerbs.has(ctx.lowers[m.last + 1] ?? '');
}

/** "the wagons will be shipped from Tarvin", "gas exported to Velmora": where goods are sent from or to, not where the
 * works stand. */
function isGoodsEnd(ctx: Ctx, pw: Words, m: NameMention): boolean {
  let k = m.first - 1;
  if (ctx.lowers[k] === 'the') k--;
  if (ctx.lowers[k] !== 'from' && ctx.lowers[k] !== 'to') return false;
  return pw.shippingVerbs.has(ctx.lowers[k - 1] ?? '');
}

/** "the Velmora town of Tarvin", and on a line "from Tarvin in the Velmora region to Kessary": a place that only
 * says where another place is. A line's places are its ends and the places it serves, not the regions its ends lie
 * in (a plant "near Tarvin in the Velmora region" does stand in that region). */
function locatesAnotherPlace(ctx: Ctx, pw: Words, m: NameMention, p: ProjectDraft): boolean {
  if (pw.settlementNouns.has(ctx.lowers[m.last + 1] ?? '') && ctx.lowers[m.last + 2] === 'of' && ctx.mentionAt[m.last + 3]?.label === 'PLACE') return true;
  if (!linearKinds().has(p.type)) return false;
  let j = m.first - 1;
  // "in Velmora's Tarvin region"
  if ((ctx.lowers[j] === "'s" || ctx.lowers[j] === '’s') && ctx.mentionAt[j - 1]?.label === 'PLACE') j = ctx.mentionAt[j - 1]!.first - 1;
  if (ctx.lowers[j] === 'the') j--;
  if (ctx.lowers[j] !== 'in') return false;
  const end = ctx.mentionAt[j - 1];
  return end?.label === 'PLACE' && ROUTE_PREPS.has(ctx.lowers[end.first - 1] ?? '');
}
const ROUTE_PREPS = new Set(['from', 'to', 'through', 'via']);

/** "a line from the plant to the substation at Tarvin": a place behind a preposition right after the definite word for
 * another facility (not the project's own mention, not a word its kind is named by) says where that facility is. A line's
 * stations and junctions are its own places, so linear works keep them. */
function placesOtherFacility(ctx: Ctx, pw: Words, m: NameMention, p: ProjectDraft, at: number): boolean {
  if (linearKinds().has(p.type)) return false;
  let k = m.first - 1;
  if (ctx.lowers[k] === 'the') k--;
  if (!pw.placePreps.has(ctx.lowers[k] ?? '') || ctx.lowers[k] === 'of') return false;
  const end = k - 1;
  if (end === at || kindHeads(p.type).has(ctx.lowers[end] ?? '') || pw.anaphors.has(ctx.lowers[end] ?? '')) return false;
  const lex = getFacilityLexicon();
  for (let j = Math.max(0, end - 3); j <= end; j++) {
    const hit = phraseAt(lex.facilities, ctx.lowers, j);
    // ("a solar farm with battery storage near Tarvin": storage said along with the plant is the plant's own; an
    // existing facility is named definite: "the substation at Tarvin")
    if (hit && hit.last === end) return ctx.lowers[j - 1] === 'the';
  }
  return false;
}

/** "the line crosses Tarvin, Velmora and Kessary counties": the administrative units a line passes through, listed
 * under a plural head, are the country it crosses, not the places it serves (its ends and stations). */
function isCrossedUnit(ctx: Ctx, pw: Words, m: NameMention, p: ProjectDraft): boolean {
  if (!linearKinds().has(p.type)) return false;
  const listWord = (k: number) => ctx.toks[k]?.text === ',' || ctx.lowers[k] === 'and' || ctx.lowers[k] === 'the';
  let k = m.last + 1;
  for (; k < ctx.toks.length; k++) {
    const n = ctx.mentionAt[k];
    if (n?.label === 'PLACE') { k = n.last; continue; }
    if (!listWord(k)) break;
  }
  if (!pw.unitPlurals.has(ctx.lowers[k] ?? '')) return false;
  for (k = m.first - 1; k >= 0; k--) {
    const n = ctx.mentionAt[k];
    if (n?.label === 'PLACE') { k = n.first; continue; }
    if (!listWord(k)) break;
  }
  return pw.crossingWords.has(ctx.lowers[k] ?? '');
}

/** "inaugurated it from the palace in the capital", "officials in Brenmoor said", "the Hall of Nations": a place
 * that says where a building or a group of people is, or that is itself such a building, sets the scene of the
 * news; the works are elsewhere. */
function isSetting(ctx: Ctx, pw: Words, m: NameMention): boolean {
  const name = ctx.entities.places[m.entity]?.name.toLowerCase() ?? '';
  const head = name.slice(name.lastIndexOf(' ') + 1);
  if (name.includes(' ') && pw.settingNouns.has(head)) return true;
  const prep = ctx.lowers[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  return (ctx.lowers[prep] === 'in' || ctx.lowers[prep] === 'at') && pw.settingNouns.has(ctx.lowers[prep - 1] ?? '');
}

/** "a port project in Geneva deal", "at the Tarvin talks": a place right before an event or deal noun modifies it. */
function modifiesEvent(ctx: Ctx, pw: Words, m: NameMention): boolean {
  const next = ctx.lowers[m.last + 1] ?? '';
  return pw.eventPlaceWords.has(next) || pw.transactions.has(next);
}

/** "about 65 km north of Calvaro", "north-east of Calvaro", "some 55 km from the capital": a place a distance
 * or bearing is measured from is a landmark that locates the works, not where they are ("140 km from Tarvin to Kessary" is a route, though). */
function isDistanceReference(ctx: Ctx, pw: Words, m: NameMention): boolean {
  let k = m.first - 1;
  if (ctx.lowers[k] === 'the') k--;
  const prep = ctx.lowers[k];
  if (prep !== 'of' && prep !== 'from') return false;
  k--;
  if (pw.compass.has(ctx.lowers[k] ?? '')) {
    // "in the hills north-west of Calvaro": a bearing from a place locates the works by that place, with or
    // without a distance before it
    if (prep === 'of') return true;
    k--;
  } else if (prep === 'of') return false;
  const q = ctx.quantityAt[k];
  if (!q || q.kind !== 'length') return false;
  if (prep === 'from') for (let j = m.last + 1; j <= Math.min(ctx.toks.length - 1, m.last + 4); j++) if (ctx.lowers[j] === 'to') return false;
  return true;
}

/** Is the facility mention at `at` the nearest one to token k among the sentence's mentions? */
function nearestProject(k: number, at: number, ats: number[]): boolean {
  const d = Math.abs(k - at);
  return ats.every((a) => a === at || Math.abs(k - a) >= d);
}

function attachFigures(ctx: Ctx, p: ProjectDraft, first: number, last: number, at = -1, ats: number[] = [], looseSum = false): void {
  const { doc } = ctx;
  const pw = projectWords();
  if (!p.capacity.length) {
    let best: Quantity | null = null;
    let bestDist = Infinity;
    for (const q of doc.quantities) {
      if (q.first < first || q.last > last || ctx.usedQuantities.has(q)) continue;
      if (!p.capacityKinds.includes(q.kind)) continue;
      if (q.kind === 'energy' && q.perYear) continue; // yearly output is not capacity
      if (q.kind === 'count' && p.type !== 'rolling_stock' && !p.capacityKinds.includes('count')) continue;
      if (isVisitorCount(p.type, q)) continue;
      if (isAggregate(ctx, q.first, q.last, pw)) continue;
      if (ats.length > 1 && !nearestProject(q.first, at, ats)) continue; // the figure of another facility in the sentence
      const dist = at < 0 ? q.first - first : Math.min(Math.abs(q.first - at), Math.abs(q.last - at));
      if (dist < bestDist) { best = q; bestDist = dist; }
    }
    if (best) addCapacity(ctx, p, best);
  }
  // a second figure of another unit or item in the facility's own sentence ("1,200 t/d and 24 MW",
  // "200 wagons and six locomotives") is capacity too; a second figure in the same unit is usually a comparison
  if (at >= 0 && p.capacity.length) {
    for (const q of doc.quantities) {
      if (q.first < first || q.last > last || ctx.usedQuantities.has(q) || p.capacity.length >= 3) continue;
      if (!p.capacityKinds.includes(q.kind) || (q.kind === 'energy' && q.perYear)) continue;
      if (q.kind === 'count' && p.type !== 'rolling_stock' && !p.capacityKinds.includes('count')) continue;
      if (isVisitorCount(p.type, q)) continue;
      if (isAggregate(ctx, q.first, q.last, pw) || (ats.length > 1 && !nearestProject(q.first, at, ats))) continue;
      const other = p.capacity.every((c) => c.unit !== q.unit || (q.kind === 'count' && c.item !== q.item));
      if (other) addCapacity(ctx, p, q);
    }
  }
  // a loose sum needs a project pinned down by a name, a place, a figure (this sentence's capacity counts:
  // "output is 880,000 t a year, and the total bill is $1.2 billion") or a second mention
  const pinned = p.proper || p.capacity.length > 0 || p.evidence.length >= 2 || [...p.places].some((x) => ctx.entities.places[x]?.kind !== 'country');
  if (!p.amount && (!looseSum || pinned)) {
    let best: Money | null = null;
    let bestDist = Infinity;
    for (const m of doc.money) {
      if (m.first < first || m.last > last || ctx.usedMoney.has(m) || m.conversionOf !== undefined) continue;
      if (isAggregate(ctx, m.first, m.last, pw)) continue;
      if (ats.length > 1 && !nearestProject(m.first, at, ats)) continue;
      const dist = at < 0 ? m.first - first : Math.abs(m.first - at);
      if (dist < bestDist) { best = m; bestDist = dist; }
    }
    if (best) {
      ctx.usedMoney.add(best);
      p.amount = { value: best.value, currency: best.currency, qualifier: best.qualifier, text: best.text };
      if (best.min !== undefined) p.amount.min = best.min;
    }
  }
}

function addCapacity(ctx: Ctx, p: ProjectDraft, q: Quantity): void {
  ctx.usedQuantities.add(q);
  const c: Capacity = { value: q.value, unit: q.unit, text: q.text, qualifier: q.qualifier };
  if (q.min !== undefined) c.min = q.min;
  if (q.item) c.item = q.item;
  p.capacity.push(c);
}

/** Totals over several deals, per-unit costs and overruns are not a project's figure. */
function isAggregate(ctx: Ctx, first: number, last: number, pw: ReturnType<typeof projectWords>): boolean {
  const s = ctx.doc.sentences[ctx.toks[first].sent];
  for (let k = Math.max(s.first, first - 6); k <= Math.min(s.last, last + 8); k++) {
    if (k >= first && k <= last) continue;
    if (pw.aggregate.has(ctx.lowers[k]) && !isOwnCost(ctx, pw, k) && !isInvestmentDestination(ctx, k)) return true;
    if (ctx.lowers[k] === 'per' || ctx.lowers[k] === 'a' && (ctx.lowers[k + 1] === 'kilometre' || ctx.lowers[k + 1] === 'kilometer')) return true;
  }
  return false;
}

/** "$1.2 billion of investment into the region's economy", "into the economy of the region": the economy the money
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

function roleFor(ctx: Ctx, m: NameMention, first: number, last: number): Role {
  return roleCue(ctx, m, first, last).role;
}

/** The role the words around an organisation give it, and whether any cue was there at all. */
function roleCue(ctx: Ctx, m: NameMention, first: number, last: number): { role: Role; cued: boolean } {
  const lex = getFacilityLexicon();
  const org = ctx.entities.organizations[m.entity];
  const nameWords = org.name.toLowerCase().split(/\s+/);
  const isGov = nameWords.some((w) => lex.governmentWords.has(w));
  let best: Role | null = null;
  let bestDist = Infinity;
  for (let k = Math.max(first, m.first - 8); k <= Math.min(last, m.last + 10); k++) {
    if (k >= m.first && k <= m.last) continue;
    if (ctx.mentionAt[k]) continue; // words inside names ("Development Bank") are not cues
    const hit = phraseAt(lex.roles, ctx.lowers, k);
    if (!hit) continue;
    if (ctx.lowers[k] === 'for' && hit.last === k && k !== m.first - 1) continue;
    let role = hit.value;
    // "A is wholly owned by B", "A, a subsidiary of B": how two companies are related, not who owns the project
    if (role === 'owner' && isCorporateStructure(ctx, k, hit.last)) continue;
    // "has been supplying VRZ", "delivered to VRZ": the object of a supply verb receives the goods
    if (role === 'supplier' && k < m.first && lex.recipientVerbs.has(ctx.lowers[hit.last]) && (m.first - hit.last === 1 || (m.first - hit.last === 2 && ctx.lowers[m.first - 1] === 'to'))) role = 'buyer';
    // "will supply 50 locomotives to B", "ordered 50 locomotives from A": the goods travel from the supplier to the
    // buyer, whatever lies between the verb and the preposition
    else if (k < m.first && !orgBetween(ctx, hit.last + 1, m.first - 1)) {
      if (role === 'supplier' && ctx.lowers[m.first - 1] === 'to') role = 'buyer';
      else if (role === 'buyer' && ctx.lowers[m.first - 1] === 'from' && ctx.lowers[hit.last] !== 'for') role = 'supplier';
    }
    // "A signed an EPC contract with B", "A awarded the construction contract to B": the contract after A names the
    // work B does for A; A is the client, the project's developer
    if ((role === 'contractor' || role === 'supplier') && k > m.last && isContractAwardedOn(ctx, k, hit.last)) role = 'developer';
    const dist = k < m.first ? m.first - hit.last : k - m.last;
    if (dist < bestDist) { best = role; bestDist = dist; }
  }
  // a bank lends: without a cue that it owns, runs or regulates the project, its part is financing
  if (nameWords.some((w) => lex.financierWords.has(w)) && best !== 'owner' && best !== 'operator' && best !== 'other') return { role: 'financier', cued: best !== null };
  if (isGov && best !== 'financier' && best !== 'owner' && best !== 'buyer') return { role: 'other', cued: best !== null };
  // a design or construction institute designs or builds: without another cue its part is the contractor's
  if (best === null && nameWords.some((w) => lex.contractorWords.has(w))) return { role: 'contractor', cued: false };
  if (best === 'other' && !isGov) return { role: 'partner', cued: false };
  return { role: best ?? 'partner', cued: best !== null };
}

/** The cue k..last names a contract ("EPC contract", "construction contract") that goes on "with B" or "to B". */
function isContractAwardedOn(ctx: Ctx, k: number, last: number): boolean {
  if (!/^contracts?$/.test(ctx.lowers[last])) return false;
  for (let j = last + 1; j <= last + 6 && j < ctx.toks.length; j++) {
    const w = ctx.lowers[j];
    if (ctx.toks[j].punct && w !== '(' && w !== ')') return false;
    if (w === 'with' || w === 'to') return ctx.mentionAt[j + 1]?.label === 'ORG' || (ctx.lowers[j + 1] === 'the' && ctx.mentionAt[j + 2]?.label === 'ORG');
  }
  return false;
}

function orgBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ctx.mentionAt[k]?.label === 'ORG' || ctx.toks[k].text === ';') return true;
  return false;
}

/** An ownership cue with an organisation right before and right after it: corporate structure. */
function isCorporateStructure(ctx: Ctx, first: number, last: number): boolean {
  const lex = getFacilityLexicon();
  let structural = false;
  for (let k = Math.max(0, first - 2); k <= first && !structural; k++) {
    const hit = phraseAt(lex.structureCues, ctx.lowers, k);
    if (hit && hit.last >= first) structural = true;
  }
  if (!structural) return false;
  const orgWithin = (from: number, to: number) => {
    for (let k = from; k <= to; k++) if (ctx.mentionAt[k]?.label === 'ORG') return true;
    return false;
  };
  return orgWithin(Math.max(0, first - 5), first - 1) && orgWithin(last + 1, Math.min(ctx.toks.length - 1, last + 5));
}

/** "..., the Ministry of Energy said.": a body a sentence is attributed to is its source, not by that a party. */
function isAttribution(ctx: Ctx, m: NameMention): boolean {
  const before = ctx.lowers[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  return ctx.toks[before]?.text === ',' && projectWords().attributionVerbs.has(ctx.lowers[m.last + 1] ?? '');
}

/** Bodies that are named near a project but take no part in it (an exchange where a filing was made). */
function isNotParty(ctx: Ctx, entity: number): boolean {
  const name = ctx.entities.organizations[entity].name.toLowerCase();
  const words = name.split(/\s+/);
  const lex = getFacilityLexicon();
  // "the MoU was signed by ...": a paper read as a name is no body at all
  return words.some((w) => lex.notPartyWords.has(w)) || projectWords().transactionNouns.has(name);
}

/** A sentence that names no facility but says who finances, builds, supplies or runs "it": those
 * organisations join the project under discussion with that role. */
function attachCuedOrganizations(ctx: Ctx, p: ProjectDraft, first: number, last: number, signing = false): void {
  for (let k = first; k <= last; k++) {
    const m = ctx.mentionAt[k];
    if (!m) continue;
    k = m.last;
    if (m.label !== 'ORG' || p.orgs.has(m.entity)) continue;
    const { role, cued } = roleCue(ctx, m, first, last);
    if (cued && role !== 'other' && role !== 'partner') p.orgs.set(m.entity, role);
    // "The contract was signed by A and B", "Signatories were A, B and C": the parties to the project's papers
    // (not the building they were signed at, nor a source the sentence is attributed to)
    else if (signing && !isVenue(ctx, m) && !isAttribution(ctx, m) && !isNotParty(ctx, m.entity) && !isParentOfNamed(ctx, projectWords(), m)) p.orgs.set(m.entity, role);
  }
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

/** A sentence naming the first or an earlier stage of the works, in a text that numbers a later stage too, while the
 * project under discussion is not named as that stage: it tells the history of another part ("That first phase,
 * built by X, cost $3 billion"). */
function speaksOfEarlierStage(ctx: Ctx, pw: Words, first: number, last: number, p: ProjectDraft, all: Set<string>): boolean {
  if (all.size < 2) return false;
  const here = stageLabels(ctx, pw, first, last);
  if (!here.has('1') && !here.has('earlier')) return false;
  const name = p.name.toLowerCase();
  return ![...pw.stageNouns].some((n) => name.includes(`${n} 1`) || name.includes(`${n} one`) || name.includes(`first ${n}`));
}

/** "Tarvin Invest will help the company choose a plot and apply for preferences": a body that helps the investor
 * with the site, permits or incentives of the project under discussion takes part in it, as 'other'. */
function attachFacilitators(ctx: Ctx, pw: Words, p: ProjectDraft, first: number, last: number): void {
  for (let k = first; k <= last; k++) {
    const m = ctx.mentionAt[k];
    if (!m) continue;
    k = m.last;
    if (m.label !== 'ORG' || p.orgs.has(m.entity) || isNotParty(ctx, m.entity)) continue;
    // the help verb right after the body, behind at most an auxiliary ("will help", "is helping")
    let j = m.last + 1;
    if (ctx.lowers[j] === 'will' || ctx.lowers[j] === 'would' || ctx.lowers[j] === 'is' || ctx.lowers[j] === 'has') j++;
    if (!pw.helpVerbs.has(ctx.lowers[j] ?? '')) continue;
    for (let i = j + 1; i <= last; i++) if (pw.siteMatters.has(ctx.lowers[i])) { p.orgs.set(m.entity, 'other'); break; }
  }
}

/** "JPC is 65% owned by A and 35% by B": the holders of an organisation that is already on the project (its project
 * company, its owner) hold the project with it; those the text did not give a part yet are its partners. */
function attachShareholders(ctx: Ctx, pw: Words, p: ProjectDraft, first: number, last: number): void {
  for (let k = first; k <= last; k++) {
    const m = ctx.mentionAt[k];
    if (!m) continue;
    k = m.last;
    if (m.label !== 'ORG' || !p.orgs.has(m.entity)) continue;
    let cue = -1;
    for (let j = m.last + 1; j <= Math.min(last, m.last + 6) && cue < 0; j++) {
      if (ctx.mentionAt[j] || ctx.toks[j].text === ',' || ctx.toks[j].text === ';') break;
      if (pw.holdingVerbs.has(ctx.lowers[j]) && ctx.lowers[j + 1] === 'by') cue = j + 1;
    }
    if (cue < 0) continue;
    for (let j = cue + 1; j <= last; j++) {
      const n = ctx.mentionAt[j];
      if (!n) continue;
      j = n.last;
      if (n.label === 'ORG' && !p.orgs.has(n.entity) && !isNotParty(ctx, n.entity)) p.orgs.set(n.entity, 'partner');
    }
    return;
  }
}

/** A sentence that reports the signing of the project's papers: "signatories were ...", "the contract was
 * signed ... by ...", "the documents were signed by ...". */
function isSigning(ctx: Ctx, pw: Words, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = ctx.lowers[k];
    if (w === 'signatories' || w === 'signatory') return true;
    if (!pw.signingVerbs.has(w)) continue;
    for (let j = k + 1; j <= Math.min(last, k + 6); j++) if (ctx.lowers[j] === 'by') return true;
    for (let j = k - 1; j >= Math.max(first, k - 4); j--) {
      if (pw.transactionNouns.has(ctx.lowers[j]) && /^(the|these|this)$/.test(ctx.lowers[j - 1] ?? '')) return true;
    }
  }
  return false;
}

/** A paragraph opening with an item number ("3.", "3)") starts an item of a numbered list. */
function opensNumberedItem(ctx: Ctx, first: number): boolean {
  const t = ctx.toks[first];
  const prev = ctx.toks[first - 1];
  if (!t?.num || !/^\d{1,2}$/.test(t.text)) return false;
  if (prev && ctx.doc.sentences[prev.sent].paragraph === ctx.doc.sentences[t.sent].paragraph) return false;
  const next = ctx.toks[first + 1]?.text;
  return next === '.' || next === ')';
}

/** "The consortium is led by A, with B as a partner", "The sponsors are A and B": a sentence whose subject is the
 * group behind the project under discussion names its members. */
function opensWithPartyGroup(ctx: Ctx, pw: Words, first: number): boolean {
  if (!/^(the|this|its|that)$/.test(ctx.lowers[first] ?? '')) return false;
  return pw.partyGroups.has(ctx.lowers[first + 1] ?? '') || pw.partyGroups.has(`${ctx.lowers[first + 1]} ${ctx.lowers[first + 2]}`);
}

/** "A, a unit of the state-owned B", "chairman of parent group B": a body named as the parent of another says how
 * the companies hang together; the parent takes part in the project only when the text says so elsewhere. */
function isParentOfNamed(ctx: Ctx, pw: Words, m: NameMention): boolean {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 5); k--) {
    const w = ctx.lowers[k];
    if (w === 'parent') return true;
    if (w === 'of') return pw.childNouns.has(ctx.lowers[k - 1] ?? '') && ctx.toks[k - 2]?.text !== 'the' ? true : false;
    if (ctx.toks[k].punct || ctx.mentionAt[k] || ctx.toks[k].cap) return false;
  }
  return false;
}

/** "signed at the Ministry of Energy": the body whose building hosted the event. */
function isVenue(ctx: Ctx, m: NameMention): boolean {
  const before = ctx.lowers[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  return ctx.lowers[before] === 'at';
}

function statusFor(ctx: Ctx, first: number, last: number, at: number, ats: number[] = []): { status: Status; strength: number } | null {
  const lex = getFacilityLexicon();
  let best: { status: Status; strength: number; dist: number } | null = null;
  for (let k = first; k <= last; k++) {
    const hit = phraseAt(lex.statuses, ctx.lowers, k);
    if (!hit) continue;
    // with several facilities in the sentence a cue speaks of the nearest one ("the depot is still being
    // finished, and the park exists only on paper"), as figures do
    if (ats.length > 1 && !nearestProject(k, at, ats)) { k = hit.last; continue; }
    let status = hit.value;
    // "passed on the preliminary survey results", "completed the feasibility study": the verb's object is paperwork
    if ((status === 'operating' || status === 'completed') && takesProcessObject(ctx, hit.last, last)) { k = hit.last; continue; }
    // "has not been commissioned", "yet to sign"
    for (let j = Math.max(first, k - 3); j < k; j++) if (phraseAt(lex.negations, ctx.lowers, j)) { status = status === 'cancelled' ? 'unknown' : 'announced'; break; }
    // "can be commissioned", "will sign", "plans to build": a plan, not a fact
    if (status !== 'announced') for (let j = Math.max(first, k - 3); j < k; j++) if (lex.modals.has(ctx.lowers[j])) { status = 'announced'; break; }
    const dist = Math.abs(k - at) + (hit.last - k === 0 ? 1 : 0); // longer cues win ties
    const phrase = ctx.lowers.slice(k, hit.last + 1).join(' ');
    const strength = status === 'announced' || status === 'unknown' || lex.weakStatusCues.has(phrase) ? 1 : STRONG;
    // a fact (signed, under construction) outweighs talk of plans in the same sentence; then the nearest cue
    if (!best || strength > best.strength || (strength === best.strength && dist < best.dist)) best = { status, strength, dist };
    k = hit.last;
  }
  return best;
}

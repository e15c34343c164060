// Whether a facility word names works of their own: a link said to be separate from the plant it leaves, a facility
// named only as a landmark ("next to the airport"), a facility word opening a place name ("Port Vila").
// Word lists: data/lexicon/project-mentions.json.
import type { Ctx } from './project-context.js';
import type { ProjectType } from './extraction.js';
import type { Quantity } from './doc.js';
import { loadJson } from './data-dir.js';
import { getFacilityLexicon, phraseAt, type FacilityKind } from './facility-lexicon.js';
import { getLexicon } from './lexicon.js';
import { placesAfter } from './project-places.js';
import { kindHeads, linearKinds, projectWords } from './project-context.js';
import type { ProjectDraft } from './projects.js';

interface MentionWordsData { other_builder_verbs: string[]; other_builder_active_verbs: string[]; builder_subject_fillers: string[]; separate_words: string[]; landmark_words: string[]; served_words: string[]; place_name_heads: string[]; figurative_phrases: string[]; host_kinds: string[]; host_fillers: string[]; host_owners: string[]; zone_occupants: string[]; origin_words: string[]; new_works_words: string[]; another_kind_heads: string[] }
interface MentionWords { otherBuilderVerbs: Set<string>; otherBuilderActive: string[][]; builderFillers: Set<string>; separate: string[][]; landmarks: string[][]; served: string[][]; placeHeads: Set<string>; figurative: string[][]; hosts: Set<string>; hostFillers: Set<string>; hostOwners: Set<string>; occupants: Set<string>; origins: Set<string>; newWorks: Set<string>; anotherHeads: Set<string> }

let words: MentionWords | null = null;
function mentionWords(): MentionWords {
  if (!words) {
    const w = loadJson<MentionWordsData>('lexicon/project-mentions.json');
    const split = (xs: string[]) => xs.map((x) => x.split(' ')).sort((a, b) => b.length - a.length);
    words = {
      otherBuilderVerbs: new Set(w.other_builder_verbs), otherBuilderActive: split(w.other_builder_active_verbs), builderFillers: new Set(w.builder_subject_fillers.flatMap((x) => x.split(' '))), separate: split(w.separate_words), landmarks: split(w.landmark_words), served: split(w.served_words), placeHeads: new Set(w.place_name_heads),
      figurative: w.figurative_phrases.map((x) => x.split(' ')), hosts: new Set(w.host_kinds), hostFillers: new Set(w.host_fillers), hostOwners: new Set(w.host_owners), occupants: new Set(w.zone_occupants), origins: new Set(w.origin_words), newWorks: new Set(w.new_works_words), anotherHeads: new Set(w.another_kind_heads),
    };
  }
  return words;
}

/** "new", "planned": a word before a facility word that may make it works of the news (project-mentions.json new_works_words). */
export function isNewWorksWord(word: string): boolean {
  return mentionWords().newWorks.has(word);
}

/** "project", "exporters": a word for works or a firm a zone houses (project-mentions.json zone_occupants). */
export function isZoneOccupant(word: string): boolean {
  return mentionWords().occupants.has(word);
}

/** "from": a word that leads from a link to where it starts (project-mentions.json origin_words). */
export function isOriginWord(word: string): boolean {
  return mentionWords().origins.has(word);
}

const SITE_PREPOSITIONS = new Set(['at', 'in', 'near', 'within', 'inside']);

function phraseEndsAt(ctx: Ctx, phrase: string[], last: number): boolean {
  for (let n = 0; n < phrase.length; n++) if (ctx.lowers[last - phrase.length + 1 + n] !== phrase[n]) return false;
  return true;
}

/** "a separate 230 kV line", "will be tendered separately", "split off the transfer pipeline": the sentence from
 * `first` to `last` says the link is works apart from the plant it serves. */
export function saysSeparate(ctx: Ctx, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) for (const p of mentionWords().separate) if (k - p.length + 1 >= first && phraseEndsAt(ctx, p, k)) return true;
  return false;
}

const PLANT_BUILDER_ROLES = new Set(['developer', 'contractor', 'owner', 'partner']);

/** An organisation at token `k` that is a body other than one building or owning `host` (the plant's buyer, a utility,
 * may still build a line apart: "CEB signed the PPA ... the line will be built by CEB"). */
function otherBody(ctx: Ctx, host: ProjectDraft, k: number): boolean | null {
  const m = ctx.mentionAt[k];
  if (m?.label !== 'ORG' || m.entity < 0) return null;
  const role = host.orgs.get(m.entity);
  return role === undefined || !PLANT_BUILDER_ROLES.has(role);
}

/** "a new 33 kV line to Dormaa, to be built by the grid company GridLink", "GSE plans to construct a 62-km line to the
 * Tskaltubo substation": the link from `first` to `last` (in a sentence from `sentFirst` to `end`) is built by an
 * organisation that is not already building or owning `host`, the plant it would serve. It is then planned and contracted
 * apart from the plant: works of their own. After the link, a participle of building (project-mentions.json
 * other_builder_verbs), maybe joined to another by 'and', then 'by' and the body within a few describing words; or before
 * it, the body as subject of a building verb (other_builder_active_verbs) over a few fillers ("plans to", "will").
 * ("Qinghe, which will also build a line to the substation": the plant's builder adding its connection to its work, 'also'
 * in the clause, keeps the line in the plant.) */
export function builtByOther(ctx: Ctx, host: ProjectDraft, first: number, last: number, sentFirst: number, end: number): boolean {
  const w = mentionWords();
  for (let k = last + 1; k <= end - 1; k++) {
    if (!w.otherBuilderVerbs.has(ctx.lowers[k])) continue;
    let by = k + 1;
    // ("built and financed by", "built and operated by")
    if (ctx.lowers[by] === 'and' && !ctx.toks[by + 1]?.punct) by += 2;
    if (ctx.lowers[by] !== 'by') continue;
    for (let j = by + 1; j <= Math.min(end, by + 7); j++) {
      const other = otherBody(ctx, host, j);
      if (other !== null) return other;
      if (ctx.mentionAt[j] || (ctx.toks[j].punct && ctx.toks[j].text !== '-')) return false;
    }
    return false;
  }
  // the building verb before the link's noun phrase (over its article and figures: "a 62-kilometre, 220 kV")
  let k = first - 1;
  while (k > sentFirst && first - k <= 8 && !w.otherBuilderActive.some((p) => phraseEndsAt(ctx, p, k))) k--;
  const verb = w.otherBuilderActive.find((p) => phraseEndsAt(ctx, p, k));
  if (!verb) return false;
  for (let j = k - verb.length; j >= Math.max(sentFirst, k - verb.length - 5); j--) {
    if (ctx.lowers[j] === 'also') return false;
    const m = ctx.mentionAt[j];
    // ("Armenian Grid Company (AGC) plans to": over the acronym in brackets)
    if (ctx.toks[j].text === ')' ) { while (j > sentFirst && ctx.toks[j].text !== '(') j--; continue; }
    if (m) return otherBody(ctx, host, j) === true;
    if (!w.builderFillers.has(ctx.lowers[j])) return false;
  }
  return false;
}

/** "next to the airport", "near the port", "next to the ferry port": 'the' before the facility word at `i` (nothing between
 * but a describing word or two) after a word of nearness, and no project of that type yet: the facility is a landmark. */
export function isLandmark(ctx: Ctx, i: number, type: ProjectType): boolean {
  if (joinedRoute(ctx, i, type)) return true;
  if (ctx.toks[i].cap) return isNamedLandmark(ctx, i);
  if (ctx.projects.some((p) => p.type === type)) return isNamedLandmark(ctx, i);
  // ("... which runs the port" after "a hub next to the ferry port": the landmark again, the same head word, while the
  // sentence does not work on it)
  if (ctx.lowers[i - 1] === 'the' && landmarkHeads.get(ctx)?.has(ctx.lowers[i]) && !changesWorks(ctx, i)) return true;
  // ("next to the ferry port", "near the old airport": over a lower-case word or two that describe it, not one that makes it
  // new works, "near the planned airport")
  let k = i - 1;
  while (k >= 0 && i - k <= LANDMARK_MODIFIERS && isLandmarkModifier(ctx, k)) k--;
  if (ctx.lowers[k] !== 'the') return isNamedLandmark(ctx, i);
  if (!mentionWords().landmarks.some((p) => phraseEndsAt(ctx, p, k - 1))) return false;
  const heads = landmarkHeads.get(ctx) ?? new Set<string>();
  landmarkHeads.set(ctx, heads.add(ctx.lowers[i]));
  return true;
}

/** "a solar plant to power the container terminal", "will supply power to the Velora copper mine": the facility word at
 * `i` after 'the', 'its' or 'their' (over a name, or a describing word or two) after a word of serving
 * (project-mentions.json served_words) is the facility the works named before it serve, not works of the news, unless
 * a project of its kind is known already. The caller checks that works were named before it in the sentence. */
export function isServedFacility(ctx: Ctx, i: number, type: ProjectType): boolean {
  if (ctx.projects.some((p) => p.type === type)) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= LANDMARK_NAME_WORDS && ctx.toks[k].cap && !ctx.toks[k].punct && ctx.mentionAt[k]?.label !== 'PERSON') k--;
  if (k === i - 1) while (k >= 0 && i - k <= LANDMARK_MODIFIERS && isLandmarkModifier(ctx, k)) k--;
  if (!SERVED_DETERMINERS.has(ctx.lowers[k])) return false;
  return mentionWords().served.some((p) => phraseEndsAt(ctx, p, k - 1));
}

const SERVED_DETERMINERS = new Set(['the', 'its', 'their']);

/** "A 120 km pipeline will feed the Dara refinery": the first facility named after a link ending at `last`, in its
 * clause, is one the link serves (isServedFacility). The link is then works of its own, not a part of that facility. */
export function servesFacilityAfter(ctx: Ctx, last: number, end: number): boolean {
  const lex = getFacilityLexicon();
  for (let j = last + 1; j <= Math.min(end, last + SERVED_REACH); j++) {
    if (ctx.toks[j].punct && !ctx.quantityAt[j]) return false;
    const hit = phraseAt(lex.facilities, ctx.lowers, j);
    if (hit) return isServedFacility(ctx, j, hit.value.type);
  }
  return false;
}

const SERVED_REACH = 10;

/** The head words of facilities a text has named as landmarks (no project of their kind known then), by text. */
const landmarkHeads = new WeakMap<Ctx, Set<string>>();

/** The sentence of token `i` speaks of changing works (change_words, works verbs). */
function changesWorks(ctx: Ctx, i: number): boolean {
  const s = ctx.doc.sentences[ctx.toks[i].sent];
  const works = getFacilityLexicon().worksVerbs;
  for (let j = s.first; j <= s.last; j++) if (detectionWords().changeWords.has(ctx.lowers[j]) || phraseAt(works, ctx.lowers, j)) return true;
  return false;
}

const LANDMARK_MODIFIERS = 2;

function isLandmarkModifier(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return !t.cap && !t.punct && !t.num && !ctx.quantityAt[k] && !ctx.mentionAt[k] && !getLexicon().functionWords.has(t.lower)
    && !mentionWords().newWorks.has(t.lower) && !phraseAt(getFacilityLexicon().facilities, ctx.lowers, k);
}

/** "the reservoir of the Dunmore hydropower plant", "the turbine hall of the Tarvin power station": the definite noun at
 * `i` followed by 'of the', a name and a facility word is a part of that facility, not the project under discussion. */
export function partOfNamedFacility(ctx: Ctx, i: number): boolean {
  if (ctx.lowers[i + 1] !== 'of' || ctx.lowers[i + 2] !== 'the') return false;
  let k = i + 3;
  while (k < ctx.toks.length && k - i - 3 < LANDMARK_NAME_WORDS && ctx.toks[k].cap && !ctx.toks[k].punct) k++;
  return k > i + 3 && phraseAt(getFacilityLexicon().facilities, ctx.lowers, k) !== null;
}

const LANDMARK_NAME_WORDS = 4;

/** "next to the Iernut gas power plant", "downstream of the Strejesti hydropower plant": a facility known by its own name
 * (capitalised words between 'the' and the facility word at `i`) after a word of nearness says where other works are,
 * unless a project of that name is known already. */
function isNamedLandmark(ctx: Ctx, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= LANDMARK_NAME_WORDS && ctx.toks[k].cap && !ctx.toks[k].punct && ctx.mentionAt[k]?.label !== 'PERSON') k--;
  if (k === i - 1) return false;
  // ("near Talvik airport": the name right after the word of nearness, with no 'the')
  const bare = ctx.lowers[k] !== 'the' && mentionWords().landmarks.some((p) => phraseEndsAt(ctx, p, k));
  if (!bare && (ctx.lowers[k] !== 'the' || !mentionWords().landmarks.some((p) => phraseEndsAt(ctx, p, k - 1)))) return false;
  const name = ctx.doc.text.slice(ctx.toks[k + 1].start, ctx.toks[i - 1].end).toLowerCase();
  return !ctx.projects.some((p) => p.name.toLowerCase().includes(name));
}

const JOINED_ROUTE_PREPS = new Set(['from', 'to', 'onto', 'on', 'along', 'with']);

/** "a bypass that would run from the Dobrich highway to the road to Silistra", "the spur from the Varna expressway",
 * "the road will take traffic on the national road between Tarvin and Kessary": a route said with "the" (over its
 * modifiers) behind a preposition, after a word for other linear works earlier in the sentence, is the existing route
 * those works meet or relieve, not works of its own (nor the same works: its places are that route's). */
function joinedRoute(ctx: Ctx, i: number, type: ProjectType): boolean {
  if (!linearKinds().has(type) || ctx.toks[i].cap) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && ctx.lowers[k] !== 'the' && !ctx.toks[k].punct && !JOINED_ROUTE_PREPS.has(ctx.lowers[k])) k--;
  if (ctx.lowers[k] !== 'the' || !JOINED_ROUTE_PREPS.has(ctx.lowers[k - 1] ?? '')) return false;
  const sentFirst = ctx.doc.sentences[ctx.toks[i].sent]?.first ?? 0;
  const lex = getFacilityLexicon();
  for (let j = k - 2; j >= sentFirst; j--) {
    const hit = phraseAt(lex.facilities, ctx.lowers, j);
    if (hit && hit.last < k - 1 && linearKinds().has(hit.value.type)) return true;
  }
  return false;
}

const COORDINATED_MODIFIERS = 2;

/** "a cold-storage and packing hub", "a sorting and packing centre": a modifier that with the head after a second
 * modifier joined by 'and' (one or two lower-case words) forms a facility phrase names that facility, from `i` to the
 * head. */
export function coordinatedPhraseAt(ctx: Ctx, i: number, sentenceLast: number): { value: FacilityKind; last: number } | null {
  if (ctx.lowers[i + 1] !== 'and' || ctx.toks[i].punct || ctx.toks[i].cap) return null;
  const lex = getFacilityLexicon();
  for (let m = 1; m <= COORDINATED_MODIFIERS; m++) {
    const mod = ctx.toks[i + 1 + m];
    if (!mod || mod.cap || mod.punct || mod.num || getLexicon().functionWords.has(mod.lower)) return null;
    const rest = i + 2 + m;
    if (rest > sentenceLast) return null;
    const hit = phraseAt(lex.facilities, [ctx.lowers[i], ...ctx.lowers.slice(rest, Math.min(sentenceLast, rest + 6) + 1)], 0);
    if (hit && hit.last >= 1) return { value: hit.value, last: rest + hit.last - 1 };
  }
  return null;
}

/** "Port Vila", "Port Moresby": a capitalised head word of place names at `i`, alone in its facility phrase, before a
 * capitalised word that starts no facility phrase. */
export function opensPlaceName(ctx: Ctx, i: number, hitLast: number): boolean {
  if (hitLast !== i || !mentionWords().placeHeads.has(ctx.toks[i].text)) return false;
  const next = ctx.toks[i + 1];
  if (!next || !next.cap || next.punct || next.num) return false;
  return !phraseAt(getFacilityLexicon().facilities, ctx.lowers, i + 1);
}

/** "a pCAM plant at the Batang Industrial Estate": the place right after an indefinite facility phrase (within four
 * tokens, no punctuation), after a preposition of site ('at', 'in', 'near': not 'across the Tarvin River', which a
 * bridge crosses) and 'the' (project-places' placesAfter takes the preposition right before the name only). */
export function placesAfterArticle(ctx: Ctx, last: number): number[] {
  const placePreps = SITE_PREPOSITIONS;
  for (let k = last + 1; k <= Math.min(ctx.toks.length - 1, last + 4); k++) {
    if (ctx.toks[k].punct) break;
    const m = ctx.mentionAt[k];
    if (m?.label !== 'PLACE') continue;
    const ok = !m.dateline && ctx.entities.places[m.entity]?.kind !== 'country' && ctx.lowers[m.first - 1] === 'the' && placePreps.has(ctx.lowers[m.first - 2] ?? '');
    return ok ? [m.entity] : [];
  }
  return [];
}

/** "the development pipeline", "a deal pipeline": the facility word at `last` closes a figurative phrase
 * (project-mentions.json figurative_phrases). */
export function isFigurative(ctx: Ctx, last: number): boolean {
  return mentionWords().figurative.some((p) => phraseEndsAt(ctx, p, last));
}

/** "the sulphuric acid plant at the Eshidiya mine": a facility of a host kind (project-mentions.json host_kinds) at `i`,
 * after 'at' (and 'the', names, figures) right after another facility found in the sentence (`prevAt`, its last token,
 * within six tokens), with no project of its type yet: the site of those works. */
export function isHostSite(ctx: Ctx, i: number, type: ProjectType, prevAt: number | undefined): boolean {
  const w = mentionWords();
  if (!w.hosts.has(type) || prevAt === undefined || i - prevAt > HOST_REACH || ctx.projects.some((p) => p.type === type)) return false;
  let k = i - 1;
  // ("at its Kessary copper mine", "at the Marrow container port": over the owner's word and a describing word or two,
  // not one that makes the host new works, "at the planned airport")
  let described = 0;
  while (k > prevAt && (ctx.lowers[k] === 'the' || w.hostOwners.has(ctx.lowers[k]) || ctx.mentionAt[k] || (ctx.toks[k].cap && !ctx.toks[k].punct)
    || (described < HOST_DESCRIBERS && isLandmarkModifier(ctx, k) && ++described > 0))) k--;
  if (k <= prevAt || ctx.lowers[k] !== 'at') return false;
  // ("a 4-km branch line and station at the airport": a part joined to the works by 'and' stands at the same site)
  let j = k - 1;
  if (j > prevAt + 1 && j - prevAt <= 3) {
    while (j > prevAt + 1 && !ctx.toks[j].punct && !ctx.toks[j].cap && ctx.lowers[j] !== 'and') j--;
    if (ctx.lowers[j] === 'and' && j === prevAt + 1) return true;
  }
  // ("a solar plant will be built at X Airport", "a plant of 20 MWp at the port of X", "a solar plant with 8 MWh of
  // batteries at X": between the works and 'at' only their size, a part of them or the verb that sites them)
  for (j = prevAt + 1; j < k; j++) {
    if (ctx.quantityAt[j] || w.hostFillers.has(ctx.lowers[j])) continue;
    const part = phraseAt(getFacilityLexicon().facilities, ctx.lowers, j);
    if (part && part.last < k && partOfPlantKinds().has(part.value.type)) { j = part.last; continue; }
    return false;
  }
  return true;
}

/** How far after the works the site may be named ("a 12 MW solar plant with 8 MWh of batteries at X Airport"). */
const HOST_REACH = 12;
/** Lower-case describing words between 'the' and the host ("the Marrow container port", "its Kessary copper mine"). */
const HOST_DESCRIBERS = 2;

let partKinds: Set<string> | null = null;
/** Kinds that are a part of a plant (facilities.json part_of_plant): storage, a substation. */
function partOfPlantKinds(): Set<string> {
  partKinds ??= new Set(loadJson<{ part_of_plant: string[] }>('lexicon/facilities.json').part_of_plant);
  return partKinds;
}

interface DetectionData {
  power_plant_heads: string[]; generation_words: Record<string, ProjectType>; section_generation_words: string[]; approximators: string[];
  making_clause_heads: string[]; making_clause_verbs: string[]; making_clause_links: string[]; making_clause_fillers: string[];
  existing_asset_verbs: string[]; existing_asset_perfect_verbs: string[]; existing_words: string[]; change_words: string[]; record_verbs: string[]; record_fillers: string[];
  agent_verbs: string[]; agent_auxiliaries: string[]; agent_possessed: string[];
  denial_words: string[]; denied_objects: string[]; ruling_out: string[]; remote_modals: string[]; remote_times: string[]; report_nouns: string[]; passive_denials: string[];
  storage_pair_generation: string[]; storage_pair_fillers: string[]; generation_heads: string[]; generation_head_fillers: string[]; plant_acronyms: Record<string, ProjectType>; captive_words: string[];
}
interface Detection {
  powerHeads: Set<string>; generation: Map<string, ProjectType>; powerKinds: Set<ProjectType>; sectionGeneration: Set<string>; approximators: Set<string>;
  makingHeads: Set<string>; makingVerbs: Set<string>; makingLinks: Set<string>; makingFillers: Set<string>; existingVerbs: Set<string>; existingPerfect: Set<string>; recordVerbs: Set<string>; recordFillers: Set<string>;
  existingWords: Set<string>; changeWords: Set<string>;
  agentVerbs: Set<string>; agentAux: Set<string>; agentPossessed: Set<string>;
  denialWords: Set<string>; deniedObjects: string[][]; rulingOut: string[][]; remoteModals: Set<string>; remoteTimes: string[][]; reportNouns: Set<string>; passiveDenials: string[][];
  storagePairGeneration: Set<string>; storagePairFillers: Set<string>; generationHeads: Set<string>; generationHeadFillers: Set<string>; plantAcronyms: Map<string, ProjectType>; captiveWords: Set<string>;
}
let detection: Detection | null = null;
/** Phrases as word lists, longest first. */
const phrases = (xs: string[]) => xs.map((x) => x.split(' ')).sort((a, b) => b.length - a.length);
function detectionWords(): Detection {
  if (!detection) {
    const d = loadJson<DetectionData>('lexicon/project-detection.json');
    detection = {
      powerHeads: new Set(d.power_plant_heads), generation: new Map(Object.entries(d.generation_words)), powerKinds: new Set(Object.values(d.generation_words)), sectionGeneration: new Set(d.section_generation_words),
      approximators: new Set(d.approximators), makingHeads: new Set(d.making_clause_heads), makingVerbs: new Set(d.making_clause_verbs),
      makingLinks: new Set(d.making_clause_links), makingFillers: new Set(d.making_clause_fillers), existingVerbs: new Set(d.existing_asset_verbs), existingPerfect: new Set(d.existing_asset_perfect_verbs), recordVerbs: new Set(d.record_verbs), recordFillers: new Set(d.record_fillers),
      existingWords: new Set(d.existing_words), changeWords: new Set(d.change_words),
      agentVerbs: new Set(d.agent_verbs), agentAux: new Set(d.agent_auxiliaries), agentPossessed: new Set(d.agent_possessed),
      denialWords: new Set(d.denial_words), deniedObjects: phrases(d.denied_objects), rulingOut: phrases(d.ruling_out),
      remoteModals: new Set(d.remote_modals), remoteTimes: phrases(d.remote_times), reportNouns: new Set(d.report_nouns), passiveDenials: phrases(d.passive_denials),
      storagePairGeneration: new Set(d.storage_pair_generation), storagePairFillers: new Set(d.storage_pair_fillers),
      generationHeads: new Set(d.generation_heads), generationHeadFillers: new Set(d.generation_head_fillers), plantAcronyms: new Map(Object.entries(d.plant_acronyms)), captiveWords: new Set(d.captive_words),
    };
  }
  return detection;
}

/** The kind of generation a word names, whole or by a part of its hyphenation ("heavy-fuel", "waste-heat"). */
export function generationOf(w: string): ProjectType | undefined {
  const g = detectionWords().generation;
  const whole = g.get(w);
  if (whole || !w.includes('-')) return whole;
  for (const part of w.split('-')) { const t = g.get(part); if (t) return t; }
  return undefined;
}

/** "a plant of around 30 MW": the figure after 'of' (and words of approximation) right after the facility word at `last`. */
export function sizeAfterOf(ctx: Ctx, last: number): Quantity | undefined {
  if (ctx.lowers[last + 1] !== 'of') return undefined;
  const d = detectionWords();
  for (let k = last + 2; k <= last + 5 && k < ctx.toks.length; k++) {
    const q = ctx.quantityAt[k];
    if (q) return q;
    if (!d.approximators.has(ctx.lowers[k])) return undefined;
  }
  return undefined;
}

/** "a 90 MW solar and 40 MWh battery storage project", "a wind power and energy storage system": the storage phrase at
 * `i` is joined by 'and' (over the figures before it) to a bare word of generation (over fillers such as 'power'); the
 * phrase names a generating plant and its storage, which is that plant's part (the spec). The plant's kind and the
 * token its name starts at, or null. (A generation word that is a facility phrase itself, "a solar farm and a battery",
 * is read as its own phrase before this.) */
export function generationBeforeStorage(ctx: Ctx, i: number, sentenceFirst: number): { type: ProjectType; first: number } | null {
  const d = detectionWords();
  let k = i - 1;
  while (k >= sentenceFirst && ctx.quantityAt[k]) k = ctx.quantityAt[k]!.first - 1;
  if (k <= sentenceFirst || ctx.lowers[k] !== 'and') return null;
  k--;
  while (k > sentenceFirst && d.storagePairFillers.has(ctx.lowers[k]) && !d.storagePairGeneration.has(ctx.lowers[k])) k--;
  // ("a 70 MW solar PV and ...": a filler that is itself a word of generation, with one before it, opens there)
  while (k > sentenceFirst && d.storagePairGeneration.has(ctx.lowers[k - 1]) && !ctx.toks[k - 1].punct) k--;
  const w = ctx.lowers[k];
  if (!d.storagePairGeneration.has(w) || ctx.toks[k].cap && k !== sentenceFirst && !ctx.toks[k].upper) return null;
  const type = generationOf(w);
  return type ? { type, first: k } : null;
}

/** How many tokens back the section scan for a word of generation goes (a subheading and a paragraph or two). */
const SECTION_SCAN = 250;

/** "25 MW of solar photovoltaic capacity with 50 MWh of battery storage", "will pair 60 MW of wind turbines with a
 * battery": a power figure, 'of' and within two words a word of generation (project-detection.json generation_words)
 * size a generating plant. The kind of the first such plant in the sentences `spans` cover (as their first power figure), or null. Storage named with
 * it is that plant's part (the spec), so works named only by their storage are that plant. */
export function generationSizedIn(ctx: Ctx, spans: readonly { start: number; end: number }[]): ProjectType | null {
  // (only the first power figure of a sentence: "200 MW of battery storage to back up 500 MW of wind capacity" sizes the
  // storage, and the wind capacity it backs up is another's)
  const seen = new Set<number>();
  for (const q of ctx.doc.quantities) {
    if (q.kind !== 'power') continue;
    const at = ctx.toks[q.first].start;
    const span = spans.findIndex((e) => at >= e.start && at < e.end);
    if (span < 0 || seen.has(span)) continue;
    seen.add(span);
    if (ctx.lowers[q.last + 1] !== 'of') continue;
    for (let k = q.last + 2; k <= q.last + 4 && k < ctx.toks.length; k++) {
      if (ctx.toks[k].punct) break;
      const t = generationOf(ctx.lowers[k]);
      if (t) return t;
    }
  }
  return null;
}

/** "a 120 MW heavy-fuel plant", "the 45 MW plant on the Tarvin River", "a second plant of around 30 MW": a bare plant
 * word (project-detection.json power_plant_heads) sized by a power figure right before it (over lower-case modifiers)
 * or after 'of' is a power plant. Its kind comes from the modifiers ("heavy-fuel": thermal), else from the nearest word
 * of generation earlier in the section (a subheading "Run-of-river hydropower"), else thermal; a figure an earlier
 * project already has makes it that project's kind, so "the 45 MW plant" after "a 45 MW solar farm" stays that farm. */
export function powerSizedPlantType(ctx: Ctx, i: number, sectionFirst: number): ProjectType | null {
  const d = detectionWords();
  if (!d.powerHeads.has(ctx.lowers[i])) return generationHeadType(ctx, i);
  let q: Quantity | undefined;
  let type: ProjectType | undefined;
  const functionWords = getLexicon().functionWords;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const qq = ctx.quantityAt[k];
    if (qq) { if (qq.kind === 'power') q = qq; break; }
    const t = ctx.toks[k];
    // ("the existing 20 MW Orin Valley plant": the plant's own name between the figure and the head)
    if (t.cap && !t.punct && !t.upper && ctx.toks[k - 1] && !ctx.toks[k - 1].punct) continue;
    if (t.punct || t.num || t.cap || functionWords.has(t.lower) || ctx.mentionAt[k]) break;
    type ??= generationOf(t.lower);
  }
  if (!q) { const after = sizeAfterOf(ctx, i); if (after?.kind === 'power') q = after; }
  if (!q) return null;
  const found = q;
  const same = ctx.projects.find((p) => p.capacity.some((c) => c.unit === found.unit && Math.abs(c.value - found.value) <= 0.01 * c.value));
  if (same) return same.type;
  // ("the 8 MW plant in Kavarna" after "a second solar plant in Kavarna": the power plant the text placed there)
  if (ctx.lowers[i - 1] !== 'a' && ctx.lowers[i - 2] !== 'a') {
    const kinds = new Set(d.generation.values());
    const at = placesAfter(ctx, projectWords(), i);
    const there = [...ctx.projects].reverse().find((p) => kinds.has(p.type) && at.some((x) => p.places.has(x)));
    if (there) return there.type;
  }
  if (!type) {
    for (let k = i - 1; k >= Math.max(sectionFirst, i - SECTION_SCAN); k--) {
      if (d.sectionGeneration.has(ctx.lowers[k])) { type = generationOf(ctx.lowers[k]); break; }
    }
  }
  return type ?? 'thermal_power_plant';
}

/** "the Brask CHP-3", "Kolvar TPP-2 plant", "the Ardan HPP": a short form of a power plant (project-detection.json
 * plant_acronyms), alone or with a unit number, and a plant word right after it; not inside a body's name. Its kind and
 * last token, or null. */
export function plantAcronymAt(ctx: Ctx, i: number): { type: ProjectType; last: number } | null {
  const m = /^([A-Z]{2,4})(?:-\d{1,2})?$/.exec(ctx.toks[i].text);
  const type = m ? detectionWords().plantAcronyms.get(m[1].toLowerCase()) : undefined;
  if (!type || ctx.mentionAt[i]?.label === 'ORG') return null;
  return { type, last: detectionWords().powerHeads.has(ctx.lowers[i + 1] ?? '') ? i + 1 : i };
}

/** A kind of power plant (one a word of generation names). */
export function isPowerKind(type: ProjectType): boolean {
  return detectionWords().powerKinds.has(type);
}

/** "a 120MW gas-fired captive power unit": a power plant phrase from `i` to `last` said, in its own noun phrase, to be
 * captive (project-detection.json captive_words), serving one industrial works. */
export function isCaptivePower(ctx: Ctx, i: number, last: number, type: ProjectType): boolean {
  const d = detectionWords();
  if (!isPowerKind(type)) return false;
  for (let k = last; k >= Math.max(0, i - 3); k--) {
    if (ctx.toks[k].punct) break;
    if (d.captiveWords.has(ctx.lowers[k])) return true;
  }
  return false;
}

/** The kind of the first word of generation from `from` to `to` ("from wind", "a wind power generation facility"), if any. */
export function generationBetween(ctx: Ctx, from: number, to: number): ProjectType | undefined {
  for (let k = Math.max(0, from); k <= Math.min(to, ctx.toks.length - 1); k++) {
    if (ctx.toks[k].punct && k > from) break;
    const t = generationOf(ctx.lowers[k]);
    if (t) return t;
  }
  return undefined;
}

/** "a 100 MW solar scheme", "a 45 MW PV facility", "a 200 MW wind power development": a general head
 * (project-detection.json generation_heads) right after a word of generation, over fillers only ("power", "PV"), and a
 * power figure before them or after 'of' is a power plant of that kind; any other word between ("a 2 GW solar module
 * manufacturing facility") names something else. */
function generationHeadType(ctx: Ctx, i: number): ProjectType | null {
  const d = detectionWords();
  if (!d.generationHeads.has(ctx.lowers[i])) return null;
  let type: ProjectType | undefined;
  let k = i - 1;
  for (; k >= 0; k--) {
    const t = ctx.toks[k];
    if (t.punct || t.num || ctx.quantityAt[k] || ctx.mentionAt[k] || (t.cap && !t.upper)) break;
    const g = generationOf(t.lower);
    if (g) { type ??= g; continue; }
    if (!d.generationHeadFillers.has(t.lower)) return null;
  }
  if (!type) return null;
  const q = ctx.quantityAt[k] ?? sizeAfterOf(ctx, i);
  return q?.kind === 'power' ? type : null;
}

/** "a plant in Aqaba that will turn rock into diammonium phosphate", "a plant that would make 2 GW of modules a year",
 * "a facility able to produce cathodes": an indefinite bare head (making_clause_heads) followed in its clause by a verb of
 * making (after 'that'/'which'/'to'/'able' and modals) names a plant. Returns the first token of the clause's object
 * (where the product is named) or -1. */
const INDEFINITE_OPENERS = new Set(['a', 'an', 'another']);

export function makingClauseAt(ctx: Ctx, i: number, sentenceLast: number): number {
  const d = detectionWords();
  if (!d.makingHeads.has(ctx.lowers[i])) return -1;
  // the indefinite article, over lower-case describing words ("a new plant", "a second plant": words of new works and
  // ordinals are function words, but describe here), or 'another'
  let k = i - 1;
  const describes = (w: string) => !getLexicon().functionWords.has(w) || isNewWorksWord(w) || projectWords().laterStageOrdinals.has(w);
  while (k >= 0 && i - k <= 3 && !ctx.toks[k].punct && !ctx.toks[k].cap && !INDEFINITE_OPENERS.has(ctx.lowers[k]) && describes(ctx.lowers[k])) k--;
  if (!INDEFINITE_OPENERS.has(ctx.lowers[k])) return -1;
  // over a place after the head ("in Aqaba", "near the port of X"), then the linking word
  let j = i + 1;
  if (SITE_PREPOSITIONS.has(ctx.lowers[j])) {
    j++;
    if (ctx.lowers[j] === 'the') j++;
    const m = ctx.mentionAt[j];
    if (m?.label !== 'PLACE') return -1;
    j = m.last + 1;
    if (ctx.toks[j]?.text === ',') j++;
  }
  // ("a plant producing glass bottles": the participle right after the head)
  if (d.makingVerbs.has(ctx.lowers[j]) && ctx.lowers[j].endsWith('ing')) return j + 1;
  if (!d.makingLinks.has(ctx.lowers[j])) return -1;
  const end = Math.min(sentenceLast, j + 5);
  for (j++; j <= end; j++) {
    if (d.makingVerbs.has(ctx.lowers[j])) return j + 1;
    if (!d.makingFillers.has(ctx.lowers[j])) return -1;
  }
  return -1;
}

/** "a second, smaller plant", "a further new plant", "another plant": the head at `i` after an ordinal of a later one
 * (project-words later_stage_ordinals) and its article, over a describing word or two and a comma. */
export function introducedAsAnother(ctx: Ctx, i: number): boolean {
  const pw = projectWords();
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && !pw.laterStageOrdinals.has(ctx.lowers[k]) && (ctx.toks[k].text === ','
    || (!ctx.toks[k].cap && !ctx.toks[k].punct && !ctx.toks[k].num && !getLexicon().functionWords.has(ctx.lowers[k])))) k--;
  const ordinal = ctx.lowers[k] ?? '';
  return pw.laterStageOrdinals.has(ordinal) && (ordinal === 'another' || /^(a|an)$/.test(ctx.lowers[k - 1] ?? ''));
}

/** "a second, smaller plant in Kavarna" after "a 60-megawatt solar plant", "a second facility in Cebu City" after
 * "a cold-storage hub": a generic head (project-words generic_facility_heads, project-mentions another_kind_heads) introduced as another one ('a second',
 * 'another', over a describing word or two and a comma) names a facility of the kind the text named last, when that
 * kind is called by this head. */
export function anotherOfKind(ctx: Ctx, i: number): ProjectType | null {
  if (!(projectWords().genericHeads.has(ctx.lowers[i]) || mentionWords().anotherHeads.has(ctx.lowers[i])) || !introducedAsAnother(ctx, i)) return null;
  let last: ProjectDraft | undefined;
  for (const p of ctx.projects) if (!p.plural && !p.stageOf && p.lastToken < i && (!last || p.lastToken > last.lastToken)) last = p;
  return last && kindHeads(last.type).has(ctx.lowers[i]) ? last.type : null;
}

const ASSET_PHRASE_WORDS = new Set(['a', 'an', 'the', 'its', 'their', 'and', 'in', 'at', 'near', 'of']);

/** A verb of works a body finished ("built", "completed": project-detection.json record_verbs). */
export function isRecordVerb(word: string): boolean {
  return detectionWords().recordVerbs.has(word);
}

/** "PowerChina, which built the Lovech dam, is expected to bid": works a body finished before, named in a relative clause
 * set off after its name (project-detection.json record_verbs, in the past or perfect), are the body's record, not works
 * of the news. ("X, which built the plant, now runs it" after the plant is known: a bare "the plant" of a kind the text
 * already has is that project, and stays a mention of it.) */
export function isBuilderRecord(ctx: Ctx, first: number, last: number, type: ProjectType): boolean {
  const d = detectionWords();
  let k = first - 1;
  while (k >= 0 && first - k <= 10 && !ctx.toks[k].punct && !d.recordVerbs.has(ctx.lowers[k])) k--;
  if (!d.recordVerbs.has(ctx.lowers[k] ?? '')) return false;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && d.recordFillers.has(ctx.lowers[j])) j--;
  if ((ctx.lowers[j] !== 'which' && ctx.lowers[j] !== 'that') || ctx.toks[j - 1]?.text !== ',' || ctx.mentionAt[j - 2]?.label !== 'ORG') return false;
  // the clause closes after the facility's phrase, within a few words
  let end = last + 1;
  while (end < ctx.toks.length && end - last <= 8 && ctx.toks[end].text !== ',' && ctx.toks[end].text !== '.') end++;
  if (ctx.toks[end]?.text !== ',') return false;
  return !(ctx.lowers[first - 1] === 'the' && k === first - 2 && ctx.projects.some((p) => p.type === type));
}

/** "Falémé Gold, which runs an open-pit mine near Saraya", "it also operates a juice factory in Port Selene": the facility
 * phrase starting at `first` (its determiner and modifiers before it) is the object of a verb of running something today
 * (existing_asset_verbs), and the sentence does not go on to grow it (works verbs after it): an existing asset that
 * describes its owner, not works of their own. Only while no project of its kind is known. */
export function isExistingAsset(ctx: Ctx, first: number, last: number, type: ProjectType, sentenceLast: number): boolean {
  if (ctx.projects.some((p) => p.type === type)) return false;
  // (back over the phrase's determiner and modifiers, and over an earlier object of the same verb: "operates a juice
  // factory in Selene and a bottling plant in Amaro")
  const d = detectionWords();
  // ("has run a sewing plant since 2015": the perfect of such a verb)
  const runs = (k: number) => d.existingVerbs.has(ctx.lowers[k]) || (d.existingPerfect.has(ctx.lowers[k]) && PERFECT_AUX.has(ctx.lowers[k - 1] ?? ''));
  let k = first - 1;
  while (k >= 0 && first - k <= 14 && (!ctx.toks[k].punct || ctx.toks[k].text === ',') && !runs(k)
    && (ctx.quantityAt[k] || ctx.mentionAt[k] || ctx.toks[k].cap || !getLexicon().functionWords.has(ctx.lowers[k]) || ASSET_PHRASE_WORDS.has(ctx.lowers[k]))) k--;
  if (k < 0 || !runs(k)) return false;
  // ("which operates the Aral refinery": a facility the text names as a known one may be the news's subject; only one
  // introduced in passing, "runs an open-pit mine", "operates its own jetty", is an asset that describes its owner)
  for (let j = first - 1; j > k; j--) if (ctx.lowers[j] === 'the') return false;
  const works = getFacilityLexicon().worksVerbs;
  // (the works verbs after "a second factory" the sentence goes on to name are that factory's: "has run a sewing plant
  // in X since 2015, broke ground on a second factory at Y")
  for (let j = last + 1; j <= sentenceLast; j++) {
    if (phraseAt(works, ctx.lowers, j) && !secondOfKindAfter(ctx, j, sentenceLast)) return false;
  }
  return true;
}

const PERFECT_AUX = new Set(['has', 'have', 'had']);

/** After the works verb at `from`, within the sentence, a facility introduced as another one ("a second factory",
 * "another plant"): the verb builds that one. */
function secondOfKindAfter(ctx: Ctx, from: number, sentenceLast: number): boolean {
  for (let j = from + 1; j <= Math.min(sentenceLast, from + 8); j++) {
    if (ctx.toks[j].punct) return false;
    if (introducedAsAnother(ctx, j) && (projectWords().genericHeads.has(ctx.lowers[j]) || phraseAt(getFacilityLexicon().facilities, ctx.lowers, j))) return true;
  }
  return false;
}

/** The sentence from `first` to `last` changes or builds works (change_words, works verbs): "will expand it by 50 MW". */
export function changesWorksIn(ctx: Ctx, first: number, last: number): boolean {
  const works = getFacilityLexicon().worksVerbs;
  for (let j = first; j <= last; j++) if (detectionWords().changeWords.has(ctx.lowers[j]) || phraseAt(works, ctx.lowers, j)) return true;
  return false;
}

const STANDING_DETERMINERS = new Set(['the', 'its', 'their', 'our']);

/** "the existing 20 MW Orin Valley plant", "its old jetty": a facility phrase (from `first`, its modifiers before) that
 * says the facility stands already (existing_words), in a sentence that does not change it (change_words, works verbs)
 * and while no project of its kind is known: a reference point, not works. */
export function isStandingFacility(ctx: Ctx, first: number, type: ProjectType, sentenceFirst: number, sentenceLast: number): boolean {
  const d = detectionWords();
  if (ctx.projects.some((p) => p.type === type)) return false;
  let k = first - 1;
  let existing = false;
  for (; k >= Math.max(sentenceFirst, first - 7); k--) {
    const t = ctx.toks[k];
    if (d.existingWords.has(t.lower)) { existing = true; continue; }
    if (STANDING_DETERMINERS.has(t.lower)) break;
    if (ctx.quantityAt[k] || (t.cap && !t.punct) || (!t.punct && !getLexicon().functionWords.has(t.lower))) continue;
    break;
  }
  if (!existing || !STANDING_DETERMINERS.has(ctx.lowers[k] ?? '')) return false;
  const works = getFacilityLexicon().worksVerbs;
  for (let j = sentenceFirst; j <= sentenceLast; j++) if (d.changeWords.has(ctx.lowers[j]) || phraseAt(works, ctx.lowers, j)) return false;
  return true;
}

/** "Tarvin Railway has ordered 30 locomotives", "Georgian Railway will pay the rest", "Velmo Railway's chairman": a
 * capitalised facility head at `last` closing a capitalised name, followed by a verb only a body does (agent_verbs, after
 * two auxiliaries at most) or by a possessive and a word for its people (agent_possessed): the name is an
 * organisation's, not works. */
export function namesActingBody(ctx: Ctx, first: number, last: number): boolean {
  const head = ctx.toks[last];
  const before = ctx.toks[first - 1];
  if (!head.cap || head.upper || !before || !before.cap || before.punct || first - 1 === ctx.doc.sentences[before.sent].first && getLexicon().functionWords.has(before.lower)) return false;
  const d = detectionWords();
  // ("built by Georgian Railway and run by its subsidiary": the agent of a passive verb is a body)
  let start = first - 1;
  while (start > 0 && ctx.toks[start - 1].cap && !ctx.toks[start - 1].punct) start--;
  if (ctx.lowers[start - 1] === 'by' && /(ed|en|t)$/.test(ctx.lowers[start - 2] ?? '')) return true;
  let k = last + 1;
  if (/^['’]s$/.test(ctx.toks[k]?.text ?? '')) return d.agentPossessed.has(ctx.lowers[k + 1] ?? '') || d.agentPossessed.has(ctx.lowers[k + 2] ?? '');
  // ("Tarvin Railway, the state rail operator, has signed": over an apposition set off by commas)
  if (ctx.toks[k]?.text === ',' && /^(the|a|an)$/.test(ctx.lowers[k + 1] ?? '')) {
    let j = k + 2;
    while (j <= k + 8 && ctx.toks[j] && ctx.toks[j].text !== ',' && !ctx.toks[j].punct) j++;
    if (ctx.toks[j]?.text === ',') k = j + 1;
  }
  for (let n = 0; n < 2 && d.agentAux.has(ctx.lowers[k] ?? ''); n++) k++;
  return d.agentVerbs.has(ctx.lowers[k] ?? '');
}

/** "signed a €120 million loan with the railway", "a supply contract with the port", "lent $50 million to the
 * railway": "the" and a bare facility word right after "with" or "to", in a clause that a loan or an agreement (roles
 * loan_nouns, agreement_nouns) opens a few words before, names the other side of the paper, the body that runs the works
 * (a rail company, a port authority), not works of its own. */
export function isPaperCounterparty(ctx: Ctx, first: number, last: number, sentenceFirst: number): boolean {
  if (first !== last || ctx.lowers[first - 1] !== 'the' || !/^(with|to)$/.test(ctx.lowers[first - 2] ?? '') || ctx.toks[first].cap) return false;
  const nouns = paperNouns();
  for (let k = first - 3; k >= Math.max(sentenceFirst, first - 9); k--) {
    const t = ctx.toks[k];
    if (t.punct && !ctx.moneyAt[k]) return false;
    if (nouns.has(ctx.lowers[k])) return true;
  }
  return false;
}
let papers: Set<string> | null = null;
function paperNouns(): Set<string> {
  if (!papers) {
    const r = loadJson<{ loan_nouns: string[]; agreement_nouns: string[] }>('lexicon/roles.json');
    papers = new Set([...r.loan_nouns, ...r.agreement_nouns]);
  }
  return papers;
}

const BODY_NAME_TAIL = 6;

/** "the General Authority for the Tarvin Free Zone", "Ministry of Railways", "Velmo Railway State-Owned Joint Stock
 * Company": a capitalised facility phrase (`first` to `last`) inside a body's name, the remit after a body's head word
 * and 'for'/'of', or the opening words before capitalised words that end in a body's head or legal form, names the
 * body, not works (the entity recogniser may have taken only part of such a name). */
export function inBodyName(ctx: Ctx, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!ctx.toks[k].cap || ctx.toks[k].punct) return false;
  const lex = getLexicon();
  const bodyWord = (k: number) => ctx.toks[k] && ctx.toks[k].cap && !ctx.toks[k].punct && (lex.orgStrongHeads.has(ctx.lowers[k]) || lex.legalForms.has(ctx.lowers[k]));
  // (back over the zone's or line's own name: "for the Tarvin Free Zone")
  let prep = first - 1;
  while (prep > 0 && first - prep <= 4 && ctx.toks[prep].cap && !ctx.toks[prep].punct && !bodyWord(prep)) prep--;
  if (ctx.lowers[prep] === 'the') prep--;
  if ((ctx.lowers[prep] === 'for' || ctx.lowers[prep] === 'of') && bodyWord(prep - 1)) return true;
  // (over capitalised words and the hyphens glued inside them, "State-Owned", up to the head)
  for (let k = last + 1; k <= last + BODY_NAME_TAIL && k < ctx.toks.length; k++) {
    const t = ctx.toks[k];
    const glued = t.punct && (t.text === '-' || t.text === '‐') && t.start === ctx.toks[k - 1].end;
    if (!glued && (!t.cap || t.punct)) return false;
    if (bodyWord(k)) return true;
  }
  return false;
}

const DENIAL_SPAN = 3;
const REMOTE_SPAN = 8;

/** "the ministry denied plans for a coal plant", "has no plans to build a smelter", "ruled out a nuclear plant", "a
 * cement plant could one day be built": the facility phrase starting at `first` (its determiner and modifiers before
 * it) names works the text says are not planned, or only possible in an open future (project-detection denial_words,
 * denied_objects, ruling_out, remote_modals, remote_times): no project. Bounded to a few words around the phrase. */
export function isDeniedOrRemote(ctx: Ctx, first: number, last: number, sentenceFirst: number, sentenceLast: number): boolean {
  const d = detectionWords();
  // back over the phrase's determiner and modifiers ("a new 300 MW coal plant")
  let k = first - 1;
  // (not over the verb of denial itself: "Tarvin miner denies Velmo smelter plans")
  while (k >= sentenceFirst && first - k <= 6 && !ctx.toks[k].punct && !d.denialWords.has(ctx.lowers[k]) && (ctx.quantityAt[k] || ctx.mentionAt[k] || ctx.toks[k].cap || !getLexicon().functionWords.has(ctx.lowers[k]))) k--;
  const det = ctx.lowers[k] === 'a' || ctx.lowers[k] === 'an' || ctx.lowers[k] === 'another' || ctx.lowers[k] === 'any';
  const before = det ? k - 1 : k;
  // ("ruled out a nuclear plant")
  if (d.rulingOut.some((p) => before - p.length + 1 >= sentenceFirst && phraseEndsAt(ctx, p, before))) return true;
  // ("denied plans for a coal plant", "no plans to build a smelter": a denial word at most three words before the object)
  for (const p of d.deniedObjects) {
    if (before - p.length + 1 < sentenceFirst || !phraseEndsAt(ctx, p, before)) continue;
    for (let j = before - p.length; j >= Math.max(sentenceFirst, before - p.length - DENIAL_SPAN + 1); j--) {
      if (ctx.toks[j].punct) break;
      if (d.denialWords.has(ctx.lowers[j])) return true;
    }
    break;
  }
  // ("Rumours that Orla had signed up to build a smelter outside Vratsa have been dismissed by its owner": a report the
  // sentence denies)
  if (d.reportNouns.has(ctx.lowers[sentenceFirst])) {
    for (let j = last + 1; j <= sentenceLast; j++) if (d.passiveDenials.some((p) => phraseEndsAt(ctx, p, j + p.length - 1))) return true;
  }
  // ("a cement plant could one day be built", "the site could one day host a port": an indefinite phrase in a clause
  // that puts it in a remote future)
  if (!det) return false;
  const from = Math.max(sentenceFirst, k - REMOTE_SPAN);
  const to = Math.min(sentenceLast, last + REMOTE_SPAN);
  let start = k;
  while (start > from && !ctx.toks[start - 1].punct) start--;
  for (let j = start; j < to; j++) {
    if (j > last && ctx.toks[j].punct) break;
    if (!d.remoteModals.has(ctx.lowers[j])) continue;
    for (const p of d.remoteTimes) if (phraseEndsAt(ctx, p, j + p.length)) return true;
  }
  return false;
}

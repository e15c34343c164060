// Which places named around a project are its own: the filters that tell the works' place from a landmark, a
// route, a market, a venue, a government acting, or the place of another facility.
import type { NameMention } from './classify-names.js';
import type { ProjectDraft } from './projects.js';
import { getFacilityLexicon, phraseAt } from './facility-lexicon.js';
import { loadJson } from './data-dir.js';
import { getLexicon } from './lexicon.js';
import { isRecordVerb } from './project-mentions.js';
import { foldPlaceName, loadGazetteer } from './gazetteer.js';
import { kindHeads, linearKinds, projectWords, type Ctx, type Words } from './project-context.js';

/** "a data centre near Velmora" over a body that puts it "in Tarvin, west of Velmora": a headline rounds the site up
 * to a city the reader knows; where the body only measures from that place, it is a landmark, not the project's. */
export function landmarkInBody(ctx: Ctx, pw: Words, entity: number): boolean {
  let landmark = false;
  for (const m of ctx.entities.places[entity]?.mentions ?? []) {
    if (m.headline || m.start < ctx.doc.bodyStart) continue;
    if (!isDistanceReference(ctx, pw, m)) return false;
    landmark = true;
  }
  return landmark;
}

/** Tokens first..last are all compass words ("North", "South-East"): a bearing added to a place name. */
export function isBearingSuffix(ctx: Ctx, pw: Words, first: number, last: number): boolean {
  if (first > last) return false;
  for (let k = first; k <= last; k++) if (!pw.compass.has(ctx.lowers[k])) return false;
  return true;
}

/** A sentence that names a city or region the project is not in speaks of something elsewhere
 * ("trunk pipelines ... in the Tarvin region" after a plant in the Velmora region). */
const POSSESSIVE = new Set(["'s", '’s']);
export function placedElsewhere(ctx: Ctx, first: number, last: number, p: ProjectDraft): boolean {
  if (!p.places.size) return false;
  for (let k = first; k <= last; k++) {
    const m = ctx.mentionAt[k];
    if (m?.label !== 'PLACE' || m.dateline) continue;
    const place = ctx.entities.places[m.entity];
    // "the Barranquilla group", "a Tarvin-based fund": a place that says where a body comes from
    if (projectWords().employerNouns.has(ctx.lowers[m.last + 1] ?? '') || m.via === 'based') { k = m.last; continue; }
    // a city or region, not the river or lake a pipe draws from ("a pipeline from the Syr Darya") nor the place it
    // runs to ("a 14-km pipeline to the Bonda tanks": where the plant's water goes)
    // ("a line to the utility's Hardap substation", "a pipeline to NamWater's Oanob tanks": over the owner named before it)
    let b = m.first - 1;
    while (b > first && m.first - b <= 4 && (ctx.lowers[b] === 'the' || POSSESSIVE.has(ctx.lowers[b]) || POSSESSIVE.has(ctx.lowers[b + 1] ?? '')
      || (ctx.toks[b].cap && !ctx.toks[b].punct && ctx.mentionAt[b]?.label !== 'PLACE'))) b--;
    const before = ctx.lowers[b];
    if ((place.kind === 'region' || place.kind === 'city') && before !== 'from' && before !== 'to' && !p.places.has(m.entity)) return true;
    k = m.last;
  }
  return false;
}

/** Cities, regions and sites named right after a facility phrase behind a place preposition ("... plant near Tarvin"). */
export function placesAfter(ctx: Ctx, pw: Words, last: number): number[] {
  const out: number[] = [];
  // "a wind project of roughly 200 MW in Tarvin County": over a figure that says how big the works are
  let from = last + 1;
  if (ctx.lowers[from] === 'of') {
    for (let j = from + 1; j <= Math.min(ctx.toks.length - 1, from + 3) && !ctx.toks[j].punct && !ctx.mentionAt[j]; j++) {
      const q = ctx.quantityAt[j];
      if (q) { from = q.last + 1; break; }
    }
  }
  for (let k = from; k <= Math.min(ctx.toks.length - 1, from + 3); k++) {
    if (ctx.toks[k].punct) break;
    const m = ctx.mentionAt[k];
    if (m?.label === 'PLACE') {
      if (!m.dateline && ctx.entities.places[m.entity]?.kind !== 'country' && pw.placePreps.has(ctx.lowers[m.first - 1] ?? '')) out.push(m.entity);
      break;
    }
  }
  return out;
}

/** A continent, a macro-region or an open sea (by its gazetteer id, see project-words wide_region_ids); not a
 * river, lake or range, which a dam, bridge or mine can stand on. */
export function isMacroRegion(ctx: Ctx, entity: number): boolean {
  const id = ctx.entities.places[entity]?.id ?? '';
  const { prefixes, suffixes } = projectWords().wideRegionIds;
  return prefixes.some((x) => id.startsWith(x)) || (id.startsWith('nature:') && suffixes.some((x) => id.endsWith(x)));
}

/** "during a visit to X", "a ceremony in X", "talks in X", "said in X": the place is where an event happened. */
export function placesAnEvent(ctx: Ctx, pw: Words, first: number): boolean {
  // "Chen said in Shanghai that ...": where someone spoke (speech_verbs)
  const prep = ctx.lowers[first - 1] === 'the' ? first - 2 : first - 1;
  if ((ctx.lowers[prep] === 'in' || ctx.lowers[prep] === 'at') && (placeWordsData().speech.has(ctx.lowers[prep - 1] ?? '') || spokeToAudience(ctx, prep))) return true;
  // (a name counts as one word: "talks between Velmora Energy and Orvel Power in Lanzhou")
  for (let k = first - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const m = ctx.mentionAt[k];
    if (m && m.label !== 'PLACE') { k = m.first; n--; continue; }
    if (pw.eventPlaceWords.has(ctx.lowers[k])) return true;
    if (ctx.toks[k].punct) return false;
  }
  return false;
}

/** "the minister told reporters in Tarvin", "said at a news conference in Kessary": right before the preposition at
 * `prep`, the people or the occasion a speaker addressed (speech_audiences), after a speech verb over at most a few
 * plain words ("a news", "the visiting"); no mention of works in between. */
function spokeToAudience(ctx: Ctx, prep: number): boolean {
  const w = placeWordsData();
  if (!w.audiences.has(ctx.lowers[prep - 1] ?? '') || ctx.mentionOf?.has(prep - 1)) return false;
  for (let k = prep - 2; k >= Math.max(0, prep - 6); k--) {
    if (w.speech.has(ctx.lowers[k])) return true;
    const t = ctx.toks[k];
    if (t.punct || t.num || ctx.mentionAt[k] || ctx.mentionOf?.has(k) || ctx.quantityAt[k]) return false;
  }
  return false;
}

let placeHeads: { region: Set<string>; city: Set<string> } | null = null;
/** "in the same region", "in the same city": the region or city the text named last. */
export function samePlaceReference(ctx: Ctx, first: number, last: number): number | null {
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
export function actsAsGovernment(ctx: Ctx, pw: Words, m: NameMention): boolean {
  const before = ctx.lowers[m.first - 1] ?? '';
  // "... would work with Calvaro", "agreed to cooperate with Brenmoor": the capital a government works with is the
  // other government
  if (before === 'with' && pw.cooperationVerbs.has(ctx.lowers[m.first - 2] ?? '')) return true;
  if (pw.placePreps.has(before) || before === 'the') return false;
  return pw.governmentVerbs.has(ctx.lowers[m.last + 1] ?? '');
}

/** "the wagons will be shipped from Tarvin", "gas exported to Velmora": where goods are sent from or to, not where the
 * works stand. */
export function isGoodsEnd(ctx: Ctx, pw: Words, m: NameMention, at = -1): boolean {
  let k = m.first - 1;
  // "turbines made in Rostock", "panels sourced from Tarvin" (goods_origin_participles, after a plural that is not the
  // project's own mention)
  if ((ctx.lowers[k] === 'in' || ctx.lowers[k] === 'from') && placeWordsData().goodsOrigin.has(ctx.lowers[k - 1] ?? '')) {
    const noun = ctx.lowers[k - 2] ?? '';
    if (k - 2 !== at && noun.endsWith('s') && !noun.endsWith('ss') && !ctx.mentionAt[k - 2] && !ctx.toks[k - 2].punct) return true;
  }
  // "unloaded at Velmora's Tarvin Port": over a possessive place
  if ((ctx.lowers[k] === "'s" || ctx.lowers[k] === '’s') && ctx.toks[k - 1]?.cap) k = (ctx.mentionAt[k - 1]?.first ?? k - 1) - 1;
  if (ctx.lowers[k] === 'the') k--;
  // ('at' and 'via' too: where the goods passed, "unloaded at the Tarvin Port", "exported via Kessary")
  if (ctx.lowers[k] !== 'from' && ctx.lowers[k] !== 'to' && !pw.transitPrepositions.has(ctx.lowers[k])) return false;
  return pw.shippingVerbs.has(ctx.lowers[k - 1] ?? '');
}

/** "a solar plant near Pleven, which will supply Lovech", "the plant will bring jobs and cheap power to Lovech": a place
 * the works give their output or their benefits to (serving_verbs, right before the place or before "to" a few plain
 * words earlier) is served by them, not where they stand. A line's or a pipeline's far end is its own, so linear works
 * keep it; so do works whose service area is their place (service_area_types: "a desalination plant that will supply
 * Tarvin", "the trains will serve Kessary"). */
export function servedPlace(ctx: Ctx, m: NameMention, p: ProjectDraft): boolean {
  if (linearKinds().has(p.type) || placeWordsData().serviceAreaTypes.has(p.type)) return false;
  const serving = placeWordsData().serving;
  let k = m.first - 1;
  if (ctx.lowers[k] === 'the') k--;
  // "serve the city of Tarvin"
  if (ctx.lowers[k] === 'of' && projectWords().settlementNouns.has(ctx.lowers[k - 1] ?? '')) { k -= 2; if (ctx.lowers[k] === 'the') k--; }
  if (serving.has(ctx.lowers[k] ?? '')) return true;
  if (ctx.lowers[k] !== 'to') return false;
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    if (serving.has(ctx.lowers[j])) return true;
    if (ctx.toks[j].punct || ctx.mentionAt[j] || ctx.mentionOf?.has(j)) return false;
  }
  return false;
}

/** "the Velmora town of Tarvin", and on a line "from Tarvin in the Velmora region to Kessary": a place that only
 * says where another place is. A line's places are its ends and the places it serves, not the regions its ends lie
 * in (a plant "near Tarvin in the Velmora region" does stand in that region). */
export function locatesAnotherPlace(ctx: Ctx, pw: Words, m: NameMention, p: ProjectDraft): boolean {
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
export function placesOtherFacility(ctx: Ctx, pw: Words, m: NameMention, p: ProjectDraft, at: number): boolean {
  if (linearKinds().has(p.type)) return false;
  let k = m.first - 1;
  if (ctx.lowers[k] === 'the') k--;
  if (!pw.placePreps.has(ctx.lowers[k] ?? '') || ctx.lowers[k] === 'of') return false;
  const end = k - 1;
  if (end === at) return false;
  // "fitted out at Ardlow's works in Brno", "assembled at its plant in Tarvin": a body's own works, where the goods the
  // project buys are made (even where the noun could name works of the project's kind: "a locomotive plant")
  // ("could heat its works in Tarnów": works that are not where goods are made may host the project)
  const det = ctx.lowers[end - 1] === 'its' || ctx.lowers[end - 1] === 'their' ? end - 1
    : (ctx.lowers[end - 1] === "'s" || ctx.lowers[end - 1] === '’s') && ctx.mentionAt[end - 2]?.label === 'ORG' ? ctx.mentionAt[end - 2]!.first : -1;
  if (det > 0 && bodyWorksNouns().has(ctx.lowers[end] ?? '') && !ctx.mentionOf?.get(end) && ctx.lowers[det - 1] === 'at' && madeBefore(ctx, det - 1)) return true;
  if (kindHeads(p.type).has(ctx.lowers[end] ?? '') || pw.anaphors.has(ctx.lowers[end] ?? '')) return false;
  const lex = getFacilityLexicon();
  for (let j = Math.max(0, end - 3); j <= end; j++) {
    const hit = phraseAt(lex.facilities, ctx.lowers, j);
    // ("a solar farm with battery storage near Tarvin": storage said along with the plant is the plant's own; an
    // existing facility is named definite: "the substation at Tarvin", or as a body's own: "at its plant in Tarvin")
    if (hit && hit.last === end) return OWN_DETERMINERS.has(ctx.lowers[j - 1] ?? '');
  }
  return false;
}

/** "the line crosses Tarvin, Velmora and Kessary counties": the administrative units a line passes through, listed
 * under a plural head, are the country it crosses, not the places it serves (its ends and stations). */
export function isCrossedUnit(ctx: Ctx, pw: Words, m: NameMention, p: ProjectDraft): boolean {
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
export function isSetting(ctx: Ctx, pw: Words, m: NameMention): boolean {
  const name = ctx.entities.places[m.entity]?.name.toLowerCase() ?? '';
  const head = name.slice(name.lastIndexOf(' ') + 1);
  if (name.includes(' ') && pw.settingNouns.has(head)) return true;
  const prep = ctx.lowers[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  return (ctx.lowers[prep] === 'in' || ctx.lowers[prep] === 'at') && pw.settingNouns.has(ctx.lowers[prep - 1] ?? '');
}

/** "a port project in Geneva deal", "at the Tarvin talks": a place right before an event or deal noun modifies it. */
export function modifiesEvent(ctx: Ctx, pw: Words, m: NameMention): boolean {
  const next = ctx.lowers[m.last + 1] ?? '';
  return pw.eventPlaceWords.has(next) || pw.transactions.has(next);
}

/** "about 65 km north of Calvaro", "north-east of Calvaro", "some 55 km from the capital": a place a distance
 * or bearing is measured from is a landmark that locates the works, not where they are ("140 km from Tarvin to Kessary" is a route, though). */
export function isDistanceReference(ctx: Ctx, pw: Words, m: NameMention): boolean {
  let k = m.first - 1;
  // "10 km from the city of Calvaro", "north of the town of Tarvin"
  if (ctx.lowers[k] === 'of' && pw.settlementNouns.has(ctx.lowers[k - 1] ?? '') && ctx.lowers[k - 2] === 'the') k -= 3;
  if (ctx.lowers[k] === 'the') k--;
  const prep = ctx.lowers[k];
  if (prep !== 'of' && prep !== 'from') return false;
  k--;
  if (pw.compass.has(ctx.lowers[k] ?? '')) {
    // "in the hills north-west of Calvaro": a bearing from a place locates the works by that place, with or
    // without a distance before it; "in the north of Calvaro" is a part of the place, though
    if (prep === 'of') return ctx.lowers[k - 1] !== 'the';
    k--;
  } else if (prep === 'of') return false;
  const q = ctx.quantityAt[k];
  if (!q || q.kind !== 'length') return false;
  if (prep === 'from') for (let j = m.last + 1; j <= Math.min(ctx.toks.length - 1, m.last + 4); j++) if (ctx.lowers[j] === 'to') return false;
  return true;
}

/** "the lender's country director met the minister, Ilsa Varro, in Shumen to discuss the plant": a place behind "in" or
 * "at" after a verb of meeting (meeting_verbs) earlier in its clause, with no mention of the works between the verb and
 * the place, is where people met, not where the works stand. ("met investors to discuss a solar plant in Lovech": the
 * works come between, and the place is theirs.) */
export function isMeetingVenue(ctx: Ctx, m: NameMention, first: number, at: number): boolean {
  const prep = ctx.lowers[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  if (ctx.lowers[prep] !== 'in' && ctx.lowers[prep] !== 'at') return false;
  const verbs = placeWordsData().meetingVerbs;
  for (let k = prep - 1; k >= Math.max(first, prep - 20); k--) {
    if (k === at || ctx.mentionOf?.has(k) || ctx.toks[k].text === ';' || ctx.toks[k].text === '.') return false;
    if (verbs.has(ctx.lowers[k]) && !ctx.mentionAt[k]) return true;
  }
  return false;
}

let dayWordSet: Set<string> | null = null;
/** Words that open a day after "on" or stand for one: weekdays, months, "yesterday", "today" (calendar.json). */
function dayWords(): Set<string> {
  dayWordSet ??= (() => {
    const cal = loadJson<{ months: Record<string, number>; weekdays: Record<string, number>; relative_days: Record<string, number> }>('lexicon/calendar.json');
    return new Set([...Object.keys(cal.months), ...Object.keys(cal.weekdays), ...Object.keys(cal.relative_days).filter((w) => !w.includes(' '))]);
  })();
  return dayWordSet;
}

/** "The two sides signed the deal for a plant near Catania in Valletta on Monday": in a sentence of signing, meeting or
 * speech, a place behind "in" or "at" with a day right after it ("on Monday", "on 3 March", "yesterday"), that follows
 * another place the sentence names after the works' mention at `at`, is where the event took place. (Works stand in a
 * place, not on a day; and the first place after the works, "signed a deal to build a plant in Catania on Monday",
 * stays theirs.) */
export function datedVenue(ctx: Ctx, m: NameMention, first: number, last: number, at: number): boolean {
  const prep = ctx.lowers[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  if (ctx.lowers[prep] !== 'in' && ctx.lowers[prep] !== 'at') return false;
  const next = ctx.lowers[m.last + 1] ?? '';
  const day = dayWords();
  const dated = day.has(next) || (next === 'on' && (day.has(ctx.lowers[m.last + 2] ?? '') || !!ctx.toks[m.last + 2]?.num));
  if (!dated || !tellsOfEvent(ctx, first, last)) return false;
  for (let k = at + 1; k < prep; k++) {
    const n = ctx.mentionAt[k];
    if (n?.label === 'PLACE' && !n.dateline) return true;
  }
  return false;
}

/** "extending the railway from Trell to Haskovo", "Beyond Lovech, a further 60 km would take the line to Shumen": on a
 * line whose two ends the text has already named, a new place after "to" in a sentence that speaks of carrying the line
 * further (extension_cues) is the far end of a possible extension, not the line's. (A line placed at one end or none
 * may be being given its other end: "a railway from Pleven. A further 60 km will take it to Montana".) */
export function extensionEnd(ctx: Ctx, m: NameMention, p: ProjectDraft, first: number): boolean {
  if (!linearKinds().has(p.type) || p.places.has(m.entity)) return false;
  const prep = ctx.lowers[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  if (ctx.lowers[prep] !== 'to') return false;
  if ([...p.places].filter((x) => isLocal(ctx, x)).length < 2) return false;
  const cues = placeWordsData().extensionCues;
  for (let k = first; k < prep; k++) if (cues.has(ctx.lowers[k]) && !ctx.mentionAt[k]) return true;
  return false;
}

/** The places a sentence gives a project it mentions at token `at` (sentence tokens first..last). */
export function attachPlaces(ctx: Ctx, p: ProjectDraft, first: number, last: number, at: number, projectsInSentence: number): void {
  const { toks } = ctx;
  const pw = projectWords();
  // "Velmora's ports handled 2 million TEU, most of it at Tarvin": one works named by the plural of its kind is
  // spoken of among others of that kind; the sentence's places are theirs
  if (!p.plural && namedInPlural(ctx, p, at)) return;
  // ("Kessary Marine, which has built quays in Tarvin, ...": works of the kind in a body's record)
  if (inBodyRecord(ctx, at, first)) return;
  // places after the facility noun: "a wind farm in the Velmora region", "the line from Tarvin to Kessary"
  // (after a pronoun standing for the works, a place that follows another facility word is that facility's: "It runs two
  // smaller plants in Tarvin")
  let attached = -1; // the last token of the place just given to the project
  const beside = besideProject(ctx, p, at, last);
  for (let k = at + 1; k <= Math.min(last, at + 10); k++) {
    // ("a solar plant near Vratsa whose panels come from a factory in Ruse": past another project's mention, the places
    // are that project's)
    // (not the project the works are said to stand next to, "a solar farm next to the plant, on a hill near Tarvin", not a word inside a place's name, "Port Vila", nor a section word, which may name a part of the works, nor, for a line,
    // an end of its route: "a pipeline from the plant to Tarvin")
    const other = ctx.mentionOf?.get(k);
    if (other && other !== p && other !== beside && ctx.mentionAt[k]?.label !== 'PLACE' && !pw.sections.has(ctx.lowers[k]) && !(linearKinds().has(p.type) && routeEndBefore(ctx, k))) break;
    const m = ctx.mentionAt[k];
    if (m?.label === 'PLACE' && !m.dateline && (pw.placePreps.has(ctx.lowers[m.first - 1] ?? '') || pw.placePreps.has(ctx.lowers[m.first - 2] ?? '') && ctx.lowers[m.first - 1] === 'the'
      || adjacentPlace(ctx, m, at) || coordinatedWith(ctx, m, attached))
      && !placesAnEvent(ctx, pw, m.first) && !isDistanceReference(ctx, pw, m) && !modifiesEvent(ctx, pw, m) && !isSetting(ctx, pw, m) && !isGoodsEnd(ctx, pw, m, at)
      && !locatesAnotherPlace(ctx, pw, m, p) && !isCrossedUnit(ctx, pw, m, p) && !placesOtherFacility(ctx, pw, m, p, at)
      && !describesBody(ctx, m) && !isLeft(ctx, m, p) && !inLaterClause(ctx, at, m.first) && !farEndFromWorks(ctx, at, m) && !partRouteEnd(ctx, m, p, at) && !(pw.continuingSubjects.has(ctx.lowers[at]) && nearerOtherFacility(ctx, pw, m, first, at))
      && !namesOtherRoute(ctx, m, p, at) && !isMeetingVenue(ctx, m, first, at) && !extensionEnd(ctx, m, p, first) && !datedVenue(ctx, m, first, last, at) && !servedPlace(ctx, m, p)) {
      if ((globalThis as any).__TRACE && !p.places.has(m.entity)) console.error('ADD after', ctx.entities.places[m.entity].name, '<-', ctx.doc.text.slice(ctx.toks[first].start, ctx.toks[last].end).slice(0, 200));
      p.places.add(m.entity);
      if (!p.proper) { p.proper = true; }
      attached = m.last;
      // "... to Tarvin, the capital of Kessary province": the region a place of the works is said to head lies
      // around the works too, however far the apposition runs past the facility word
      const around = headedRegion(ctx, m);
      if (around !== null) { p.places.add(around.entity); k = around.last; attached = around.last; continue; }
    }
    if (m) k = Math.max(k, m.last);
    if (toks[k].text === '.' || toks[k].text === ';') break;
  }
  if (beside) besides.set(p, beside);
  // single-project sentences give their sub-national places to the project, except where a
  // body comes from ("Falcon Digital of Abu Dhabi", "the Bucharest-based fund")
  // ("presented the deal in Brenmoor": a sentence that names the project only as a deal places the deal, not the works)
  if (projectsInSentence === 1 && !pw.transactions.has(ctx.lowers[at])) {
    // ("which has offices in Varna and Sofia": a place joined by "and" or a comma to the place before it shares that
    // place's reading)
    let prevEnd = -1;
    let prevKept = true;
    for (let k = first; k <= last; k++) {
      const m = ctx.mentionAt[k];
      if (m) k = m.last;
      // "The Municipality of Tarvin signed a contract for 120 buses": the area a local government governs, where the
      // text names that area on its own too
      if (m?.label === 'ORG') { const area = governedArea(ctx, m); if (area !== null && isLocal(ctx, area)) p.places.add(area); }
      if (m?.label !== 'PLACE') continue;
      const joined = coordinatedWith(ctx, m, prevEnd);
      prevEnd = m.last;
      if (ctx.entities.places[m.entity].kind === 'country' || m.headline || m.dateline || m.via === 'based') continue;
      prevKept = (!joined || prevKept) && sweepKeeps(ctx, pw, p, m, first, at);
      if (prevKept) { if ((globalThis as any).__TRACE && !p.places.has(m.entity)) console.error('ADD sweep', ctx.entities.places[m.entity].name, '<-', ctx.doc.text.slice(ctx.toks[first].start, ctx.toks[last].end).slice(0, 200)); p.places.add(m.entity); }
    }
    const same = samePlaceReference(ctx, first, last);
    if (same !== null) p.places.add(same);
  }
  const there = thereReference(ctx, first, last, at);
  if (there !== null && !p.plural) { if ((globalThis as any).__TRACE && !p.places.has(there)) console.error('ADD there', ctx.entities.places[there].name); p.places.add(there); }
}

/** "Construction is planned in ...", "Work began in March near ...", "Piling will start at ...": a sentence opening on a
 * noun for the work of building (works_activity_subjects) and a verb (works_activity_verbs) right after it. */
export function opensWithWorksActivity(ctx: Ctx, first: number): boolean {
  const w = placeWordsData();
  return w.activitySubjects.has(ctx.lowers[first]) && w.activityVerbs.has(ctx.lowers[first + 1] ?? '') && !ctx.mentionAt[first];
}

/** "The turbines will stand on a ridge near Tarvin", "The 400-hectare plot is near Kessary": a sentence opening on a
 * definite part of works or the ground they take (works_part_subjects, after at most a few plain words or a figure)
 * whose verb says where it stands (works_locating_verbs), or a form of 'be' right before a place preposition. */
export function opensWithWorksPart(ctx: Ctx, first: number, last: number): boolean {
  const w = placeWordsData();
  if (!OWN_DETERMINERS.has(ctx.lowers[first])) return false;
  let k = first + 1;
  for (let n = 0; n < 3 && k <= last && !w.partSubjects.has(ctx.lowers[k]); n++) {
    const q = ctx.quantityAt[k];
    if (q) { k = q.last + 1; continue; }
    if (!isPlainWord(ctx, k) && ctx.toks[k].text !== '-') return false;
    k++;
  }
  if (!w.partSubjects.has(ctx.lowers[k]) || ctx.mentionAt[k]) return false;
  for (let j = k + 1, n = 0; j <= last && n < 4; j++, n++) {
    const x = ctx.lowers[j];
    if (w.locatingVerbs.has(x)) return true;
    // ("The plot is near Tarvin", not "The plot is to be sold")
    if (LOCATIVE_PREPS.has(x)) return n > 0 && BE_FORMS.has(ctx.lowers[j - 1]);
    if (!w.partAuxiliaries.has(x)) return false;
  }
  return false;
}

/** "a 96-kilometre section between Lovech and Pleven", "a 40-km stretch from Tarvin to Kessary": in a sentence that
 * names no works, a section word (section_nouns) right after a length, with "between" or "from" and a place right after
 * it, speaks of a stretch of the line under discussion; the token of the section word, or -1. */
export function measuredSection(ctx: Ctx, first: number, last: number): number {
  const pw = projectWords();
  for (let k = first + 1; k < last; k++) {
    if (!pw.sections.has(ctx.lowers[k]) || ctx.mentionAt[k]) continue;
    const q = ctx.quantityAt[k - 1];
    if (q?.kind !== 'length') continue;
    const prep = ctx.lowers[k + 1];
    if (prep !== 'between' && prep !== 'from') continue;
    const m = ctx.mentionAt[k + 2]?.label === 'PLACE' ? ctx.mentionAt[k + 2] : ctx.lowers[k + 2] === 'the' ? ctx.mentionAt[k + 3] : undefined;
    if (m?.label === 'PLACE' && !m.dateline) return k;
  }
  return -1;
}

/** "The first of three autoclave lines at the Vidin site in Pleven province has started ...", "a ceremony at the site near
 * Lovech": a sentence that names no works but a site ("at the Vidin site", "on the site near Lovech") right after works
 * were under discussion tells where those works stand. The token of the word "site" and the place named before it
 * (null for "the site near Lovech"), or null when the sentence names no such site. */
export function namedWorksSite(ctx: Ctx, first: number, last: number): { at: number; place: number | null } | null {
  for (let k = first + 1; k < last; k++) {
    if (ctx.lowers[k] !== 'site' || ctx.mentionAt[k]) continue;
    const m = ctx.mentionAt[k - 1];
    // "at the Vidin site"
    if (m?.label === 'PLACE' && m.last === k - 1 && !m.dateline && isLocal(ctx, m.entity) && ctx.lowers[m.first - 1] === 'the' && SITE_PREPS.has(ctx.lowers[m.first - 2] ?? '')) return { at: k, place: m.entity };
    // "at the site near Lovech"
    const n = ctx.mentionAt[k + 2];
    if (ctx.lowers[k - 1] === 'the' && SITE_PREPS.has(ctx.lowers[k - 2] ?? '') && projectWords().placePreps.has(ctx.lowers[k + 1] ?? '') && n?.label === 'PLACE' && n.first === k + 2 && !n.dateline) return { at: k, place: null };
  }
  return null;
}
const SITE_PREPS = new Set(['at', 'on', 'to']);

const BE_FORMS = new Set(['is', 'are', 'was', 'were', "'s", 'be', 'been', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'can', 'has', 'have', 'had', 'remains', 'remain', 'seems', 'seem', 'appears', 'exists', 'exist']);

/** "Brightwater has long been active in Mombasa. It now plans a desalination plant there.": "there" after the works'
 * mention (in its clause, before any other works are named) stands for the place named last before it, in this
 * sentence or the one before in the paragraph; null when there is none. ("There is demand for power" opens a
 * sentence of being, and points nowhere.) */
function thereReference(ctx: Ctx, first: number, last: number, at: number): number | null {
  let k = at + 1;
  for (; k <= Math.min(last, at + 12); k++) {
    if (ctx.lowers[k] === 'there') break;
    const other = ctx.mentionOf?.get(k);
    if ((other && k !== at) || ctx.toks[k].text === ';' || ctx.toks[k].text === '.') return null;
  }
  if (ctx.lowers[k] !== 'there' || BE_FORMS.has(ctx.lowers[k + 1] ?? '')) return null;
  const sentence = ctx.doc.sentences.findIndex((s) => s.first === first);
  const before = sentence > 0 && ctx.doc.sentences[sentence - 1].paragraph === ctx.doc.sentences[sentence].paragraph ? ctx.doc.sentences[sentence - 1].first : first;
  for (let j = k - 1; j >= Math.max(before, ctx.doc.bodyStart > 0 ? tokenAtOrAfter(ctx, ctx.doc.bodyStart) : 0); j--) {
    if (j === at) continue;
    const m = ctx.mentionAt[j];
    if (m?.label !== 'PLACE') continue;
    j = m.first;
    if (m.dateline || m.headline || m.via === 'based' || !isLocal(ctx, m.entity) || describesBody(ctx, m)) continue;
    return m.entity;
  }
  return null;
}

/** The place a local government's name ends in ("Municipality of Tarvin", "City of Kessary"; local_government_heads),
 * when the text names that place on its own (an entity of the document); null otherwise. */
export function governedArea(ctx: Ctx, m: NameMention): number | null {
  if (m.last - m.first < 2 || ctx.lowers[m.first + 1] !== 'of' || !placeWordsData().localGovernments.has(ctx.lowers[m.first])) return null;
  const start = ctx.lowers[m.first + 2] === 'the' ? m.first + 3 : m.first + 2;
  if (start > m.last) return null;
  return documentPlaceKeys(ctx).get(foldPlaceName(ctx.doc.text.slice(ctx.toks[start].start, ctx.toks[m.last].end))) ?? null;
}

/** "Tarvin, the capital of Kessary province", "Tarvin, the main town of the Kessary district": the region a place is
 * said to head (apposition_heads), right after it; null when none. */
function headedRegion(ctx: Ctx, m: NameMention): { entity: number; last: number } | null {
  let k = m.last + 1;
  if (ctx.toks[k]?.text !== ',' || ctx.lowers[k + 1] !== 'the') return null;
  k += 2;
  const heads = placeWordsData().appositionHeads;
  // (over one describing word: "the provincial capital of", "the main town of")
  if (!heads.has(ctx.lowers[k] ?? '') && heads.has(ctx.lowers[k + 1] ?? '') && isPlainWord(ctx, k)) k++;
  if (!heads.has(ctx.lowers[k] ?? '') || ctx.lowers[k + 1] !== 'of') return null;
  k += ctx.lowers[k + 2] === 'the' ? 3 : 2;
  const n = ctx.mentionAt[k];
  if (n?.label !== 'PLACE' || n.first !== k || !isLocal(ctx, n.entity) || ctx.entities.places[n.entity]?.kind === 'site') return null;
  return { entity: n.entity, last: n.last };
}

/** Places settled once all projects of the document are known. */
export function settlePlaces(ctx: Ctx, projects: ProjectDraft[]): void {
  const snap = (label: string, before: Map<ProjectDraft, Set<number>>) => { if (!(globalThis as any).__TRACE) return; for (const p of projects) for (const x of p.places) if (!before.get(p)?.has(x)) console.error('ADD', label, ctx.entities.places[x].name, 'to', p.type); };
  const take = () => new Map(projects.map((p) => [p, new Set(p.places)]));
  let b = take();
  applyHeadlinePlaces(ctx, projects); snap('headline', b); b = take();
  applySiteFields(ctx, projects); snap('sitefields', b); b = take();
  // "a solar farm next to the plant": with no place of its own, the works stand where the other project stands
  for (const p of projects) {
    const other = besides.get(p);
    if (!other || [...p.places].some((x) => isLocal(ctx, x))) continue;
    for (const x of other.places) if (isLocal(ctx, x)) p.places.add(x);
  }
  snap('beside', b); b = take();
  applyHeadlineNamedPlaces(ctx, projects); snap('headlinenamed', b); b = take();
  applyStatedRegions(ctx, projects); snap('stated', b); b = take();
  applyFrontedPlaces(ctx, projects); snap('fronted', b); b = take();
  applyDatelinePlace(ctx, projects); snap('dateline', b);
}

/** "Lanova Power will build a solar plant near Samawah. Samawah, the capital of Muthanna Governorate, has long ...",
 * "... in Aralsk. Aralsk lies in the Kyzylorda region": where a paragraph that speaks of the works says which region a
 * town of the works lies in (an apposition that heads the region, or a verb of lying in it), the works stand in that region too, unless
 * they already have a region. Not for lines, whose places are their ends and stations, not the regions those lie in. */
function applyStatedRegions(ctx: Ctx, projects: ProjectDraft[]): void {
  // town -> the region and the paragraph where the text says so
  const within = new Map<number, { region: number; paragraph: number }>();
  const lying = placeWordsData().lyingVerbs;
  for (let k = tokenAtOrAfter(ctx, ctx.doc.bodyStart); k < ctx.toks.length; k++) {
    const m = ctx.mentionAt[k];
    if (!m) continue;
    k = m.last;
    if (m.label !== 'PLACE' || m.dateline || ctx.entities.places[m.entity]?.kind !== 'city' || within.has(m.entity)) continue;
    const headed = headedRegion(ctx, m);
    const paragraph = ctx.doc.sentences[ctx.toks[m.first].sent].paragraph;
    if (headed) { within.set(m.entity, { region: headed.entity, paragraph }); continue; }
    // "Aralsk lies in the Kyzylorda region", "Jizzakh is located in ..."
    let j = m.last + 1;
    if (ctx.lowers[j] === 'is' || ctx.lowers[j] === 'was') j++;
    if (!lying.has(ctx.lowers[j] ?? '') || ctx.lowers[j + 1] !== 'in') continue;
    j += ctx.lowers[j + 2] === 'the' ? 3 : 2;
    const n = ctx.mentionAt[j];
    if (n?.label === 'PLACE' && n.first === j && ctx.entities.places[n.entity]?.kind === 'region' && isLocal(ctx, n.entity)) within.set(m.entity, { region: n.entity, paragraph });
  }
  if (!within.size) return;
  for (const p of projects) {
    if (p.plural || linearKinds().has(p.type) || [...p.places].some((y) => ctx.entities.places[y]?.kind === 'region' && isLocal(ctx, y))) continue;
    // (said in a paragraph that speaks of the works: a town's region given in a portrait of the town elsewhere in the
    // story is background)
    const paragraphs = new Set(p.evidence.map((e) => ctx.doc.sentences.find((x) => x.start === e.start)?.paragraph));
    for (const x of [...p.places]) {
      const stated = within.get(x);
      if (stated && paragraphs.has(stated.paragraph) && fitsFrontedPlace(ctx, p, stated.region)) p.places.add(stated.region);
    }
  }
}

/** "Far to the south, in Muthanna Governorate, the story is different. Lanova Power is building a solar plant outside
 * Samawah ...", "In the Kessary region, farmers have waited years for roads. Orin Build has now won a contract to rebuild
 * a 110-km road.": a place set off by a comma at the head of a sentence is the scene of what the paragraph then tells,
 * so the works the paragraph goes on to describe stand in it, unless they are placed elsewhere. A region is added to
 * works placed only in towns of it (or in towns the gazetteer does not place); a town or site only to works placed
 * nowhere finer than a country. (Not "In Beijing, ministers signed twelve deals": the scene of a meeting or of a speaker.) */
function applyFrontedPlaces(ctx: Ctx, projects: ProjectDraft[]): void {
  const sentences = ctx.doc.sentences.filter((s) => s.start >= ctx.doc.bodyStart);
  for (let i = 0; i < sentences.length; i++) {
    const m = frontedPlace(ctx, sentences[i].first, sentences[i].last);
    if (!m) continue;
    // the paragraph from this sentence on; a one-sentence paragraph opens the one after it
    const scope = new Set<number>();
    let paragraph = sentences[i].paragraph;
    for (let j = i; j < sentences.length; j++) {
      const s = sentences[j];
      if (s.paragraph !== paragraph) {
        if (j !== i + 1 || sentences[i - 1]?.paragraph === sentences[i].paragraph) break;
        paragraph = s.paragraph;
      }
      // ("Meanwhile, ...", "Elsewhere, ...": the text moves to another scene)
      if (j > i && (frontedPlace(ctx, s.first, s.last) || placeWordsData().sceneShifts.has(ctx.lowers[s.first]))) break;
      scope.add(s.start);
    }
    const x = m.entity;
    for (const p of projects) {
      if (p.plural || p.places.has(x) || !p.evidence.some((e) => scope.has(e.start))) continue;
      if (fitsFrontedPlace(ctx, p, x)) p.places.add(x);
    }
  }
}

/** The city, region or site of a sentence's opening "In X," ("Far to the south, in X,", "Across the border in X,"): a
 * locative before a comma, after at most a few plain words, in a sentence that tells of no meeting, signing or speech. */
function frontedPlace(ctx: Ctx, first: number, last: number): NameMention | null {
  const m = openingPlace(ctx, first, last);
  return m && !tellsOfEvent(ctx, first, last) ? m : null;
}

/** A sentence that tells of a meeting, signing or speech (event_place_words, signing_verbs, speech_verbs, attribution_verbs). */
function tellsOfEvent(ctx: Ctx, first: number, last: number): boolean {
  const pw = projectWords();
  const speech = placeWordsData().speech;
  for (let j = first; j <= last; j++) {
    const w = ctx.lowers[j];
    if (pw.eventPlaceWords.has(w) || pw.signingVerbs.has(w) || speech.has(w) || pw.attributionVerbs.has(w)) return true;
  }
  return false;
}

/** "In Valletta, the company's chief said it would build a plant near Catania": the place a sentence of speech, signing
 * or meeting opens on ("In X,") is where the people were, when the sentence places the works elsewhere after their
 * mention at `at`. ("In Catania, officials said the plant would open in May" places nothing else and keeps it.) */
export function frontedEventScene(ctx: Ctx, m: NameMention, first: number, last: number, at: number): boolean {
  if (openingPlace(ctx, first, last) !== m || !tellsOfEvent(ctx, first, last)) return false;
  for (let k = at + 1; k <= last; k++) {
    const n = ctx.mentionAt[k];
    if (n?.label === 'PLACE' && n !== m && !n.dateline && isLocal(ctx, n.entity)) return true;
  }
  return false;
}

/** The city, region or site a sentence opens on, "In X," ("Far to the south, in X,"), after at most a few plain words. */
function openingPlace(ctx: Ctx, first: number, last: number): NameMention | null {
  let k = first;
  for (; k <= Math.min(last, first + 7); k++) {
    const w = ctx.lowers[k];
    if (w === 'in' || w === 'at') break;
    // ("Two hundred kilometres to the north-west, in X,": a distance that leads the reader there)
    const q = ctx.quantityAt[k];
    if (q?.kind === 'length') { k = q.last; continue; }
    if (ctx.mentionAt[k] || q || ctx.toks[k].num || (ctx.toks[k].punct && ctx.toks[k].text !== ',')) return null;
  }
  if (ctx.lowers[k] !== 'in' && ctx.lowers[k] !== 'at') return null;
  if (ctx.lowers[k + 1] === 'the') k++;
  const m = ctx.mentionAt[k + 1];
  if (m?.label !== 'PLACE' || m.first !== k + 1 || m.dateline || m.headline || !isLocal(ctx, m.entity)) return null;
  if (ctx.toks[m.last + 1]?.text !== ',') return null;
  return m;
}

/** Whether a fronted place can be where works stand that are already placed (see applyFrontedPlaces). */
function fitsFrontedPlace(ctx: Ctx, p: ProjectDraft, x: number): boolean {
  const place = ctx.entities.places[x];
  const local = [...p.places].filter((y) => isLocal(ctx, y));
  if (place.kind !== 'region') return local.length === 0 && ![...p.places].some((y) => ctx.entities.places[y]?.country && place.country && ctx.entities.places[y].country !== place.country);
  for (const y of p.places) {
    const other = ctx.entities.places[y];
    if (other.kind === 'region' && isLocal(ctx, y)) return false;
    if (other.country && place.country && other.country !== place.country) return false;
    // a town the gazetteer puts in another region
    const admin1 = loadGazetteer().byId(other.id)?.admin1;
    if (other.kind === 'city' && admin1 && loadGazetteer().byId(place.id) && admin1 !== place.id) return false;
  }
  return true;
}

/** "4. Site: Tarvin industrial zone, Kessary Province, Kingdom of Velmora", "Project location: Tarvin": a field label
 * (project-words site_labels, maybe after one word) opening a line (a filing's numbered fields, a fact box, a release's
 * notes) before a colon says where the works of the document stand, though the line never names them. Such pages
 * describe one project; with several, the line could be any one's, and none takes it. */
function applySiteFields(ctx: Ctx, projects: ProjectDraft[]): void {
  const own = projects.filter((p) => !p.plural && !p.stageOf);
  if (own.length !== 1) return;
  const { siteLabels } = projectWords();
  const text = ctx.doc.text;
  for (let k = tokenAtOrAfter(ctx, ctx.doc.bodyStart) + 1; k < ctx.toks.length; k++) {
    if (ctx.toks[k].text !== ':' || !siteLabels.has(ctx.lowers[k - 1])) continue;
    if (!opensLine(text, ctx.toks[k - 1].start) && !(k >= 2 && !ctx.toks[k - 2].punct && opensLine(text, ctx.toks[k - 2].start))) continue;
    const end = text.indexOf('\n', ctx.toks[k].start);
    for (let j = k + 1; j < ctx.toks.length && (end < 0 || ctx.toks[j].start < end); j++) {
      const m = ctx.mentionAt[j];
      if (!m) continue;
      if (m.label === 'PLACE' && isLocal(ctx, m.entity)) own[0].places.add(m.entity);
      j = m.last;
    }
  }
}

/** The first token that starts at or after character offset `at`. */
function tokenAtOrAfter(ctx: Ctx, at: number): number {
  let lo = 0;
  let hi = ctx.toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ctx.toks[mid].start < at) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Only a field number ("4.", "b)", "-") and spaces stand between the line's start and character offset `at`. */
function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && text[i] !== '\n'; i--) if (!/[\s\d.)(•\-–*]|[a-z](?=[.)])/.test(text[i])) return false;
  return true;
}

/** "KESSARY — At six in the morning the buses start arriving at the park ...": a dateline names where the story was
 * filed. A national capital there is the seat of the news desk or of the government that speaks; another town, named
 * again in the body, is where the reporter went because the news happens there. Works the text places nowhere
 * else (a tenant "next door", a spur "from the new yard") stand in that town. */
function applyDatelinePlace(ctx: Ctx, projects: ProjectDraft[]): void {
  const filed = datelinePlace(ctx);
  if (filed === null) return;
  for (const p of projects) if (!p.plural && ![...p.places].some((x) => isLocal(ctx, x))) p.places.add(filed);
}

/** The dateline's place when it is a town or region that is no national capital and the body names it again. */
function datelinePlace(ctx: Ctx): number | null {
  for (const [entity, place] of ctx.entities.places.entries()) {
    if (!place.mentions.some((m) => m.dateline) || !isLocal(ctx, entity)) continue;
    if (loadGazetteer().byId(place.id)?.capital === 'national') return null;
    return place.mentions.some((m) => !m.dateline && !m.headline) ? entity : null;
  }
  return null;
}

/** A city, region or site: a place finer than a country or a macro-region. */
function isLocal(ctx: Ctx, entity: number): boolean {
  const kind = ctx.entities.places[entity]?.kind;
  return kind !== undefined && kind !== 'country' && !isMacroRegion(ctx, entity);
}

/** The project a facility is said to stand beside ("a 25 MW solar farm next to the plant"), per project. */
const besides = new WeakMap<ProjectDraft, ProjectDraft>();

/** "a 25 MW solar farm next to the plant", "a training centre inside the complex": right after the mention at `at`, a
 * word of nearness and the definite word for another project already named: that project. */
export function besideProject(ctx: Ctx, p: ProjectDraft, at: number, last: number): ProjectDraft | null {
  const pw = projectWords();
  const lex = getFacilityLexicon();
  for (let k = at + 1; k <= Math.min(last, at + 3); k++) {
    for (const seq of placeWordsData().beside) {
      if (!seq.every((x, i) => ctx.lowers[k + i] === x)) continue;
      let j = k + seq.length;
      if (ctx.lowers[j] !== 'the' && ctx.lowers[j] !== 'its' && ctx.lowers[j] !== 'their') return null;
      j++;
      const hit = phraseAt(lex.facilities, ctx.lowers, j);
      const head = hit ? ctx.lowers[hit.last] : ctx.lowers[j];
      if (!hit && !pw.anaphors.has(head)) return null;
      return [...ctx.projects].reverse().find((q) => q !== p && (hit ? q.type === hit.value.type : kindHeads(q.type).has(head) || head === 'project')) ?? null;
    }
  }
  return null;
}

/** Each facility word of the headline with the article's main project of its kind (the one with the most evidence),
 * and the headline's first and last tokens; `fn` is not called for a kind no project has. */
function forHeadlineWorks(ctx: Ctx, projects: ProjectDraft[], fn: (main: ProjectDraft, hit: { last: number }, at: number, first: number, last: number) => void): void {
  const head = ctx.doc.sentences.filter((s) => s.end <= ctx.doc.bodyStart);
  if (!projects.length) return;
  if (head.length) worksNamedIn(ctx, projects, head[0].first, head[head.length - 1].last, fn);
  // "Osk gets a polypropylene plant" over one part of a roundup: a subheading is the headline of the works told
  // under it (sectionsOf), the works of its kind with a mention in that part
  const sections = ctx.sections;
  if (!sections) return;
  const paragraphOf = new Map(ctx.doc.sentences.map((s) => [s.start, s.paragraph]));
  for (const s of ctx.doc.sentences) {
    if (s.start < ctx.doc.bodyStart || s.paragraph === 0 || sections[s.paragraph] === sections[s.paragraph - 1]) continue;
    const inPart = projects.filter((p) => p.evidence.some((e) => { const q = paragraphOf.get(e.start); return q !== undefined && q > s.paragraph && sections[q] === sections[s.paragraph]; }));
    if (inPart.length) worksNamedIn(ctx, inPart, s.first, s.last, fn);
  }
}

/** The facility words of tokens first..last, each with the project of its kind most spoken of. */
function worksNamedIn(ctx: Ctx, projects: ProjectDraft[], first: number, last: number, fn: (main: ProjectDraft, hit: { last: number }, at: number, first: number, last: number) => void): void {
  const lex = getFacilityLexicon();
  for (let k = first; k <= last; k++) {
    const hit = phraseAt(lex.facilities, ctx.lowers, k);
    if (!hit) continue;
    const main = projects.filter((p) => p.type === hit.value.type).sort((a, b) => b.evidence.length - a.evidence.length)[0];
    if (main) fn(main, hit, k, first, last);
    k = hit.last;
  }
}

/** The headline places the news ("... solar plant in Kessary region"): a place after a facility word of the
 * headline, behind a place preposition, belongs to the article's main project of that kind. */
function applyHeadlinePlaces(ctx: Ctx, projects: ProjectDraft[]): void {
  const pw = projectWords();
  forHeadlineWorks(ctx, projects, (main, hit, _at, _first, last) => {
    for (let j = hit.last + 1; j <= Math.min(last, hit.last + 8); j++) {
      // "... opens tuna cold-storage hub and breaks ground in Kessary": past a conjunction or stop that does not join two
      // places, the headline goes on to other news
      if (CLAUSE_BREAKS.has(ctx.lowers[j]) && ctx.mentionAt[j + 1]?.label !== 'PLACE') break;
      const m = ctx.mentionAt[j];
      if (m?.label === 'PLACE' && !m.dateline && ctx.entities.places[m.entity].kind !== 'country' && pw.placePreps.has(ctx.lowers[m.first - 1] ?? '') && !modifiesEvent(ctx, pw, m)
        && !(main.places.size && landmarkInBody(ctx, pw, m.entity))) {
        main.places.add(m.entity);
      }
      if (m) j = m.last;
    }
  });
}

const CLAUSE_BREAKS = new Set(['and', 'but', 'while', 'as', ';', ':', '—', '–', '|']);

/** The headline names the article's main works of a kind by their town or region ("Work starts on Mombasa desalination
 * plant", "Lobito gets a copper refinery"; headlinePlaceBefore). Settled after works beside other works took those
 * works' places: the town names the main works, not what is built next to them. */
function applyHeadlineNamedPlaces(ctx: Ctx, projects: ProjectDraft[]): void {
  const pw = projectWords();
  forHeadlineWorks(ctx, projects, (main, _hit, at, first) => {
    const before = headlinePlaceBefore(ctx, pw, first, at);
    if (before !== null && !(main.places.size && landmarkInBody(ctx, pw, before))) main.places.add(before);
  });
}

/** "Work starts on Mombasa desalination plant", "Shymkent refinery upgrade to cost $2 billion", "Lobito gets a copper
 * refinery": in a headline, a town or region right before the facility words (over at most two plain words) names the
 * works by their place, and one that opens the headline as the subject of a verb of receiving (headline_receiving_verbs)
 * is where the works go. (Not "Beijing signs off on wind farm": a capital that acts is its government; nor a country.) */
function headlinePlaceBefore(ctx: Ctx, pw: Words, headFirst: number, hit: number): number | null {
  const usable = (m: NameMention | undefined) => m?.label === 'PLACE' && !m.dateline && m.via !== 'based' && isLocal(ctx, m.entity) && !describesBody(ctx, m);
  let k = hit - 1;
  // (over words that say what the works make or are, "Mombasa seawater desalination plant", not over a conjunction or
  // other works: "Shymkent refinery and highway")
  const lex = getFacilityLexicon();
  for (let gap = 0; gap < 2 && k > headFirst && isPlainWord(ctx, k) && !ctx.toks[k].num && !getLexicon().functionWords.has(ctx.lowers[k]) && !phraseAt(lex.facilities, ctx.lowers, k); gap++) k--;
  const m = ctx.mentionAt[k];
  if (usable(m) && m!.last === k && !pw.placePreps.has(ctx.lowers[m!.first - 1] ?? '')) return m!.entity;
  // the headline's subject
  for (let j = headFirst; j < hit; j++) {
    const n = ctx.mentionAt[j];
    if (!n) { if (ctx.toks[j].punct) continue; return null; }
    if (!usable(n)) return null;
    let v = n.last + 1;
    if (ctx.lowers[v] === 'to') v++;
    return placeWordsData().receiving.has(ctx.lowers[v] ?? '') ? n.entity : null;
  }
  return null;
}

interface PlaceWords { namePrefixes: Set<string>; appositionHeads: Set<string>; bodyNouns: Set<string>; bodyModifiers: Set<string>; titleHeads: Set<string>; leaving: string[][]; route: Set<string>; relatives: Set<string>; contrasts: Set<string>; beside: string[][]; speech: Set<string>; goodsOrigin: Set<string>; jurisdictions: Set<string>; water: Set<string>; waterPreps: Set<string>; crossingTypes: Set<string>; crossingPreps: Set<string>; waterParts: Set<string>; localGovernments: Set<string>; recordAdverbs: Set<string>; sceneShifts: Set<string>; receiving: Set<string>; activitySubjects: Set<string>; activityVerbs: Set<string>; lyingVerbs: Set<string>; meetingVerbs: Set<string>; extensionCues: Set<string>; adjacentPreps: Set<string>; linkVerbs: Set<string>; audiences: Set<string>; partSubjects: Set<string>; locatingVerbs: Set<string>; partAuxiliaries: Set<string>; serving: Set<string>; serviceAreaTypes: Set<string> }
let placeWords: PlaceWords | null = null;
function placeWordsData(): PlaceWords {
  placeWords ??= (() => {
    const w = loadJson<{ name_prefixes: string[]; apposition_heads: string[]; body_nouns: string[]; body_modifiers: string[]; leaving_words: string[][]; route_words: string[]; not_title_heads: string[]; relative_pronouns: string[]; contrast_links: string[]; beside_words: string[][]; speech_verbs: string[]; goods_origin_participles: string[]; jurisdiction_nouns: string[]; water_heads: string[]; water_prepositions: string[]; crossing_types: string[]; crossing_prepositions: string[]; water_part_nouns: string[]; local_government_heads: string[]; record_adverbs: string[]; scene_shift_openers: string[]; headline_receiving_verbs: string[]; works_activity_subjects: string[]; works_activity_verbs: string[]; lying_verbs: string[]; meeting_verbs: string[]; extension_cues: string[]; adjacent_place_prepositions: string[]; link_verbs: string[]; speech_audiences: string[]; works_part_subjects: string[]; works_locating_verbs: string[]; works_part_auxiliaries: string[]; serving_verbs: string[]; service_area_types: string[] }>('lexicon/project-places.json');
    // one-word job titles ("Velmora's governor", "the Tarvin sub-county commissioner")
    const t = loadJson<{ titles: string[]; place_titles: string[] }>('lexicon/titles.json');
    const not = new Set(w.not_title_heads);
    const titleHeads = new Set([...t.titles, ...t.place_titles].map((x) => x.toLowerCase()).filter((x) => !x.includes(' ') && !not.has(x)));
    return { namePrefixes: new Set(w.name_prefixes), appositionHeads: new Set(w.apposition_heads), bodyNouns: new Set(w.body_nouns), bodyModifiers: new Set(w.body_modifiers), titleHeads, leaving: w.leaving_words, route: new Set(w.route_words), relatives: new Set(w.relative_pronouns), contrasts: new Set(w.contrast_links), beside: w.beside_words, speech: new Set(w.speech_verbs), goodsOrigin: new Set(w.goods_origin_participles), jurisdictions: new Set(w.jurisdiction_nouns),
      water: new Set(w.water_heads), waterPreps: new Set(w.water_prepositions), crossingTypes: new Set(w.crossing_types), crossingPreps: new Set(w.crossing_prepositions), waterParts: new Set(w.water_part_nouns), localGovernments: new Set(w.local_government_heads), recordAdverbs: new Set(w.record_adverbs), sceneShifts: new Set(w.scene_shift_openers), receiving: new Set(w.headline_receiving_verbs), activitySubjects: new Set(w.works_activity_subjects), activityVerbs: new Set(w.works_activity_verbs), lyingVerbs: new Set(w.lying_verbs), meetingVerbs: new Set(w.meeting_verbs), extensionCues: new Set(w.extension_cues),
      adjacentPreps: new Set(w.adjacent_place_prepositions), linkVerbs: new Set(w.link_verbs), audiences: new Set(w.speech_audiences),
      partSubjects: new Set(w.works_part_subjects), locatingVerbs: new Set(w.works_locating_verbs), partAuxiliaries: new Set(w.works_part_auxiliaries), serving: new Set(w.serving_verbs), serviceAreaTypes: new Set(w.service_area_types) };
  })();
  return placeWords;
}

/** "sewage reaching the Tarvin river", "on the other side of the Kessary river", "three bridges over the Velmora river"
 * (of a bypass): a river or a bay a sentence names without a word that puts the works on it is a landmark or the
 * water something else crosses, not where the works stand. A bridge is placed by the water it crosses, a line by the
 * water its route starts or ends at. */
export function unplacedWater(ctx: Ctx, m: NameMention, p: ProjectDraft): boolean {
  const w = placeWordsData();
  const name = ctx.entities.places[m.entity]?.name ?? '';
  if (!w.water.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) return false;
  const prep = ctx.lowers[m.first - 1] === 'the' ? ctx.lowers[m.first - 2] ?? '' : ctx.lowers[m.first - 1] ?? '';
  if (w.waterPreps.has(prep)) return false;
  // "on the banks of the Tarvin river", "at the mouth of the Kessary river"
  if (prep === 'of' && w.waterParts.has(ctx.lowers[ctx.lowers[m.first - 1] === 'the' ? m.first - 3 : m.first - 2] ?? '')) return false;
  if (w.crossingTypes.has(p.type) && w.crossingPreps.has(prep)) return false;
  // ("lifts water from the Tarvin river": the water the works draw; "the pumping stations of the Kessary canal": the
  // works are part of the water's own)
  if (prep === 'from' || (prep === 'of' && ctx.mentionOf?.get(m.first - (ctx.lowers[m.first - 1] === 'the' ? 3 : 2)) === p)) return false;
  return !(linearKinds().has(p.type) && ROUTE_PREPS.has(prep));
}

/** "the Kessary group", "Velmora's governor", "Kessary's Orin Energy", "the Tarvin regional office", "Orin Net Kessary":
 * a place that says where a body or an office holder comes from or sits, not where the works are. */
export function describesBody(ctx: Ctx, m: NameMention): boolean {
  const w = placeWordsData();
  let k = m.last + 1;
  if (ctx.lowers[k] === "'s" || ctx.lowers[k] === '’s') {
    k++;
    if (ctx.mentionAt[k]?.label === 'ORG') return true;
  }
  if (w.bodyModifiers.has(ctx.lowers[k] ?? '')) k++;
  if ((w.bodyNouns.has(ctx.lowers[k] ?? '') || w.titleHeads.has(ctx.lowers[k] ?? '')) && !ctx.mentionAt[k]) return true;
  // "the Rostock turbine maker", "a Tarvin steel group": a body noun behind a word or two that say what the body makes
  for (let j = k; j <= k + 1 && isPlainWord(ctx, j); j++) if (w.bodyNouns.has(ctx.lowers[j + 1] ?? '') && !ctx.mentionAt[j + 1]) return true;
  // the seat written right after the body's name
  const before = ctx.mentionAt[m.first - 1];
  if (before?.label === 'ORG' && !ctx.toks[m.first - 1].punct) return true;
  // "a developer from Tarvin", "Orin Energy of Kessary": where the body comes from
  const prep = ctx.lowers[m.first - 1];
  // (not "the municipality of Tarvin", "the government of Kessary": "of" after a jurisdiction names the area it governs)
  const noun = ctx.lowers[m.first - 2] ?? '';
  return (prep === 'from' || prep === 'of') && (ctx.mentionAt[m.first - 2]?.label === 'ORG'
    || (w.bodyNouns.has(noun) && !ctx.mentionAt[m.first - 2] && !(prep === 'of' && w.jurisdictions.has(noun))));
}

/** "moving production out of Velmora", "freight towards Kessary": a place something leaves or heads for (of a line
 * whose route the sentence opens with "from": "a railway inching west from Tarvin towards Kessary", the route's end;
 * route_words). */
export function isLeft(ctx: Ctx, m: NameMention, p: ProjectDraft): boolean {
  const end = ctx.lowers[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  const w = placeWordsData();
  return w.leaving.some((seq) => seq.every((x, i) => ctx.lowers[end - seq.length + 1 + i] === x)
    && !(seq.length === 1 && w.route.has(seq[0]) && linearKinds().has(p.type) && routeFromBefore(ctx, end)));
}

/** "from Tarvin" (a place after "from") within the few tokens before token k. */
function routeFromBefore(ctx: Ctx, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const m = ctx.mentionAt[j];
    if (m?.label === 'PLACE' && ctx.lowers[m.first - 1] === 'from') return true;
    if (ctx.toks[j].punct) return false;
  }
  return false;
}

/** "between Tarvin and Kessary", "in Tarvin, Velmora and Kessary": a place joined by a comma, "and" or "or" to the
 * place just given to the project (its last token `attached`) is governed by the same preposition. */
export function coordinatedWith(ctx: Ctx, m: NameMention, attached: number): boolean {
  if (attached < 0) return false;
  let k = m.first - 1;
  if (ctx.lowers[k] === 'the') k--;
  if (ctx.lowers[k] === 'and' || ctx.lowers[k] === 'or' || (ctx.lowers[k] === 'with' && linksFrom(ctx, k - 1))) k--;
  if (ctx.toks[k]?.text === ',') k--;
  return k === attached && k < m.first - 1;
}

/** "a cable linking Tarvin with Kessary": the place ending at token `last` is the first end after a verb of linking
 * (project-places link_verbs), so a place after "with" is the other end. */
function linksFrom(ctx: Ctx, last: number): boolean {
  const m = ctx.mentionAt[last];
  if (m?.label !== 'PLACE' || m.last !== last) return false;
  const before = ctx.lowers[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  return placeWordsData().linkVerbs.has(ctx.lowers[before] ?? '');
}

/** "a 45 MW plant on the Tarvin river", "a smelter on Kessary island": a place behind "on" or "off" (project-places
 * adjacent_place_prepositions) right after the facility word at `at` is where the works stand. */
function adjacentPlace(ctx: Ctx, m: NameMention, at: number): boolean {
  const prep = ctx.lowers[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  return prep === at + 1 && placeWordsData().adjacentPreps.has(ctx.lowers[prep] ?? '');
}

/** The word at `at` is the plural of a head noun of the project's kind, said of a country's or region's facilities
 * ("Velmora's ports") or bare after a preposition ("money into ports and roads"); not "the two pipelines" or
 * "200 locomotives", which count the project's own units. */
export function namedInPlural(ctx: Ctx, p: ProjectDraft, at: number): boolean {
  const w = ctx.lowers[at] ?? '';
  if (!w.endsWith('s') || w.endsWith('ss')) return false;
  const before = ctx.lowers[at - 1] ?? '';
  const general = ((before === "'s" || before === '’s') && ctx.mentionAt[at - 2]?.label === 'PLACE') || projectWords().placePreps.has(before) || before === 'into' || before === 'for';
  if (!general) return false;
  const heads = kindHeads(p.type);
  return heads.has(w.slice(0, -1)) || (w.endsWith('es') && heads.has(w.slice(0, -2))) || (w.endsWith('ies') && heads.has(`${w.slice(0, -3)}y`));
}

/** "The old Tarvin Line, rebuilt between Kessary and Orin, carries ore to the port", "ore from mines in the Velmora
 * region": in a sentence that names the project once, a place whose nearest facility word before it (in the same
 * sentence) is another facility, not the project's own mention, is that facility's place. A facility brought in as
 * a part ("with a 14-km pipeline to the Orin tanks", "including a substation at Kessary") stays the project's own. */
export function nearerOtherFacility(ctx: Ctx, pw: Words, m: NameMention, first: number, at: number): boolean {
  const lex = getFacilityLexicon();
  for (let k = m.first - 1; k >= first; k--) {
    if (k === at) return false;
    const hit = phraseAt(lex.facilities, ctx.lowers, k) ?? pluralFacilityAt(lex, ctx, k);
    if (!hit || hit.last >= m.first) continue;
    if (at >= k && at <= hit.last) return false;
    for (let j = k - 1; j >= Math.max(first, k - 4); j--) if (ctx.lowers[j] === 'with' || pw.componentCues.has(ctx.lowers[j])) return false;
    return true;
  }
  return false;
}

/** "the terminal would let ships that now queue at Kessary ...", "... the plant, but the last stretch to Tarvin is a
 * two-lane road": a place after the project's mention behind a relative pronoun that does not open on the mention
 * itself, or behind a comma and a word of contrast ("but", "while"), is in a clause about something else. ("the plant, which will stand in
 * Tarvin" does describe the plant.) */
export function inLaterClause(ctx: Ctx, at: number, place: number): boolean {
  if (place < at) return inEarlierClause(ctx, at, place);
  const pw = projectWords();
  const lex = getFacilityLexicon();
  const { relatives, contrasts } = placeWordsData();
  for (let k = at + 1; k < place; k++) {
    const w = ctx.lowers[k];
    if (relatives.has(w) && !ctx.mentionAt[k]) {
      // (on the mention, or on a word for the works: "the railway, a 120-km extension that runs from Tarvin")
      let j = k - 1;
      if (ctx.toks[j]?.text === ',') j--;
      const ante = ctx.lowers[j] ?? '';
      const onWorks = j === at || pw.anaphors.has(ante) || pw.sections.has(ante) || pw.stageNouns.has(ante) || endsFacility(lex, ctx, j) || placesWorksBefore(ctx, pw, at, j);
      if (!onWorks) return true;
    }
    if (ctx.toks[k].text === ',' && contrasts.has(ctx.lowers[k + 1] ?? '') && k + 1 < place) return true;
  }
  return false;
}

/** "a desalination plant on the coast of Kessary that will supply Tarvin": token j ends a place that only places the
 * works at `at` (behind place prepositions and words for a water's edge, with nothing else between), so a relative
 * clause after it still speaks of the works. */
function placesWorksBefore(ctx: Ctx, pw: Words, at: number, j: number): boolean {
  const m = ctx.mentionAt[j];
  if (m?.label !== 'PLACE' || m.last !== j || m.first <= at + 1) return false;
  const { adjacentPreps, waterParts } = placeWordsData();
  for (let k = at + 1; k < m.first; k++) {
    const n = ctx.mentionAt[k];
    if (n?.label === 'PLACE') { k = n.last; continue; }
    const w = ctx.lowers[k];
    if (!(w === 'the' || pw.placePreps.has(w) || adjacentPreps.has(w) || waterParts.has(w))) return false;
  }
  return true;
}

/** A facility phrase ends at token j ("... the line that", "a solar plant which"). */
function endsFacility(lex: ReturnType<typeof getFacilityLexicon>, ctx: Ctx, j: number): boolean {
  for (let i = Math.max(0, j - 3); i <= j; i++) if (phraseAt(lex.facilities, ctx.lowers, i)?.last === j) return true;
  return false;
}

/** "mines", "refineries", and the plural of a general word for works ("two smaller facilities in Tarvin", "plants in
 * Kessary"): a one-word facility in the plural. */
function pluralFacilityAt(lex: ReturnType<typeof getFacilityLexicon>, ctx: Ctx, k: number): { last: number } | null {
  const w = ctx.lowers[k] ?? '';
  if (!w.endsWith('s') || w.endsWith('ss')) return null;
  const anaphors = projectWords().anaphors;
  for (const sing of [w.slice(0, -1), w.endsWith('es') ? w.slice(0, -2) : '', w.endsWith('ies') ? `${w.slice(0, -3)}y` : '']) {
    if (sing && (lex.facilities.byFirst.get(sing)?.some((e) => e.words.length === 1) || anaphors.has(sing))) return { last: k };
  }
  return null;
}

/** "11:40 ULAANBAATAR — An administrative court ...": a place in capitals before a dash, among the first sentences of
 * the body, is where the story was filed (a page may put a section, a date and a time before it). */
export function filedFrom(ctx: Ctx, m: NameMention): boolean {
  const next = ctx.toks[m.last + 1]?.text ?? '';
  if (next !== '—' && next !== '–') return false;
  for (let k = m.first; k <= m.last; k++) if (!ctx.toks[k].upper && !ctx.toks[k].punct) return false;
  const opening = ctx.doc.sentences.filter((x) => x.start >= ctx.doc.bodyStart).slice(0, 3);
  return opening.some((x) => m.first >= x.first && m.first <= x.last);
}

/** Folded names and aliases of the document's places (gazetteer folding), per entity table. */
const placeKeys = new WeakMap<Ctx['entities'], Map<string, number>>();

/** "the Kampot Bay Industrial Park" in a story that names Kampot elsewhere: a place in a project's own name is the
 * project's place (the spec lists it), though the name recogniser read the whole name as one and gave no place mention
 * inside it. Only places the text names on their own count, so a capitalised word of a name is not taken for a town
 * on capitalisation alone. Tokens first..last are the capitalised words before the facility noun; words inside another
 * name (an organisation's) are not read. */
function documentPlaceKeys(ctx: Ctx): Map<string, number> {
  let keys = placeKeys.get(ctx.entities);
  if (!keys) {
    keys = new Map();
    ctx.entities.places.forEach((p, i) => {
      for (const n of [p.name, ...(p.aliases ?? [])]) keys!.set(foldPlaceName(n), i);
    });
    placeKeys.set(ctx.entities, keys);
  }
  return keys;
}

export function placesInName(ctx: Ctx, first: number, last: number): number[] {
  const keys = documentPlaceKeys(ctx);
  const out: number[] = [];
  for (let k = first; k <= last; k++) {
    if (ctx.mentionAt[k] || !ctx.toks[k].cap || ctx.toks[k].punct) continue;
    // "the Trans-Caspian pipeline", "a Pan-Adriatic cable": a crossing prefix (name_prefixes) glued to the name of the
    // sea, range or region the works cross
    const cut = ctx.toks[k].text.indexOf('-');
    if (cut > 0 && placeWordsData().namePrefixes.has(ctx.toks[k].lower.slice(0, cut))) {
      const hit = keys.get(foldPlaceName(ctx.toks[k].text.slice(cut + 1)));
      if (hit !== undefined && !out.includes(hit)) out.push(hit);
      continue;
    }
    // the longest run of words from k that is a place's name ("Porto Murtinho" before "Porto")
    let end = k;
    while (end < Math.min(last, k + 3) && !ctx.mentionAt[end + 1]) end++;
    for (let j = end; j >= k; j--) {
      const hit = keys.get(foldPlaceName(ctx.doc.text.slice(ctx.toks[k].start, ctx.toks[j].end)));
      if (hit === undefined) continue;
      if (!out.includes(hit)) out.push(hit);
      k = j;
      break;
    }
  }
  return out;
}

/** "a pipeline to carry water from the plant to Tarvin", "trucks run from the mine to the port at Kessary": when the
 * project's mention is where something starts ("from the plant"), the place it goes "to" is the far end of that other
 * thing (a line, a haul), not where the works stand. */
export function farEndFromWorks(ctx: Ctx, at: number, m: NameMention): boolean {
  let from = false;
  for (let j = at - 1; j >= Math.max(0, at - 4); j--) {
    if (ctx.toks[j].punct) break;
    if (ctx.lowers[j] === 'from') { from = true; break; }
  }
  if (!from) return false;
  // (over an apposition: "from the plant to Tarvin, the capital of Kessary province")
  for (let k = m.first - 1; k > at; k--) if (TO_WORDS.has(ctx.lowers[k])) return true;
  return false;
}
const TO_WORDS = new Set(['to', 'towards', 'toward', 'into']);

/** "The scheme includes a 110 kV line of about 40 km to Tarvin": the place a line or pipeline listed as a part of a plant
 * runs "to" is the far end of that part, where the plant's power or product goes, not where the plant stands. (A part's
 * site, "including a substation at Kessary", stays the works' own; so does every place of works that are lines.) */
export function partRouteEnd(ctx: Ctx, m: NameMention, p: ProjectDraft, at: number): boolean {
  if (linearKinds().has(p.type)) return false;
  const before = ctx.lowers[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  if (!TO_WORDS.has(ctx.lowers[before] ?? '')) return false;
  const lex = getFacilityLexicon();
  for (let k = before - 1; k > at; k--) {
    if (ctx.toks[k].text === '.' || ctx.toks[k].text === ';') return false;
    const hit = phraseAt(lex.facilities, ctx.lowers, k);
    if (hit && hit.last < m.first) return linearKinds().has(hit.value.type);
  }
  return false;
}

/** A lower-case word that is no name, number or punctuation ("turbine" of "the Rostock turbine maker"). */
function isPlainWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return !!t && !t.cap && !t.punct && !t.num && !ctx.mentionAt[k] && !ctx.quantityAt[k];
}
const OWN_DETERMINERS = new Set(['the', 'its', 'their']);
const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'outside', 'around', 'within', 'along', 'on', 'beside']);

const PERFECT = new Set(['has', 'have', 'had']);

/** "Kessary Marine, which has built quays in Tarvin and Velmora, will ...": a place inside a relative clause in the
 * perfect set off by commas after an organisation's name gives the body's record, not where the works of a mention
 * outside the clause stand. (Not "Orin Fertilisers, which makes fertilisers in Tarvin, is studying a reactor to supply
 * the works": where the body works now may be where its new works go.) */
export function inBodyClause(ctx: Ctx, m: NameMention, first: number, at: number): boolean {
  const clause = bodyRecordClause(ctx, m.first, first);
  return clause !== null && (at < clause.first || at > clause.last);
}

/** The relative clause in the perfect after an organisation's name (", which has built ...", up to the next comma or
 * the end of the sentence) that holds token k, if any. */
function bodyRecordClause(ctx: Ctx, k: number, first: number): { first: number; last: number } | null {
  const { relatives } = placeWordsData();
  for (let j = k - 1; j > first; j--) {
    if (ctx.toks[j].text === ',') return null;
    if (!relatives.has(ctx.lowers[j]) || !(ctx.toks[j - 1].text === ',' ? ctx.mentionAt[j - 2]?.label === 'ORG' : describedBody(ctx, j - 1))) continue;
    // (or in the past of a verb of finished works: "PowerChina, which built the Lovech dam, ...", "that already built")
    const v = isRecordAdverb(ctx.lowers[j + 1] ?? '') ? j + 2 : j + 1;
    if (!PERFECT.has(ctx.lowers[v] ?? '') && !isRecordVerb(ctx.lowers[v] ?? '')) return null;
    let end = k + 1;
    while (end < ctx.toks.length && ctx.toks[end].text !== ',' && ctx.toks[end].text !== '.' && ctx.toks[end].text !== ';') end++;
    return { first: j, last: end };
  }
  return null;
}

/** "Kessary Lusa, a Porto-based group that already built berths in Tarvin": the word before the relative pronoun at
 * `noun` + 1 heads a description of a body (project-places body_nouns) set off by a comma after an organisation's name. */
function describedBody(ctx: Ctx, noun: number): boolean {
  if (!placeWordsData().bodyNouns.has(ctx.lowers[noun] ?? '')) return false;
  for (let j = noun - 1; j >= Math.max(1, noun - 6); j--) {
    if (ctx.toks[j].text === ',') return ctx.mentionAt[j - 1]?.label === 'ORG';
    if (ctx.toks[j].punct && ctx.toks[j].text !== '-') return false;
    if (ctx.mentionAt[j] && ctx.mentionAt[j]?.label !== 'PLACE') return false;
  }
  return false;
}

/** "which has already built", "that previously ran": an adverb of time between the pronoun and the verb of a record. */
function isRecordAdverb(w: string): boolean {
  return w.endsWith('ly') || placeWordsData().recordAdverbs.has(w);
}

// determiners that make a plural these works, not a class of works the body built before
const RECORD_DETERMINERS = new Set([...OWN_DETERMINERS, 'these', 'those', 'both']);

/** "Kessary Marine, which has built quays in Tarvin and Velmora, said the Orin terminal ...": a bare plural of the
 * works' kind in a body's record names works of that kind the body built before, not these works. */
function inBodyRecord(ctx: Ctx, at: number, first: number): boolean {
  const w = ctx.lowers[at] ?? '';
  if (!w.endsWith('s') || w.endsWith('ss')) return false;
  const before = at - 1;
  if (ctx.quantityAt[before] || ctx.toks[before]?.num || ctx.mentionAt[before] || RECORD_DETERMINERS.has(ctx.lowers[before] ?? '')) return false;
  return bodyRecordClause(ctx, at, first) !== null;
}

/** The facility word at k is a route's end: "from the plant", "to a new port". */
function routeEndBefore(ctx: Ctx, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (ROUTE_PREPS.has(ctx.lowers[j])) return true;
    if (ctx.toks[j].punct || ctx.mentionAt[j]) return false;
  }
  return false;
}

/** Whether a place of a sentence that names one project is that project's place (attachPlaces, the sentence sweep). */
function sweepKeeps(ctx: Ctx, pw: Words, p: ProjectDraft, m: NameMention, first: number, at: number): boolean {
  if (filedFrom(ctx, m)) return false;
  // a sea, a continent or a macro-region ("across the Caspian", "reach Europe", "on the Pacific coast") is a
  // route, a market or a coast the sentence talks about; the works stand in it only when a place preposition
  // ties it to the facility word (above)
  if (isMacroRegion(ctx, m.entity)) return false;
  if (ctx.lowers[m.first - 1] === 'of' && ctx.mentionAt[m.first - 2]?.label === 'ORG') return false;
  // "during a visit to Brenmoor", "talks in Sana'a" place an event, not the works
  if (placesAnEvent(ctx, pw, m.first)) return false;
  if (isDistanceReference(ctx, pw, m) || modifiesEvent(ctx, pw, m) || actsAsGovernment(ctx, pw, m) || isGoodsEnd(ctx, pw, m, at) || isSetting(ctx, pw, m) || locatesAnotherPlace(ctx, pw, m, p) || isCrossedUnit(ctx, pw, m, p) || placesOtherFacility(ctx, pw, m, p, at)) return false;
  if (describesBody(ctx, m) || isLeft(ctx, m, p) || nearerOtherFacility(ctx, pw, m, first, at) || unplacedWater(ctx, m, p) || inBodyClause(ctx, m, first, at)) return false;
  if (standsForOtherProject(ctx, pw, p, m) || namesOtherRoute(ctx, m, p, at) || isMeetingVenue(ctx, m, first, at) || extensionEnd(ctx, m, p, first) || servedPlace(ctx, m, p)) return false;
  const last = ctx.doc.sentences[ctx.toks[first].sent].last;
  if (frontedEventScene(ctx, m, first, last, at) || datedVenue(ctx, m, first, last, at)) return false;
  return !inLaterClause(ctx, at, m.first) && !farEndFromWorks(ctx, at, m) && !partRouteEnd(ctx, m, p, at);
}

/** "While Abdali is still on paper, work is well advanced on a plant at Sabiya": a place with no preposition before it
 * that is already the place of another project stands for that project, not for where these works are. */
export function standsForOtherProject(ctx: Ctx, pw: Words, p: ProjectDraft, m: NameMention): boolean {
  const before = ctx.lowers[m.first - 1] === 'the' ? ctx.lowers[m.first - 2] : ctx.lowers[m.first - 1];
  if (pw.placePreps.has(before ?? '') || p.places.has(m.entity)) return false;
  return ctx.projects.some((q) => q !== p && !q.plural && q.places.has(m.entity));
}

/** "Trucks reach Tarvin on the expressway to Kessary, but the last stretch to Orin is a two-lane road": a place before a
 * comma and a word of contrast that opens the clause of the project's mention is in a clause about something else. */
function inEarlierClause(ctx: Ctx, at: number, place: number): boolean {
  const { contrasts } = placeWordsData();
  for (let k = place + 1; k < at; k++) if (ctx.toks[k].text === ',' && contrasts.has(ctx.lowers[k + 1] ?? '')) return true;
  return false;
}

let seaWorksWords: Set<string> | null = null;
/** "an offshore wind farm", "a subsea cable": the project's name puts the works out at sea, so the open sea named for
 * it is where they stand (project-places.json sea_works_words). */
export function worksAtSea(name: string): boolean {
  seaWorksWords ??= new Set(loadJson<{ sea_works_words: string[] }>('lexicon/project-places.json').sea_works_words);
  for (const w of name.toLowerCase().split(/[^\p{L}]+/u)) if (seaWorksWords.has(w)) return true;
  return false;
}

let routeNounSet: Set<string> | null = null;
const OTHER_ROUTE_PREPS = new Set(['to', 'between', 'towards', 'toward']);

/** "from the Dobrich highway to the road to Silistra", "traffic on the national road between Tarvin and Kessary": a
 * place that names another, existing route (said with "the", not a mention of the project itself) as its modifier or by
 * where it runs says where that route goes; the works only meet it. ("a road from the Varna highway to Balchik": the
 * place after "to" is still the project's end when the route before it follows "from".) */
export function namesOtherRoute(ctx: Ctx, m: NameMention, p: ProjectDraft, at: number): boolean {
  routeNounSet ??= new Set(loadJson<{ route_nouns: string[] }>('lexicon/places.json').route_nouns.filter((w) => !w.includes(' ')));
  const routes = routeNounSet;
  /** The first token of the definite phrase that route noun k heads ("the national road"), or -1. */
  const otherRouteStart = (k: number): number => {
    if (k === at || !routes.has(ctx.lowers[k] ?? '') || ctx.mentionOf?.get(k) === p) return -1;
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      if (ctx.lowers[j] === 'the') return j;
      if (ctx.toks[j].punct || (ctx.mentionAt[j] && ctx.mentionAt[j] !== m)) return -1;
    }
    return -1;
  };
  // "the Dobrich highway"
  if (ctx.lowers[m.first - 1] === 'the' && otherRouteStart(m.last + 1) === m.first - 1) return true;
  // "the road to Silistra", "the national road between Tarvin and Kessary" (the second place through the first)
  let n = m;
  if (ctx.lowers[m.first - 1] === 'and') {
    const before = ctx.mentionAt[m.first - 2];
    if (before?.label === 'PLACE' && ctx.lowers[before.first - 1] === 'between') n = before;
  }
  const prep = ctx.lowers[n.first - 1] === 'the' ? n.first - 2 : n.first - 1;
  if (!OTHER_ROUTE_PREPS.has(ctx.lowers[prep] ?? '')) return false;
  const start = otherRouteStart(prep - 1);
  return start >= 0 && !(ctx.lowers[prep] === 'to' && ctx.lowers[start - 1] === 'from');
}

let bodyWorks: { nouns: Set<string>; verbs: Set<string> } | null = null;
function bodyWorksData(): { nouns: Set<string>; verbs: Set<string> } {
  bodyWorks ??= (() => {
    const w = loadJson<{ body_works_nouns: string[]; making_verbs: string[] }>('lexicon/project-places.json');
    return { nouns: new Set(w.body_works_nouns), verbs: new Set(w.making_verbs) };
  })();
  return bodyWorks;
}
/** Nouns for the works a body makes its goods in (project-places.json body_works_nouns). */
function bodyWorksNouns(): Set<string> {
  return bodyWorksData().nouns;
}
/** A verb of making goods ("welded and fitted out", "assembled") within the few words before token k (no punctuation). */
function madeBefore(ctx: Ctx, k: number): boolean {
  const verbs = bodyWorksData().verbs;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    if (ctx.toks[j].punct) return false;
    if (verbs.has(ctx.lowers[j])) return true;
  }
  return false;
}

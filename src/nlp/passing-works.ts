// Facilities named in passing, as context for something else: a port goods pass through on their way ("will ship the
// towers through the port of X", "the line that carries freight from the port of Y to the north") or a street given as
// an address ("the borehole on Kessel Road"). Such an existing facility is no project of the news.
// Word lists: data/lexicon/passing-works.json.
import type { Ctx } from './project-context.js';
import type { ProjectType } from './extraction.js';
import { loadJson } from './data-dir.js';
import { linearKinds } from './project-context.js';
import { changesWorksIn, isNewWorksWord } from './project-mentions.js';

interface PassingData { plural_compound_heads: string[]; arrival_verbs: string[]; serving_verbs: string[]; activity_nouns: string[]; moving_verbs: string[]; through_prepositions: string[]; route_origin_prepositions: string[]; route_end_words: string[]; object_reach: number; street_heads: string[]; address_prepositions: string[]; works_nouns: string[] }
interface Passing { pluralHeads: Set<string>; arrival: Set<string>; serving: Set<string>; activity: Set<string>; moving: Set<string>; through: Set<string>; origins: Set<string>; ends: Set<string>; reach: number; streets: Set<string>; address: Set<string>; worksNouns: Set<string> }

let words: Passing | null = null;
function passingWords(): Passing {
  if (!words) {
    const w = loadJson<PassingData>('lexicon/passing-works.json');
    words = { pluralHeads: new Set(w.plural_compound_heads), arrival: new Set(w.arrival_verbs), serving: new Set(w.serving_verbs), activity: new Set(w.activity_nouns), moving: new Set(w.moving_verbs), through: new Set(w.through_prepositions), origins: new Set(w.route_origin_prepositions), ends: new Set(w.route_end_words), reach: w.object_reach, streets: new Set(w.street_heads), address: new Set(w.address_prepositions), worksNouns: new Set(w.works_nouns) };
  }
  return words;
}

/** The first token of the noun phrase whose head word is at `i`: back over capitalised words, figures and describing
 * words to its determiner ("the port of", "the first 300", "the Tarvin"). Returns the index of the word before it. */
function beforePhrase(ctx: Ctx, i: number): number {
  let k = i - 1;
  while (k >= 0 && !ctx.toks[k].punct && (ctx.toks[k].cap || ctx.toks[k].num || !/^(the|a|an|its|their|this)$/.test(ctx.lowers[k])) && i - k <= 4 && !isPrep(ctx.lowers[k])) k--;
  if (k >= 0 && /^(the|a|an|its|their|this)$/.test(ctx.lowers[k])) k--;
  return k;
}

const PREPS = new Set(['through', 'via', 'from', 'on', 'off', 'at', 'to', 'in', 'into', 'of', 'for', 'with', 'by']);
function isPrep(w: string): boolean {
  return PREPS.has(w);
}

/** "will ship the first 300 towers through the port of X", "sends its cement via the port of Y", "the line that carries
 * freight from the port of Z to the north": a node (not a line: "gas exported through the Tarvin pipeline" names the works)
 * right after 'through'/'via' (or 'from' on a route that goes on 'to' somewhere), itself after a moving verb and its
 * object, is where goods pass. Not a node called new ("through the planned port"): that may be the works. */
export function isPassedNode(ctx: Ctx, i: number, last: number, type: ProjectType): boolean {
  if (linearKinds().has(type)) return false;
  const w = passingWords();
  const k = beforePhrase(ctx, i);
  const prep = ctx.lowers[k] ?? '';
  const origin = w.origins.has(prep);
  if (!w.through.has(prep) && !origin) return false;
  for (let j = k + 1; j < i; j++) if (isNewWorksWord(ctx.lowers[j])) return false;
  // ('from' only on a route that goes on: "from the port of Z to the north")
  if (origin) {
    let to = false;
    for (let j = last + 1; j <= Math.min(ctx.toks.length - 1, last + 4); j++) {
      if (w.ends.has(ctx.lowers[j])) { to = true; break; }
      if (ctx.toks[j].punct || !(ctx.toks[j].cap || ctx.lowers[j] === 'of')) break;
    }
    if (!to) return false;
  }
  for (let j = k - 1; j >= Math.max(0, k - w.reach); j--) {
    if (w.moving.has(ctx.lowers[j])) return true;
    if (ctx.toks[j].punct && !ctx.quantityAt[j]) return false;
  }
  return false;
}

/** "queueing at the borehole on Kessel Road", "offices off Station Street": a capitalised street name after 'on'/'off'
 * is an address, unless works are said to be on it ("work on Kessel Road", "the widening on Kissy Road"). */
export function isStreetAddress(ctx: Ctx, i: number, last: number, type: ProjectType): boolean {
  if (type !== 'road') return false;
  const w = passingWords();
  const head = ctx.toks[last];
  if (!head.cap || !w.streets.has(ctx.lowers[last])) return false;
  let k = i - 1;
  // the name before the head word: capitalised words only ("Kessel Road", "Old Kissy Road")
  let named = i < last;
  while (k >= 0 && ctx.toks[k].cap && !ctx.toks[k].punct && k > i - 5) { k--; named = true; }
  if (!named || !w.address.has(ctx.lowers[k] ?? '')) return false;
  for (let j = k - 1; j >= Math.max(0, k - 2); j--) if (w.worksNouns.has(ctx.lowers[j])) return false;
  return true;
}

/** The facility phrase whose head word is at `i` opens with 'the' and a capitalised name ("the Vuda power station", "the
 * Ostra border crossing") or is a node named after 'of' ("the port of Douala"): a known facility named as such. Returns
 * the index of its 'the', or -1. */
function namedFacilityStart(ctx: Ctx, i: number, last: number): number {
  let k = i - 1;
  let named = false;
  while (k >= 0 && ctx.toks[k].cap && !ctx.toks[k].punct && ctx.lowers[k] !== 'the' && i - k <= 4) { k--; named = true; }
  if (!named && ctx.lowers[last + 1] === 'of' && ctx.toks[last + 2]?.cap) named = true;
  return named && ctx.lowers[k] === 'the' ? k : -1;
}

/** "shipments arrive at the port of Douala", "the ferry docked at the Marrow terminal", "cut diesel use at the Vuda power
 * station", "queues at the Ostra border crossing", "the Vuda power station supplies the town": a named facility where
 * goods or ships call, where something goes on, or which does something today, in a sentence that neither builds nor
 * changes it, and not called new, is an existing facility named as context. */
export function isFacilityInUse(ctx: Ctx, i: number, last: number, sentenceFirst: number, sentenceLast: number): boolean {
  const w = passingWords();
  const the = namedFacilityStart(ctx, i, last);
  if (the < 0) return false;
  for (let j = the + 1; j < i; j++) if (isNewWorksWord(ctx.lowers[j])) return false;
  const prep = ctx.lowers[the - 1] ?? '';
  let inUse = false;
  if (prep === 'at' || prep === 'on') {
    if (w.activity.has(ctx.lowers[the - 2] ?? '')) inUse = true;
    if (prep === 'at') for (let j = the - 2; j >= Math.max(sentenceFirst, the - 4) && !inUse; j--) { if (w.arrival.has(ctx.lowers[j])) inUse = true; if (ctx.toks[j].punct) break; }
  }
  // (the verb right after the phrase, its 'of X' place, or ", which")
  let after = last + 1;
  if (ctx.lowers[after] === 'of' && ctx.toks[after + 1]?.cap) after += 2;
  if (ctx.toks[after]?.text === ',' && ctx.lowers[after + 1] === 'which') after += 2;
  if (w.serving.has(ctx.lowers[after] ?? '')) inUse = true;
  return inUse && !changesWorksIn(ctx, sentenceFirst, sentenceLast);
}

/** "road links", "rail connections": the plural noun after a facility word that heads the compound (plural_compound_heads). */
export function isPluralCompoundHead(word: string | undefined): boolean {
  return word !== undefined && passingWords().pluralHeads.has(word);
}

/** "a wastewater treatment plant at its Ostra fertiliser complex", "a 10 MW solar array at their Tarvin mine": a facility
 * after 'at' and an owner's possessive ('its', 'their'), right after other works of the sentence (ending at `prevAt`), is
 * an asset the owner has already, where those works stand: their site, not works of its own, unless called new ("at its
 * new Tarvin plant"). */
export function isOwnersSite(ctx: Ctx, i: number, prevAt: number | undefined): boolean {
  if (prevAt === undefined || i - prevAt > 7) return false;
  let k = i - 1;
  while (k > prevAt && !ctx.toks[k].punct && !/^(its|their)$/.test(ctx.lowers[k])) {
    if (isNewWorksWord(ctx.lowers[k])) return false;
    k--;
  }
  return /^(its|their)$/.test(ctx.lowers[k] ?? '') && ctx.lowers[k - 1] === 'at' && k - 1 === prevAt + 1;
}

// Whether a facility word names works of their own: a link said to be separate from the plant it leaves, a facility
// named only as a landmark ("next to the airport"), a facility word opening a place name ("Port Vila").
// Word lists: data/lexicon/project-mentions.json.
import type { Ctx } from './project-context.js';
import type { ProjectType } from './extraction.js';
import { loadJson } from './data-dir.js';
import { getFacilityLexicon, phraseAt } from './facility-lexicon.js';

interface MentionWordsData { separate_words: string[]; landmark_words: string[]; place_name_heads: string[]; figurative_phrases: string[]; host_kinds: string[] }
interface MentionWords { separate: string[][]; landmarks: string[][]; placeHeads: Set<string>; figurative: string[][]; hosts: Set<string> }

let words: MentionWords | null = null;
function mentionWords(): MentionWords {
  if (!words) {
    const w = loadJson<MentionWordsData>('lexicon/project-mentions.json');
    const split = (xs: string[]) => xs.map((x) => x.split(' ')).sort((a, b) => b.length - a.length);
    words = {
      separate: split(w.separate_words), landmarks: split(w.landmark_words), placeHeads: new Set(w.place_name_heads),
      figurative: w.figurative_phrases.map((x) => x.split(' ')), hosts: new Set(w.host_kinds),
    };
  }
  return words;
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

/** "next to the airport", "near the port": 'the' right before the facility word at `i` (nothing between) after a
 * word of nearness, and no project of that type yet: the facility is a landmark. */
export function isLandmark(ctx: Ctx, i: number, type: ProjectType): boolean {
  if (ctx.lowers[i - 1] !== 'the' || ctx.toks[i].cap) return false;
  if (!mentionWords().landmarks.some((p) => phraseEndsAt(ctx, p, i - 2))) return false;
  return !ctx.projects.some((p) => p.type === type);
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
  if (!mentionWords().hosts.has(type) || prevAt === undefined || i - prevAt > 6 || ctx.projects.some((p) => p.type === type)) return false;
  let k = i - 1;
  while (k > prevAt && (ctx.lowers[k] === 'the' || ctx.mentionAt[k] || (ctx.toks[k].cap && !ctx.toks[k].punct))) k--;
  return k > prevAt && ctx.lowers[k] === 'at' && k - 1 === prevAt;
}

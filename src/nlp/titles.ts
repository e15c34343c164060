import type { Doc } from './doc.js';
import { getLexicon } from './lexicon.js';
import { lookupPlaceCached } from './gazetteer.js';

export interface TitleSpan { first: number; last: number; text: string }

/** Marks job and office titles ("Prime Minister", "deputy chief executive", "Akim"), longest first,
 * with their modifiers ("former", "acting", "first deputy"). Returns a span per title, by token. */
export function findTitles(doc: Doc): TitleSpan[] {
  const lex = getLexicon();
  const toks = doc.tokens;
  const out: TitleSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    const phrases = lex.titles.get(toks[i].lower);
    if (!phrases) continue;
    let best = -1;
    for (const words of phrases) {
      let ok = true;
      for (let k = 0; k < words.length; k++) {
        if (toks[i + k]?.lower !== words[k]) { ok = false; break; }
      }
      if (ok) { best = i + words.length - 1; break; }
    }
    if (best < 0) continue;
    // "the General Authority for the Suez Canal Economic Zone": a title word opening an institution's name
    const next = toks[best + 1];
    if (next && next.cap && (lex.orgHeadsEnd.has(next.lower) || lex.orgHeadsStartNeedOf.has(next.lower))) { i = best; continue; }
    // "in General Santos City": a capitalised title word that opens a known town's name with the names after it
    if (best === i && toks[i].cap && opensPlaceName(doc, i)) { i = best; continue; }
    let first = i;
    while (first > 0 && lex.titleModifiers.has(toks[first - 1].lower) && toks[first - 1].sent === toks[i].sent) first--;
    if (toks[first].lower === 'the') first++;
    out.push({ first, last: best, text: doc.text.slice(toks[first].start, toks[best].end) });
    i = best;
  }
  return out;
}

/** Towns named after a rank ("General Santos", "General Roca") must be this big to outweigh the title reading. */
const RANK_TOWN_MIN_POPULATION = 50_000;

/** The title word at `i` and the capitalised word or two after it make a known town's or region's name. */
function opensPlaceName(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  for (let n = 2; n >= 1; n--) {
    const words = toks.slice(i + 1, i + 1 + n);
    if (words.length < n || !words.every((t) => t.cap && !t.punct && t.sent === toks[i].sent)) continue;
    const name = doc.text.slice(toks[i].start, words[n - 1].end);
    if (lookupPlaceCached(name).some((e) => !e.ambiguous && (e.kind === 'region' || (e.kind === 'city' && (e.population ?? 0) >= RANK_TOWN_MIN_POPULATION)))) return true;
  }
  return false;
}

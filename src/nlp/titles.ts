import type { Doc } from './doc.js';
import { getLexicon } from './lexicon.js';

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
    let first = i;
    while (first > 0 && lex.titleModifiers.has(toks[first - 1].lower) && toks[first - 1].sent === toks[i].sent) first--;
    if (toks[first].lower === 'the') first++;
    out.push({ first, last: best, text: doc.text.slice(toks[first].start, toks[best].end) });
    i = best;
  }
  return out;
}

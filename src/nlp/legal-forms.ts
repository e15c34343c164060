import type { Token } from './doc.js';
import { getLexicon } from './lexicon.js';

// Legal forms written with dots, slashes or spaces ("d.o.o.", "S.p.A.", "sp. z o.o.", "A/S") are cut into
// several tokens by the tokenizer; these helpers read them back as one form, so that a name ending in one
// is an organisation and the form stays inside its name.

const MAX_TOKENS = 8;

/** The surface of tokens a..b in lower case when they are written as one form (glued, or one space apart). */
function surface(toks: Token[], text: string, a: number, b: number): string | null {
  for (let k = a + 1; k <= b; k++) if (toks[k].start - toks[k - 1].end > 1 || toks[k].sent !== toks[a].sent) return null;
  return text.slice(toks[a].start, toks[b].end).toLowerCase();
}

/** A token that can open or close a split form: a short word or a single character. */
function shortPiece(t: Token | undefined): boolean {
  return Boolean(t) && t!.text.length <= 3 && !t!.num;
}

/** Last token of the multi-token legal form that starts at token j, or -1. */
export function legalFormAt(toks: Token[], text: string, j: number): number {
  const t = toks[j];
  if (!shortPiece(t) || t.punct) return -1;
  const next = toks[j + 1];
  // every split form has a dot or a slash right after its first piece, or a space before "z" ("sp. z o.o.")
  if (!next || next.start !== t.end || (next.text !== '.' && next.text !== '/')) return -1;
  const legal = getLexicon().legalForms;
  // (at least three tokens: "Co." and "Ltd.", one word and its period, are read where abbreviations are)
  for (let b = Math.min(toks.length - 1, j + MAX_TOKENS - 1); b > j + 1; b--) {
    const s = surface(toks, text, j, b);
    if (s && legal.has(s)) return b;
  }
  return -1;
}

/** First token of the multi-token legal form that ends at token `last`, or -1. */
export function legalFormEndingAt(toks: Token[], text: string, last: number): number {
  const t = toks[last];
  // (the piece before the final period or slash is short: most periods end a sentence after a long word)
  // ("S. de R.L.": the tokenizer keeps "R.L." whole, so the form may end in a short piece with its own final period)
  if (!t || !((t.text === '.' && shortPiece(toks[last - 1])) || (shortPiece(t) && toks[last - 1]?.text === '/') || (t.text.length <= 5 && t.text.endsWith('.') && !t.punct))) return -1;
  const legal = getLexicon().legalForms;
  for (let a = Math.max(0, last - MAX_TOKENS + 1); a < last - 1; a++) {
    if (toks[a].punct) continue;
    const s = surface(toks, text, a, last);
    if (s && legal.has(s)) return a;
  }
  return -1;
}

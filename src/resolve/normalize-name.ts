// Name folding for resolution keys: two spellings of one name give one string. The rules match
// the scorer's fold (src/eval/normalize.ts) on purpose, so "the same name" means the same thing
// to the resolver and to the scorer.

import { memo } from './memo.js';

// Letters that NFKD does not decompose into a base letter plus a combining mark.
const SPECIAL_LETTERS: Record<string, string> = {
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'ı': 'i', 'þ': 'th', 'ħ': 'h',
};

/** Lower case without diacritics (Vučić -> vucic); punctuation kept. For substring filters. */
export function foldCase(input: string): string {
  return foldCaseOf(String(input ?? ''));
}

const foldCaseOf = memo((input: string): string => input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłıþħ]/g, (c) => SPECIAL_LETTERS[c] ?? c));

/**
 * The base fold: case and diacritics off, apostrophes dropped inside words (Xi'an = Xian),
 * dotted acronyms joined (S.A. = SA, U.S. = US), "&" read as "and", every other run of
 * punctuation, dashes and spaces turned into one space (Kenkiyak–Atyrau = Kenkiyak Atyrau).
 */
export const foldName = memo((input: string): string => {
  let t = foldCase(input);
  t = t.replace(/['’‘`´ʼ]/g, '');
  t = t.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''));
  t = t.replace(/&/g, ' and ');
  t = t.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return t.trim();
});

export function nameTokens(folded: string): string[] {
  return folded ? folded.split(' ') : [];
}

/** The base fold with a leading "the" removed ("The Export-Import Bank" = "Export-Import Bank"). */
export function normalizeName(input: string): string {
  const toks = nameTokens(foldName(input));
  if (toks.length > 1 && toks[0] === 'the') toks.shift();
  return toks.join(' ');
}

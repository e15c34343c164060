import type { Doc, Sentence } from './doc.js';
import { loadJson } from './data-dir.js';

interface Abbreviations { titles: string[]; corporate: string[]; other: string[]; months: string[] }

let abbrevs: Set<string> | null = null;
let monthAbbrevs: Set<string> | null = null;
function abbreviations(): Set<string> {
  if (!abbrevs) {
    const a = loadJson<Abbreviations>('lexicon/abbreviations.json');
    abbrevs = new Set([...a.titles, ...a.corporate, ...a.other]);
    monthAbbrevs = new Set(a.months);
  }
  return abbrevs;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
/** ". ! ?" (a character test: this runs for every token). */
function isEnder(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c === 46 || c === 33 || c === 63;
}

/** Splits the text into sentences: at . ! ? followed by a capital, digit or quote (not after an
 * abbreviation or an initial), and always at a paragraph break or a line break. */
export function splitSentences(doc: Doc): void {
  const toks = doc.tokens;
  const abbr = abbreviations();
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const close = (last: number) => {
    if (last < first) return;
    sentences.push({ start: toks[first].start, end: toks[last].end, first, last, paragraph });
    for (let k = first; k <= last; k++) toks[k].sent = sentences.length - 1;
    first = last + 1;
  };
  for (let i = 0; i < toks.length; i++) {
    const next = toks[i + 1];
    if (next && next.lineStart) {
      close(i);
      paragraph++; // a blank line or a single line break: both separate blocks (headers, list items)
      continue;
    }
    if (!isEnder(toks[i].text)) continue;
    let last = i;
    while (toks[last + 1] && CLOSERS.has(toks[last + 1].text) && toks[last + 1].start === toks[last].end) last++;
    const after = toks[last + 1];
    if (!after) continue;
    if (toks[i].text === '.') {
      const prev = toks[i - 1];
      if (prev && prev.end === toks[i].start) {
        if (abbr.has(prev.lower)) continue;
        // "Jun. 10", but "... and Ambassador Yu Jun. The plant": a month abbreviation stands before a day or year
        if (monthAbbrevs!.has(prev.lower) && after.num) continue;
        // an initial: "J. Smith", and the two-letter initials of Mongolian and Central Asian names ("Ts. Enkhtuya")
        if (/^\p{Lu}$/u.test(prev.text) || (/^\p{Lu}\p{Ll}$/u.test(prev.text) && after.cap && !/^(He|It|We|Me|Us|Go|Do|So|No|Oh|Ok|On|In|At|To|Is|Be|By|Of|Or|An|As|If|Up|My)$/.test(prev.text))) continue;
      }
    }
    if (after.cap || after.num || CLOSERS.has(after.text) || after.text === '"' || after.text === '“' || after.text === '—') {
      close(last);
      i = last;
    }
  }
  close(toks.length - 1);
  doc.sentences = sentences;
}

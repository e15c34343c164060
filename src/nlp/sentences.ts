import type { Doc, Sentence, Token } from './doc.js';
import { loadJson } from './data-dir.js';
import { getLexicon } from './lexicon.js';
import { legalFormAt, legalFormEndingAt } from './legal-forms.js';

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
    // "Inversiones Palma S.A. It will ...": a dotted legal form is one token, its last period the sentence's
    if (toks[i].upper && toks[i].text.endsWith('.') && toks[i + 1] && opensSentence(toks[i + 1]) && getLexicon().legalForms.has(toks[i].lower)) { close(i); continue; }
    if (!isEnder(toks[i].text)) continue;
    let last = i;
    while (toks[last + 1] && CLOSERS.has(toks[last + 1].text) && toks[last + 1].start === toks[last].end) last++;
    const after = toks[last + 1];
    if (!after) continue;
    if (toks[i].text === '.') {
      const prev = toks[i - 1];
      if (prev && prev.end === toks[i].start) {
        // "Ardlow Co., Ltd. The plant ...", "Ceste d.d. It ...": a legal form ends the sentence only before a
        // word that opens one; inside a form ("S.p.A.") or before a name ("a.d. Beograd") it ends nothing
        const form = abbr.has(prev.lower) || legalFormEndingAt(toks, doc.text, i) >= 0;
        if (form && !opensSentence(after)) continue;
        if (!form && insideLegalForm(doc, i)) continue;
        // "Jun. 10", but "... and Ambassador Yu Jun. The plant": a month abbreviation stands before a day or year
        if (monthAbbrevs!.has(prev.lower) && after.num) continue;
        // an initial: "J. Smith", and the two-letter initials of Mongolian and Central Asian names ("Ts. Enkhtuya")
        if (!form && (/^\p{Lu}$/u.test(prev.text) || (/^\p{Lu}\p{Ll}$/u.test(prev.text) && after.cap && !/^(He|It|We|Me|Us|Go|Do|So|No|Oh|Ok|On|In|At|To|Is|Be|By|Of|Or|An|As|If|Up|My)$/.test(prev.text)))) continue;
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

/** A capitalised function word ("The", "It", "In"): after a legal form's period, the start of a new sentence. */
function opensSentence(t: Token): boolean {
  return t.cap && !t.upper && getLexicon().functionWords.has(t.lower);
}

/** The period at token i lies inside a legal form that goes on after it ("S.p.A.", "sp. z o.o."). */
function insideLegalForm(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  // (a form cut inside has a piece of one or two letters before its inner periods: "S.p.A.", "sp. z o.o.")
  if ((toks[i - 1]?.text.length ?? 9) > 2) return false;
  for (let a = Math.max(0, i - 7); a < i; a++) if (legalFormAt(toks, doc.text, a) > i) return true;
  return false;
}

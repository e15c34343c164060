import type { Doc, Token } from './doc.js';
import type { TitleSpan } from './titles.js';
import { getLexicon } from './lexicon.js';
import { loadGazetteer } from './gazetteer.js';
import { legalFormAt } from './legal-forms.js';
import { loadJson } from './data-dir.js';

/** A run of capitalised tokens that may name something, with the connectors inside it
 * ("Bank of Velmora", "Tarvin Road and Bridge Corporation", "Velmora–Tarvin Trade Council"). */
export interface Chunk { first: number; last: number }

// ('para', 'pour': the Spanish, Portuguese and French "for" inside a body's name, "Comisión para el Mercado ...")
// ('wal', 'wa': the Arabic "and (the)" inside place names, "Bidbid wal Fanja")
// ('i', 'e', 'të': the Albanian linking articles, "Drini i Zi", "Ujëra e Lumit")
const CONNECTORS = new Set(['of', 'and', 'for', 'para', 'pour', '&', 'de', 'es', 'del', 'della', 'da', 'di', 'du', 'do', 'dos', 'das', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'binti', 'bint', 'ibn', 'y', 'et', 'e', 'under', 'wal', 'wa', 'i', 'të']);
const ROMANCE_ARTICLES = new Set(['de', 'del', 'du', 'des', 'la', 'las', 'los', 'le', 'les', 'da', 'do', 'dos', 'das', 'di', 'della', 'el', 'o', 'os']);
const DASHES = new Set(['-', '–', '—', '‐']);
const ABBREV_DOT = new Set(['co', 'corp', 'inc', 'ltd', 'ltda', 'bhd', 'sdn', 'pvt', 'pty', 'pte', 'jsc', 'llc', 'plc', 'sa', 'ag', 'nv', 'bv', 'spa']);

/** Finds the capitalised runs of each sentence; title tokens break runs (they are cues, not names). */
export function findChunks(doc: Doc, titles: TitleSpan[]): Chunk[] {
  const lex = getLexicon();
  const toks = doc.tokens;
  const isTitle = new Uint8Array(toks.length);
  for (const t of titles) for (let k = t.first; k <= t.last; k++) if (toks[k].cap) isTitle[k] = 1;
  // "US$" and "KZT" inside sums of money are currency, not names
  for (const m of doc.money) for (let k = m.first; k <= m.last; k++) isTitle[k] = 1;
  // "the 250 MW dam", "a 40 GW river scheme": a measure's unit symbol is no part of a name (it would make "MW dam" a
  // place)
  for (const q of doc.quantities) for (let k = q.first; k <= q.last; k++) isTitle[k] = 1;
  const nameTok = (k: number): boolean => {
    const t = toks[k];
    if (!t || isTitle[k]) return false;
    // ("iTaukei Land Trust Board": a name that opens with a lower-case prefix letter; "de l'Électricité": an elided article)
    if (!(t.cap || t.upper || (t.text.length > 3 && innerCapital(t.text) && /^(?:\p{Ll}|[ld]['’])\p{Lu}\p{Ll}{2,}/u.test(t.text)))) return false;
    if (t.text === "'s" || t.text === '’s') return false;
    if (lex.calendarWords.has(t.lower)) return false; // "Tuesday", "March" end a name
    return true;
  };
  const chunks: Chunk[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!nameTok(i)) continue;
    const last = runEnd(doc, lex, isTitle, nameTok, i);
    chunks.push({ first: i, last });
    i = last;
  }
  return chunks;
}

/** The last token of the name that opens at token i: across connectors, legal forms, initials, quoted names and lists
 * inside an institution's name. (Its own function so that V8 compiles findChunks in two pieces: see bench/warmup.ts.) */
function runEnd(doc: Doc, lex: ReturnType<typeof getLexicon>, isTitle: Uint8Array, nameTok: (k: number) => boolean, i: number): number {
  const toks = doc.tokens;
  let last = i;
  let j = i + 1;
  // the name has just ended in a legal form with its period ("Ardlow Co., Ltd. The plant ...")
  let afterForm = false;
  // the run has passed an "of" or "for", or follows one (an institution's complement: "Bank of ...", "the bank of ...")
  let hasOf = toks[i - 1]?.lower === 'of' && !toks[i - 1].cap;
  while (j < toks.length && toks[j].sent === toks[i].sent) {
    const t = toks[j];
    // "B. Oyunchimeg", "Ts. Enkhtuya": an initial with its period before a name
    if (t.text === '.' && t.start === toks[j - 1].end && /^\p{Lu}\p{Ll}?$/u.test(toks[j - 1].text) && !lex.honorifics.has(toks[j - 1].lower) && nameTok(j + 1)) { j++; continue; }
    // "Hercegovina Ceste d.d.", "Tarvina S.p.A.", "Polmex sp. z o.o.", "Nordvind A/S": a legal form the tokenizer
    // cut at its dots, slash or space belongs to the name, and ends it unless another form follows ("S.A.S. E.S.P.")
    const form = legalFormAt(toks, doc.text, j);
    if (form >= 0) { last = form; j = form + 1; afterForm = true; continue; }
    if (afterForm && nameTok(j) && !lex.legalForms.has(t.lower)) break;
    // "Tarvin Holdings plc", "Hekla Orka ehf.": a legal form written in lower case ends the name, with its period
    if (!t.cap && lex.lowercaseLegalForms.has(t.lower) && t.start === toks[j - 1].end + 1) {
      last = toks[j + 1]?.text === '.' && toks[j + 1].start === t.end ? j + 1 : j;
      break;
    }
    if (nameTok(j) && t.upper && t.text.endsWith('.') && lex.legalForms.has(t.lower)) { last = j; j++; afterForm = true; continue; }
    if (nameTok(j)) { last = j; j++; continue; }
    // "Kestrel Hydro Bureau 4 Co." — a number inside a name
    if (t.num && nameTok(j + 1) && toks[j + 1].start === t.end + 1) { j++; continue; }
    // "China Railway 20th Bureau Group": an ordinal inside a name
    const suffix = toks[j + 1];
    if (t.num && suffix && /^(st|nd|rd|th)$/.test(suffix.text) && suffix.start === t.end && nameTok(j + 2) && toks[j + 2].start === suffix.end + 1) { j += 2; continue; }
    // "Co., Ltd." and "Corp." — the period and comma of a legal form belong to the name
    // ("built by Melden Construction LLC. The company ...": a form written in capitals is no abbreviation; a period
    // after it that closes the sentence is the sentence's)
    if (t.text === '.' && t.start === toks[j - 1].end && ABBREV_DOT.has(toks[j - 1].lower) && toks[j - 1].text.length > 1
      && toks[j - 1].text === toks[j - 1].text.toUpperCase() && sentenceEndsAt(toks, j, lex)) break;
    if (t.text === '.' && t.start === toks[j - 1].end && ABBREV_DOT.has(toks[j - 1].lower)) {
      last = j; j++; afterForm = true;
      if (toks[j]?.text === ',' && lex.legalForms.has(toks[j + 1]?.lower ?? '')) j++;
      continue;
    }
    if (t.text === ',' && ABBREV_DOT.has(toks[j - 1].lower) && lex.legalForms.has(toks[j + 1]?.lower ?? '')) { j++; continue; }
    // "Kestrel Foods Holdings, Inc.", "Orvena Grid Kenya, LLC": a legal form set off by a comma closes the name
    // before it (only the forms written that way, organizations.json comma_legal_forms, or a dotted form "S.A.")
    if (t.text === ',' && toks[j + 1]?.cap && nameTok(j - 1)) {
      const f = toks[j + 1];
      let end = -1;
      if (commaForms().has(f.lower)) end = toks[j + 2]?.text === '.' && toks[j + 2].start === f.end ? j + 2 : j + 1;
      else { const multi = legalFormAt(toks, doc.text, j + 1); if (multi >= 0) end = multi; }
      if (end > 0 && !nameTok(end + 1)) { last = end; break; }
    }
    // "Lotus Foods (Vietnam) Co., Ltd.": the country of a subsidiary in brackets, then its legal form, is inside the name
    if (t.text === '(') {
      const close = bracketedPlaceBeforeForm(doc, j, lex);
      if (close > 0) { j = close + 1; continue; }
    }
    // 'National Administration "Velmor Waters"', 'JSC "Tarvin Energy"': a body's head or legal form, then its own
    // name in quotation marks, is one name with the marks
    if (OPENING_QUOTES.has(t.text) && (lex.orgHeadsEnd.has(toks[j - 1].lower) || lex.legalForms.has(toks[j - 1].lower))) {
      const close = quotedNameEnd(toks, j, nameTok);
      // ('JSC "Tarvagazstroy" Berikov A.K.': the quoted name closes the body's name; a capitalised word after it
      // that is no legal form or head word opens another name, here the signatory's)
      if (close > 0 && nameTok(close + 1) && toks[close + 1].start > toks[close].end && !lex.legalForms.has(toks[close + 1].lower) && !lex.orgHeadsEnd.has(toks[close + 1].lower)) { last = close; break; }
      if (close > 0) { last = close; j = close + 1; continue; }
    }
    // glued dashes join compound names: Velmora–Tarvin, Dunvale–Brenmoor–Calvaro
    if (DASHES.has(t.text) && t.start === toks[j - 1].end && toks[j + 1] && toks[j + 1].start === t.end && nameTok(j + 1)) { j++; continue; }
    // "People's Bank": a possessive inside a name, only when a capitalised word follows
    if ((t.text === "'s" || t.text === '’s') && nameTok(j + 1) && isPeopleLike(toks[j - 1])) { j++; continue; }
    // "Ministry of Construction, Housing and Municipalities": a list inside an institution's name
    const head = lex.functionWords.has(toks[i].lower) ? i + 1 : i;
    // ("State Agency for Architecture, Construction and Housing": the head may come a word later, with "for")
    if (t.text === ',' && nameTok(j + 1) && institutionOf(toks, head, j, lex)) {
      // each item one or two words: "Construction, Housing and Municipalities", not a list of bodies
      let k = j + 1;
      let run = 0;
      let ok = true;
      while (nameTok(k) || toks[k]?.text === ',') { run = toks[k].text === ',' ? 0 : run + 1; if (run > 2) { ok = false; break; } k++; }
      if (ok && toks[k]?.lower === 'and' && nameTok(k + 1) && !(nameTok(k + 2) && nameTok(k + 3))) { j++; continue; }
    }
    if (CONNECTORS.has(t.lower) && !t.cap) {
      // "of the", "for the"
      let k = j + 1;
      if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'under') && toks[k]?.lower === 'the') k++;
      // "Latin America and the Caribbean": "and the" inside a name only before a named region
      // (in an institution's complement: "Central Asia and the Gulf" alone are two places)
      if (t.lower === 'and' && hasOf && toks[k]?.lower === 'the' && toks[k + 1] && loadGazetteer().lookup(toks[k + 1].text).some((e) => e.country === null)) k++;
      // "et du Gaz", "y de la Energía": a Romance article after the connector
      if (!nameTok(k) && ROMANCE_ARTICLES.has(toks[k]?.lower ?? '') && !toks[k].cap && ROMANCE_ARTICLES.has(toks[k + 1]?.lower ?? '') && !toks[k + 1].cap && nameTok(k + 2)) k += 2;
      else if (!nameTok(k) && ROMANCE_ARTICLES.has(toks[k]?.lower ?? '') && !toks[k].cap && t.lower !== 'of' && t.lower !== 'and' && nameTok(k + 1)) k++;
      if (nameTok(k)) { if (t.lower === 'of' || t.lower === 'for') hasOf = true; j = k; continue; }
      // "Centre for Economic Research under the President of Velmora": the office is in the name
      if (t.lower === 'under' && toks[j + 1]?.lower === 'the' && isTitle[k] && toks[k].cap && toks[k + 1]?.lower === 'of' && nameTok(k + 2)) { last = k; j = k + 1; continue; }
    }
    break;
  }
  return last;
}

export const OPENING_QUOTES = new Set(['"', '\u201C', '\u00AB']);
export const CLOSING_QUOTES = new Set(['"', '\u201D', '\u00BB']);
const MAX_QUOTED_WORDS = 5;

/** The closing mark of a quoted name that opens at `open`: at most five capitalised words (connectors allowed
 * inside), glued to the marks. Returns its index, or -1. */
export function quotedNameEnd(toks: Token[], open: number, nameTok: (k: number) => boolean): number {
  if (!nameTok(open + 1) || toks[open + 1].start !== toks[open].end) return -1;
  for (let k = open + 2; k <= open + 1 + MAX_QUOTED_WORDS && k < toks.length; k++) {
    const t = toks[k];
    if (t.sent !== toks[open].sent) return -1;
    if (CLOSING_QUOTES.has(t.text)) return t.start === toks[k - 1].end && nameTok(k - 1) ? k : -1;
    if (!nameTok(k) && !(CONNECTORS.has(t.lower) && !t.cap) && !(DASHES.has(t.text) && t.start === toks[k - 1].end)) return -1;
  }
  return -1;
}

/** "(Vietnam) Co.": at most three capitalised words naming a place in brackets at `open`, closed right before a
 * legal form or an organisation's end head. Returns the closing bracket's index, or -1. */
function bracketedPlaceBeforeForm(doc: Doc, open: number, lex: ReturnType<typeof getLexicon>): number {
  const toks = doc.tokens;
  for (let close = open + 2; close <= open + 4 && close < toks.length; close++) {
    if (toks[close].text !== ')') { if (!toks[close].cap && toks[close].text !== '.') return -1; continue; }
    if (!toks[open + 1].cap) return -1;
    const after = toks[close + 1];
    if (!after || !after.cap || after.sent !== toks[open].sent) return -1;
    const word = after.lower.replace(/\.$/, '');
    if (!lex.legalForms.has(word) && !lex.legalForms.has(`${word}.`) && !lex.orgHeadsEnd.has(word) && legalFormAt(toks, doc.text, close + 1) < 0) return -1;
    const name = doc.text.slice(toks[open + 1].start, toks[close - 1].end);
    // "(Pvt) Ltd", "(Pty) Ltd": a part of the legal form in brackets
    if (bracketedForms().has(name.toLowerCase())) return close;
    return loadGazetteer().lookup(name).some((e) => !e.ambiguous && (e.kind === 'country' || e.kind === 'region')) ? close : -1;
  }
  return -1;
}

let commaLegal: Set<string> | null = null;
function commaForms(): Set<string> {
  commaLegal ??= new Set(loadJson<{ comma_legal_forms: string[] }>('lexicon/organizations.json').comma_legal_forms);
  return commaLegal;
}

let bracketed: Set<string> | null = null;
function bracketedForms(): Set<string> {
  bracketed ??= new Set(loadJson<{ bracketed_forms: string[] }>('lexicon/organizations.json').bracketed_forms);
  return bracketed;
}

/** A capital (or a non-ASCII letter) as the second or third character: a cheap test before the pattern, since
 * nameTok asks it of every lower-case word. */
function innerCapital(w: string): boolean {
  const b = w.charCodeAt(1);
  const c = w.charCodeAt(2);
  return (b >= 65 && b <= 90) || b > 127 || ((b === 39 || b === 0x2019) && ((c >= 65 && c <= 90) || c > 127));
}

/** The run from `head` to before `j` opens an institution's name with its complement: "Ministry of ...",
 * "State Agency for ...". */
function institutionOf(toks: Token[], head: number, j: number, lex: ReturnType<typeof getLexicon>): boolean {
  for (let k = head + 1; k < j && k <= head + 2; k++) {
    const w = toks[k];
    if ((w.lower !== 'of' && w.lower !== 'for') || w.cap) continue;
    const h = toks[k - 1].lower;
    return lex.orgHeadsStartNeedOf.has(h) || lex.orgHeadsEnd.has(h);
  }
  return false;
}

// Collective nouns that take a possessive inside institution names ("People's", "Workers'").
function isPeopleLike(t: Token): boolean {
  return t.lower === 'people' || t.lower === 'workers' || t.lower === 'women' || t.lower === 'children';
}

/** The period at `j` closes its sentence: nothing follows it, or a new sentence or line does, or a capitalised word
 * that is no legal form on the same line after a space ("LLC. The plant ..."; not "Co. Ltd."). */
function sentenceEndsAt(toks: Token[], j: number, lex: ReturnType<typeof getLexicon>): boolean {
  const n = toks[j + 1];
  if (!n || n.sent !== toks[j].sent || n.lineStart) return true;
  return n.cap && n.start > toks[j].end && !lex.legalForms.has(n.lower) && !lex.legalForms.has(n.lower.replace(/\.$/, ''));
}

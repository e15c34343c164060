import { loadJson } from './data-dir.js';

// The name-related tables, loaded once from data/lexicon and shared by the components.

interface TitlesData { titles: string[]; modifiers: string[]; honorifics: string[] }
interface OrgData {
  legal_forms: string[]; heads_end: string[]; heads_start: string[]; heads_start_need_of: string[];
  context_before: string[]; not_organizations: string[]; strong_heads: string[]; heads_start_free: string[]; mid_name_heads: string[];
  national_bodies: string[]; lowercase_legal_forms: string[]; name_suffixes: string[];
}
interface PeopleData { family_first_surnames: string[]; chinese_surnames: string[]; pinyin_syllables: string[]; speech_verbs: string[]; name_particles: string[]; given_names: string[] }
interface CommonData { function_words: string[]; common_words: string[]; name_openers: string[] }
interface CalendarData { months: Record<string, number>; weekdays: Record<string, number> }

export interface Lexicon {
  titles: Map<string, string[][]>; // first word -> title phrases (as word arrays), longest first
  titleModifiers: Set<string>;
  honorifics: Set<string>;
  legalForms: Set<string>;
  orgHeadsEnd: Set<string>;
  orgStrongHeads: Set<string>;
  orgHeadsStartFree: Set<string>;
  /** Legal forms written in lower case after a name ("plc", "ehf."). */
  lowercaseLegalForms: Set<string>;
  /** Endings that make one capitalised word a body's name ("Afreximbank"). */
  orgNameSuffixes: string[];
  orgMidNameHeads: Set<string>;
  orgHeadsStart: Set<string>;
  orgHeadsStartNeedOf: Set<string>;
  /** First words of government bodies every country has ("Ministry ..."). */
  orgNationalBodies: Set<string>;
  orgContextBefore: Set<string>;
  notOrganizations: Set<string>;
  chineseSurnames: Set<string>;
  familyFirstSurnames: Set<string>;
  pinyin: Set<string>;
  speechVerbs: Set<string>;
  nameParticles: Set<string>;
  givenNames: Set<string>;
  functionWords: Set<string>;
  /** Function words that may open an organisation's name ("First Quantum Minerals"). */
  nameOpeners: Set<string>;
  commonWords: Set<string>;
  /** Month and weekday names: never names of things on their own. */
  calendarWords: Set<string>;
}

let lexicon: Lexicon | null = null;

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const t = loadJson<TitlesData>('lexicon/titles.json');
  const o = loadJson<OrgData>('lexicon/organizations.json');
  const p = loadJson<PeopleData>('lexicon/people.json');
  const c = loadJson<CommonData>('lexicon/common-words.json');
  const cal = loadJson<CalendarData>('lexicon/calendar.json');
  const titles = new Map<string, string[][]>();
  for (const phrase of t.titles) addTitle(titles, phrase);
  lexicon = {
    titles,
    titleModifiers: lower(t.modifiers),
    honorifics: lower(t.honorifics),
    legalForms: lower(o.legal_forms),
    orgHeadsEnd: lower(o.heads_end),
    orgStrongHeads: lower(o.strong_heads),
    orgHeadsStartFree: lower(o.heads_start_free),
    lowercaseLegalForms: lower(o.lowercase_legal_forms),
    orgNameSuffixes: o.name_suffixes,
    orgMidNameHeads: lower(o.mid_name_heads),
    orgHeadsStart: lower(o.heads_start),
    orgNationalBodies: lower(o.national_bodies),
    orgHeadsStartNeedOf: lower(o.heads_start_need_of),
    orgContextBefore: lower(o.context_before),
    notOrganizations: new Set(o.not_organizations),
    chineseSurnames: new Set(p.chinese_surnames),
    familyFirstSurnames: new Set(p.family_first_surnames),
    pinyin: lower(p.pinyin_syllables),
    speechVerbs: lower(p.speech_verbs),
    nameParticles: lower(p.name_particles),
    givenNames: new Set(p.given_names),
    functionWords: lower(c.function_words),
    nameOpeners: lower(c.name_openers),
    commonWords: new Set([...lower(c.common_words), ...lower(c.function_words)]),
    calendarWords: new Set([...Object.keys(cal.months).filter((m) => m.length > 3), ...Object.keys(cal.weekdays)]),
  };
  return lexicon;
}

function addTitle(titles: Map<string, string[][]>, phrase: string): void {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return;
  const list = titles.get(words[0]) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  titles.set(words[0], list);
}

/** Adds a user's titles to the shared lexicon (from --lexicon files). */
export function addTitles(phrases: string[]): void {
  const lex = getLexicon();
  for (const p of phrases) addTitle(lex.titles, p);
}

/** True when a capitalised word can be read as pinyin syllables (Mingtao = ming+tao). */
export function isPinyinWord(word: string, lex = getLexicon()): boolean {
  const w = word.toLowerCase().replace(/['’-]/g, '');
  if (w.length < 2 || w.length > 12) return false;
  const ok: boolean[] = new Array(w.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < w.length; i++) {
    if (!ok[i]) continue;
    for (let n = 1; n <= 6 && i + n <= w.length; n++) if (lex.pinyin.has(w.slice(i, i + n))) ok[i + n] = true;
  }
  return ok[w.length];
}

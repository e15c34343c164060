import type { Doc, Money, Quantity, Token } from './doc.js';
import { loadJson } from './data-dir.js';
import { loadGazetteer, lookupPlaceCached } from './gazetteer.js';

type Qualifier = Quantity['qualifier'];
interface NumberData { units: Record<string, number>; scales: Record<string, number>; qualifiers: Record<string, Qualifier> }
interface UnitDef {
  words: string[]; unit: string; factor: number; kind: Quantity['kind'];
  /** The unit a daily rate of this one is written in, when not unit + '/d' ('150 million litres a day': litres/day, verbatim). */
  daily?: string;
  /** A figure of this unit only as a daily rate (units.json _daily_only: barrels). */
  daily_only?: boolean;
}
interface UnitData { units: UnitDef[]; countables: Record<string, string>; per_year: string[]; per_day: string[]; per_second?: string[]; per_hour?: string[]; frequency_periods?: string[]; not_capacity?: string[]; count_breakers?: string[] }
interface AmbiguousCurrency { default: string; options: Record<string, { countries: string[]; words: string[] }> }
interface CurrencyData {
  symbols: Record<string, string>; words: Record<string, string>; ambiguous?: Record<string, AmbiguousCurrency>;
  other_codes?: string[]; glued_only?: string[]; national?: Record<string, string>; written_after?: string[];
}
/** A symbol several countries use, as lookups: cue word -> code, country -> code. */
interface CurrencyChoice { fallback: string; byWord: Map<string, string>; byCountry: Map<string, string> }

interface Tables {
  numberWords: Map<string, number>;
  scales: Map<string, number>;
  qualifiers: { words: string[]; q: Qualifier }[];
  units: Map<string, UnitDef>; // key: unit phrase, lower case, words joined by a space
  maxUnitWords: number;
  countables: Map<string, string>;
  /** First words of every unit and countable phrase: most tokens are neither, and this says so cheaply. */
  unitFirstWords: Set<string>;
  perYear: string[][];
  perDay: string[][];
  /** Periods of a flow rate, with the letter the unit takes for them: 's' (per second), 'h' (per hour). */
  rates: { words: string[]; letter: string }[];
  /** Periods after a count that make it a service frequency ("eight trains a day"), not a count of things. */
  frequency: string[][];
  /** Words that end the describing words between a number and what it counts. */
  countBreakers: Set<string>;
  /** Words after a number that make it a voltage, a share or a ratio: never a capacity, nor a count of what follows. */
  notCapacity: Set<string>;
  symbols: Map<string, string>;
  currencyWords: Map<string, string>;
  /** Keyed by the symbol or word as matched ("¥", "Rs", "dinars"). */
  ambiguous: Map<string, CurrencyChoice>;
  /** Further ISO codes, money only before a sizeable figure ("ALL 2.9 billion"); an all-caps word otherwise. */
  otherCodes: Set<string>;
  /** Letters that are a currency only glued to the digits ("K210 million"). */
  gluedOnly: Set<string>;
  writtenAfter: Set<string>;
  /** Country code -> its currency, for a currency word after a demonym ("Jordanian dinars"). */
  national: Map<string, string>;
}

let tables: Tables | null = null;
function load(): Tables {
  if (tables) return tables;
  const n = loadJson<NumberData>('lexicon/numbers.json');
  const u = loadJson<UnitData>('lexicon/units.json');
  const c = loadJson<CurrencyData>('lexicon/currencies.json');
  const units = new Map<string, UnitDef>();
  let maxUnitWords = 1;
  for (const def of u.units) for (const w of def.words) {
    units.set(w, def);
    maxUnitWords = Math.max(maxUnitWords, w.split(' ').length);
  }
  const countables = new Map(Object.entries(u.countables));
  for (const k of countables.keys()) maxUnitWords = Math.max(maxUnitWords, k.split(' ').length);
  tables = {
    numberWords: new Map(Object.entries(n.units)),
    scales: new Map(Object.entries(n.scales)),
    qualifiers: Object.entries(n.qualifiers).map(([k, q]) => ({ words: k.split(' '), q })).sort((a, b) => b.words.length - a.words.length),
    units, maxUnitWords, countables,
    unitFirstWords: new Set([...units.keys(), ...countables.keys()].map((k) => k.split(' ')[0].split('/')[0])),
    perYear: u.per_year.map((p) => p.split(/\s+|(?=\/)/).filter(Boolean).map((w) => w.toLowerCase())),
    perDay: u.per_day.map((p) => p.split(/\s+|(?=\/)/).filter(Boolean).map((w) => w.toLowerCase())),
    rates: [...(u.per_second ?? []).map((p) => ({ p, letter: 's' })), ...(u.per_hour ?? []).map((p) => ({ p, letter: 'h' }))]
      .map(({ p, letter }) => ({ words: p.split(/\s+|(?=\/)/).filter(Boolean).map((w) => w.toLowerCase()), letter })).sort((a, b) => b.words.length - a.words.length),
    frequency: (u.frequency_periods ?? []).map((p) => p.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase())),
    countBreakers: new Set(u.count_breakers ?? []),
    notCapacity: new Set((u.not_capacity ?? []).map((w) => w.toLowerCase())),
    symbols: new Map(Object.entries(c.symbols)),
    currencyWords: new Map(Object.entries(c.words)),
    otherCodes: new Set(c.other_codes ?? []),
    gluedOnly: new Set(c.glued_only ?? []),
    writtenAfter: new Set(c.written_after ?? []),
    national: new Map(Object.entries(c.national ?? {})),
    ambiguous: new Map(Object.entries(c.ambiguous ?? {}).map(([key, a]) => {
      const byWord = new Map<string, string>();
      const byCountry = new Map<string, string>();
      for (const [code, o] of Object.entries(a.options)) {
        for (const w of o.words) byWord.set(w.toLowerCase(), code);
        for (const cc of o.countries) byCountry.set(cc, code);
      }
      return [key, { fallback: a.default, byWord, byCountry }];
    })),
  };
  return tables;
}

interface NumberMatch { value: number; first: number; last: number }

const ARTICLES = new Set(['a', 'an', 'half']);

/** A number at token i: digits ("2,457", "61.4") or words ("two hundred", "Sixty-two"),
 * with an optional scale ("12 million", "$2bn", "1.5 trillion"). */
export function parseNumber(toks: Token[], i: number, letterScales = false): NumberMatch | null {
  const t = load();
  const tok = toks[i];
  if (!tok) return null;
  let value: number;
  let last = i;
  if (tok.num) {
    const clean = tok.text.replace(/,(?=\d{3}(\D|$))/g, '');
    value = Number(clean.replace(/,/g, '.'));
    if (!Number.isFinite(value)) return null;
  } else {
    const w = wordNumber(toks, i, t);
    if (!w) return null;
    ({ value, last } = w);
  }
  // scale words: "12 million", "1.2bn", "two hundred thousand"
  let j = last + 1;
  while (toks[j]) {
    const s = t.scales.get(toks[j].lower);
    if (s === undefined) break;
    // "m" and "b" only count glued to the digits ("$2m"), never as a separate word ("2 m" is metres)
    // "m", "b" and "k" count only glued to the digits of a sum of money ("$2m"); "500 m" and "500m" alone are metres
    if ((toks[j].lower === 'm' || toks[j].lower === 'b' || toks[j].lower === 'k') && (!letterScales || toks[j].start !== toks[j - 1].end)) break;
    value *= s;
    last = j;
    j++;
  }
  if (!tok.num && ARTICLES.has(tok.lower) && last === i) return null;
  return { value, first: i, last };
}

function wordNumber(toks: Token[], i: number, t: Tables): { value: number; last: number } | null {
  // "a", "an" and "half" are numbers only before a scale: "a hundred", "half a million"
  if (ARTICLES.has(toks[i].lower) && !(toks[i + 1] && (toks[i + 1].lower === 'hundred' || t.scales.has(toks[i + 1].lower) || toks[i + 1].lower === 'dozen' || toks[i + 1].lower === 'a'))) return null;
  let total = 0;
  let current = 0;
  let last = -1;
  let j = i;
  while (toks[j]) {
    const parts = toks[j].lower.split('-');
    let consumed = 0;
    for (const p of parts) {
      const n = t.numberWords.get(p);
      const s = p === 'hundred' ? 100 : undefined;
      if (n !== undefined && !(ARTICLES.has(p) && j !== i)) current += n;
      else if (s) current = (current || 1) * s;
      else break;
      consumed++;
    }
    if (!consumed) break;
    // "three-megawatt": the number part of a hyphenated word; the caller reads the unit after the hyphen
    if (consumed < parts.length) { last = j; break; }
    last = j;
    j++;
    // "half a million tonnes": the article between the half and its scale word belongs to the number
    if (current === 0.5 && toks[j]?.lower === 'a' && toks[j + 1] && t.scales.has(toks[j + 1].lower)) { last = j; break; }
    // "one and a half million tonnes", "two and a half": the half joins the number before the scale word
    if (toks[j]?.lower === 'and' && toks[j + 1]?.lower === 'a' && toks[j + 2]?.lower === 'half' && current > 0 && current < 100) { current += 0.5; last = j + 2; break; }
    if (toks[j]?.lower === 'and' && toks[j + 1] && t.numberWords.has(toks[j + 1].lower.split('-')[0]) && (current >= 100)) j++;
  }
  if (last < 0) return null;
  // a hyphenated word like "three-megawatt" consumed only its number part: report the token, the caller reads the rest
  total += current;
  return { value: total, last };
}

function qualifierBefore(toks: Token[], first: number, t: Tables): { q: Qualifier; first: number } {
  for (const { words, q } of t.qualifiers) {
    const s = first - words.length;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) if (toks[s + k].lower !== words[k]) { ok = false; break; }
    if (ok) return { q, first: s };
  }
  return { q: 'exact', first };
}

/** The unit phrase starting at token j (longest first). A hyphen right after the number is skipped ("100-megawatt"). */
const GLUED_PERIOD = /^(.+?)-(?:a|per)-(year|annum|day)$/;
/** "million-tonne", "tonne-a-year", "million-tonne-a-year", "cubic-metre-a-day" as one token: an optional scale word, a
 * unit and an optional period glued by hyphens (units.json words, numbers.json scales). */
function gluedUnitAt(toks: Token[], j: number, t: Tables): { def: UnitDef; scale: number; period: 'year' | 'day' | null; at: number } | null {
  const tok = toks[j];
  if (!tok || tok.num || !tok.lower.includes('-')) return null;
  let rest = tok.lower;
  let period: 'year' | 'day' | null = null;
  const m = GLUED_PERIOD.exec(rest);
  if (m) { rest = m[1]; period = m[2] === 'day' ? 'day' : 'year'; }
  let scale = 1;
  const dash = rest.indexOf('-');
  const s = dash > 0 ? t.scales.get(rest.slice(0, dash)) : undefined;
  if (s !== undefined && rest.slice(0, dash).length > 1) { scale = s; rest = rest.slice(dash + 1); }
  if (scale === 1 && !period) return null;
  const def = t.units.get(rest) ?? t.units.get(rest.replace(/-/g, ' '));
  return def ? { def, scale, period, at: j } : null;
}

function unitAt(toks: Token[], j: number, t: Tables): { def: UnitDef | null; item: string | null; last: number } | null {
  if (!toks[j] || !t.unitFirstWords.has(toks[j].lower)) return null;
  for (let n = Math.min(t.maxUnitWords, toks.length - j); n >= 1; n--) {
    const phrase = toks.slice(j, j + n).map((x) => x.lower).join(' ');
    let def = t.units.get(phrase) ?? t.units.get(phrase.replace(/ \/ /g, '/'));
    // the tokenizer splits "m²" and "m3" in two: read touching tokens as one word
    if (!def && n > 1) {
      let glued = toks[j].lower;
      for (let k = j + 1; k < j + n; k++) glued += (toks[k].start === toks[k - 1].end ? '' : ' ') + toks[k].lower;
      if (glued !== phrase) def = t.units.get(glued);
    }
    if (def) return { def, item: null, last: j + n - 1 };
    const item = t.countables.get(phrase);
    if (item) return { def: null, item, last: j + n - 1 };
  }
  return null;
}

function perYearAt(toks: Token[], j: number, t: Tables): number {
  return periodAt(toks, j, t.perYear);
}

function perDayAt(toks: Token[], j: number, t: Tables): number {
  return periodAt(toks, j, t.perDay);
}

/** A period of a flow rate at token j ("per second", "an hour"): its length in tokens and the unit letter. */
function rateAt(toks: Token[], j: number, t: Tables): { length: number; letter: string } | null {
  for (const r of t.rates) {
    const n = periodAt(toks, j, [r.words]);
    if (n) return { length: n, letter: r.letter };
  }
  return null;
}

function periodAt(toks: Token[], j: number, phrases: string[][]): number {
  for (const words of phrases) {
    let ok = true;
    for (let k = 0; k < words.length; k++) if (toks[j + k]?.lower !== words[k]) { ok = false; break; }
    if (ok) return words.length;
  }
  return 0;
}

function currencyBefore(toks: Token[], i: number, t: Tables): { code: string; first: number; key: string } | null {
  const prev = toks[i - 1];
  if (!prev) return null;
  const two = toks[i - 2];
  if (two && two.end === prev.start && t.symbols.has(two.text + prev.text)) return { code: t.symbols.get(two.text + prev.text)!, first: i - 2, key: two.text + prev.text };
  const code = t.symbols.get(prev.text);
  // "K210 million", "Q760 million": a lone letter is a currency only glued to a sizeable figure and not itself glued to a
  // word before ("K2", "Q3 2025", "4K" are names, quarters and labels)
  if (code && t.gluedOnly.has(prev.text) && (prev.end !== toks[i].start || (two && two.end === prev.start) || !sizeable(toks, i, t))) return null;
  if (code) return { code, first: i - 1, key: prev.text };
  // "ALL 2.9 billion", "NAD 40 million": a further ISO code, upper case, before a figure with a scale or of four digits
  if (prev.upper && prev.text.length === 3 && t.otherCodes.has(prev.text) && sizeable(toks, i, t)) return { code: prev.text, first: i - 1, key: prev.text };
  return null;
}

/** The figure at i has a scale word after it ("2.9 billion") or is at least a thousand: a sum, not a grade or a rank. */
function sizeable(toks: Token[], i: number, t: Tables): boolean {
  const n = toks[i];
  if (!n?.num) return false;
  if (t.scales.has(toks[i + 1]?.lower ?? '')) return true;
  return Number(n.text.replace(/,/g, '')) >= 1000;
}

function currencyAfter(toks: Token[], j: number, t: Tables): { code: string; last: number; key: string } | null {
  const a = toks[j];
  if (!a) return null;
  const b = toks[j + 1];
  if (b && t.currencyWords.has(`${a.lower} ${b.lower}`)) return { code: t.currencyWords.get(`${a.lower} ${b.lower}`)!, last: j + 1, key: `${a.lower} ${b.lower}` };
  // "383 million Jordanian dinars", "1.9 billion Namibian dollars": a demonym names the country whose currency the word is
  if (b && a.cap && (t.currencyWords.has(b.lower) || t.ambiguous.has(b.lower))) {
    const cc = loadGazetteer().demonym(a.text);
    const code = cc ? t.national.get(cc) : undefined;
    if (code) return { code, last: j + 1, key: `${a.lower} ${b.lower}` };
  }
  if (t.currencyWords.has(a.lower)) return { code: t.currencyWords.get(a.lower)!, last: j, key: a.lower };
  if (a.upper && t.symbols.has(a.text) && a.text.length === 3) return { code: t.symbols.get(a.text)!, last: j, key: a.text };
  // "2.1 billion Kč", "5 million €": a sign written after the figure, unless a figure follows it ("in 2024 €300 million
  // went to ...": the sign is the next figure's)
  if (t.writtenAfter.has(a.text) && t.symbols.has(a.text) && !(b && b.num)) return { code: t.symbols.get(a.text)!, last: j, key: a.text };
  return null;
}

/** The country token k points to: a demonym ("Japanese") or a one-word place name ("Lahore") with one country.
 * A word inside a longer capitalised name is none ("Abu" of "Abu Dhabi" is no town of its own). */
function countryOf(toks: Token[], k: number): string | null {
  const tok = toks[k];
  const d = loadGazetteer().demonym(tok.text);
  if (d) return d;
  const capWord = (x: Token | undefined) => !!x && x.cap && !x.punct && !x.num;
  if (capWord(toks[k - 1]) && toks[k - 1].sent === tok.sent || capWord(toks[k + 1])) return null;
  let cc: string | null = null;
  for (const e of lookupPlaceCached(tok.text)) {
    if (!e.country || e.ambiguous || (cc && cc !== e.country)) return null;
    cc = e.country;
  }
  return cc;
}

/** How far, in tokens, the currency cues of an ambiguous symbol are looked for around the figure. */
const CURRENCY_CUE_REACH = 400;

/** The currency an ambiguous symbol means here: the option with the nearest cue (a cue word, or a place or
 * demonym of one of its countries), in the figure's sentence first, then around it; else the default.
 * "¥" beside a yen loan from a Japanese agency is JPY, beside a Chinese bank CNY. */
function resolveCurrency(doc: Doc, at: number, choice: CurrencyChoice): string {
  const toks = doc.tokens;
  const cue = (k: number): string | null => {
    const tok = toks[k];
    if (tok.num || tok.punct) return null;
    const w = choice.byWord.get(tok.lower);
    if (w) return w;
    if (!tok.cap) return null;
    const cc = countryOf(toks, k);
    return cc ? choice.byCountry.get(cc) ?? null : null;
  };
  const s = doc.sentences[toks[at].sent];
  const inSentence = (k: number) => !s || (k >= s.first && k <= s.last);
  // nearest cue, those of the figure's own sentence before any outside it
  for (const sameSentence of [true, false]) {
    for (let d = 1; d <= CURRENCY_CUE_REACH; d++) {
      for (const k of [at - d, at + d]) {
        if (k < 0 || k >= toks.length || inSentence(k) !== sameSentence) continue;
        const code = cue(k);
        if (code) return code;
      }
      if (sameSentence && s && at - d < s.first && at + d > s.last) break;
    }
  }
  return choice.fallback;
}

const RANGE_JOIN = new Set(['-', '–', '—', 'to']);

/** Finds quantities with units and sums of money; fills doc.quantities and doc.money. */
export function recognizeQuantities(doc: Doc): void {
  const t = load();
  const toks = doc.tokens;
  const quantities: Quantity[] = [];
  const money: Money[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i];
    if (!tk.num) {
      const head = tk.lower.includes('-') ? tk.lower.slice(0, tk.lower.indexOf('-')) : tk.lower;
      if (!t.numberWords.has(head)) continue;
      // "a", "an", "half" start a number only before a scale word ("a hundred"): skip the common case fast
      if (ARTICLES.has(head) && !(toks[i + 1] && (t.scales.has(toks[i + 1].lower) || toks[i + 1].lower === 'hundred' || toks[i + 1].lower === 'dozen' || toks[i + 1].lower === 'a'))) continue;
    }
    const cb = currencyBefore(toks, i, t);
    const num = parseNumber(toks, i, !!cb);
    if (!num) continue;
    // ranges: "10–12 million t", "$1-1.5 billion", "between 300 and 400 MW"
    let min: number | undefined;
    let numEnd = num.last;
    let value = num.value;
    const join = toks[num.last + 1];
    // "$2.4 billion to $3 billion": the upper bound may repeat the currency
    let hiAt = num.last + 2;
    if (cb) for (const off of [3, 4]) {
      const again = toks[num.last + off] ? currencyBefore(toks, num.last + off, t) : null;
      if (again && again.first === num.last + 2 && again.code === cb.code) { hiAt = num.last + off; break; }
    }
    // "between 300 and 400 MW", "between $980 million and $1.1 billion": 'and' joins a range only after 'between'
    const between = toks[(cb ? cb.first : num.first) - 1]?.lower === 'between';
    if (join && (RANGE_JOIN.has(join.lower) || (between && join.lower === 'and')) && toks[hiAt]) {
      const hi = parseNumber(toks, hiAt, !!cb);
      if (hi && hi.value > 0) {
        // "10-12 million": the scale on the upper bound applies to the lower one too
        const scale = hi.last > hi.first && toks[hi.first].num && num.last === num.first ? hi.value / Number(toks[hi.first].text.replace(/,/g, '')) : 1;
        const lo = value * (Number.isFinite(scale) ? scale : 1);
        if (lo < hi.value) { min = lo; value = hi.value; numEnd = hi.last; }
      }
    }
    const qual = qualifierBefore(toks, cb ? cb.first : num.first, t);
    const qualifier: Qualifier = min !== undefined && qual.q === 'exact' ? 'exact' : qual.q;

    // money: currency before or after
    const ca = cb ? null : currencyAfter(toks, numEnd + 1, t);
    if (cb || ca) {
      const first = cb ? Math.min(cb.first, qual.first) : qual.first;
      const last = ca ? ca.last : numEnd;
      const prevMoney = money[money.length - 1];
      const inParens = toks[first - 1]?.text === '(' || (toks[first - 2]?.text === '(' && /^(about|around|some|roughly|approximately|or)$/.test(toks[first - 1]?.lower ?? ''));
      money.push({
        start: toks[first].start, end: toks[last].end, first, last,
        value, ...(min !== undefined ? { min } : {}), currency: currencyHere(doc, first, (cb ?? ca)!, t), qualifier,
        text: doc.text.slice(toks[first].start, toks[last].end),
        ...(inParens && prevMoney && first - prevMoney.last <= 3 ? { conversionOf: money.length - 1 } : {}),
      });
      i = last;
      continue;
    }

    // unit: directly after the number, after a hyphen, or inside a hyphenated word ("three-megawatt")
    let j = numEnd + 1;
    let unit: ReturnType<typeof unitAt> = null;
    const tok = toks[num.last];
    if (!tok.num && tok.lower.includes('-')) {
      const rest = tok.lower.split('-').slice(1).join('-');
      const def = t.units.get(rest);
      const item = t.countables.get(rest);
      if (def || item) unit = { def: def ?? null, item: item ?? null, last: num.last };
      // "the five-car trains", "a four-lane road": the number counts the word glued to it (no unit, no number word),
      // which describes each of the things named after; it counts none of them
      else if (/^[a-z]+$/.test(rest) && !t.numberWords.has(rest)) { i = num.last; continue; }
    }
    // "a 1.5 million-tonne mill", "a 45,000-tonne-a-year smelter", "a 2 million-tonne-a-year line": a scale, the unit
    // and the period glued into one hyphenated word
    let gluedPeriod: 'year' | 'day' | null = null;
    if (!unit) {
      const g = gluedUnitAt(toks, toks[j]?.text === '-' || toks[j]?.text === '‐' ? j + 1 : j, t);
      if (g) { unit = { def: g.def, item: null, last: g.at }; value *= g.scale; gluedPeriod = g.period; }
    }
    if (!unit) {
      if (toks[j]?.text === '-' || toks[j]?.text === '‐') j++;
      // "a 110 kV substation", "40 percent of its fleet": the number is a class or a share, not a count of what follows
      if (toks[j] && (t.notCapacity.has(toks[j].lower) || t.notCapacity.has(`${toks[j].lower} ${toks[j + 1]?.lower ?? ''}`))) { i = j; continue; }
      unit = unitAt(toks, j, t);
    }
    let last = unit?.last ?? -1;
    // countables after up to three describing words: "two hundred diesel locomotives", "100 mainline and 100 shunting locomotives"
    let summed = 0;
    if (!unit) {
      for (let k = j; k < Math.min(j + 5, toks.length); k++) {
        // ("six in the morning the buses": describing words are no prepositions or articles)
        if (toks[k].punct || toks[k].num || t.countBreakers.has(toks[k].lower)) break;
        const c = unitAt(toks, k, t);
        if (c && c.item) { unit = c; last = c.last; break; }
        if (toks[k].lower === 'and' && toks[k + 1]) {
          const other = parseNumber(toks, k + 1);
          if (other) {
            for (let m = other.last + 1; m < Math.min(other.last + 5, toks.length); m++) {
              if (toks[m].punct) break;
              const c2 = unitAt(toks, m, t);
              if (c2 && c2.item) {
                // "100 mainline and 50 shunting locomotives": two kinds of one thing; the contract gives their sum
                unit = c2; last = c2.last; summed = other.value;
                break;
              }
            }
          }
          // "six million car and light-truck tyres": 'and' between describing words, no second number
          if (!other) continue;
          break;
        }
      }
    }
    if (!unit) continue;
    // "six-coach trainsets", "a 12-coach train": a count joined to its noun by a hyphen before another counted vehicle
    // word tells how each vehicle is made up, not how many there are
    if (unit.item && (unit.last === num.last || toks[unit.last].start === toks[unit.last - 1].end) && unitAt(toks, unit.last + 1, t)?.item) { i = unit.last; continue; }
    const def = unit.def;
    let perYear = false;
    // "1,000 tonnes of waste a day", "of municipal solid waste per day": what is measured sits between the unit and the period
    let ofItem: string | undefined;
    if (def && toks[last + 1]?.lower === 'of') {
      for (let n = 1; n <= 3; n++) {
        const words = toks.slice(last + 2, last + 2 + n);
        if (words.length < n || words.some((w) => w.punct || w.num || w.cap)) break;
        const after = last + 2 + n;
        if (perYearAt(toks, after, t) || perDayAt(toks, after, t) || rateAt(toks, after, t)) { ofItem = words.map((w) => w.lower).join(' '); last = after - 1; break; }
      }
    }
    // "eight freight trains a day": how often a service runs, not a number of things
    if (!def && periodAt(toks, last + 1, t.frequency)) { i = last; continue; }
    const py = gluedPeriod ? 0 : perYearAt(toks, last + 1, t);
    if (py) { perYear = true; last += py; }
    if (gluedPeriod === 'year') perYear = true;
    // a daily rate keeps its period in the unit ("m3/d", "t/d"); bbl/d already carries it
    let perDay = gluedPeriod === 'day' && def !== null && (def.kind === 'volume' || def.kind === 'mass') && !def.unit.endsWith('/d');
    if (!py && !gluedPeriod && def && (def.kind === 'volume' || def.kind === 'mass') && !def.unit.endsWith('/d')) {
      const pd = perDayAt(toks, last + 1, t);
      if (pd) { perDay = true; last += pd; }
    }
    // "1,200 litres of water per second", "90 tonnes an hour": a flow rate keeps its period in the unit (l/s, t/h)
    let rateUnit: string | null = null;
    if (!py && !perDay && !gluedPeriod && def && (def.kind === 'volume' || def.kind === 'mass') && !def.unit.includes('/')) {
      const r = rateAt(toks, last + 1, t);
      if (r) { rateUnit = `${def.unit === 'litres' ? 'l' : def.unit}/${r.letter}`; last += r.length; }
    }
    // ("2 million barrels of crude" in storage is no throughput: units.json _daily_only)
    if (def?.daily_only && !perDay) { i = last; continue; }
    const factor = def?.factor ?? 1;
    const first = qual.first;
    const q: Quantity = {
      start: toks[first].start, end: toks[last].end, first, last,
      value: round((value + summed) * factor), unit: rateUnit ?? (perDay ? def!.daily ?? `${def!.unit}/d` : def?.unit ?? 'units'), kind: def?.kind ?? 'count',
      qualifier, perYear, text: doc.text.slice(toks[first].start, toks[last].end),
    };
    if (min !== undefined) q.min = round(min * factor);
    if (unit.item) q.item = unit.item;
    else if (ofItem) q.item = ofItem;
    // "86,400 cubic metres a day (1,000 litres per second)", "1 GW (1,000 MW)": a figure of the same kind in
    // parentheses right after another restates it in other units; the first figure, as stated, is the one kept
    if (restatesPrevious(toks, quantities[quantities.length - 1], q)) { i = last; continue; }
    quantities.push(q);
    i = last;
  }
  doc.quantities = quantities;
  doc.money = money;
}

function currencyHere(doc: Doc, at: number, found: { code: string; key: string }, t: Tables): string {
  const choice = t.ambiguous.get(found.key);
  return choice ? resolveCurrency(doc, at, choice) : found.code;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** `q` stands in parentheses (after at most a hedge word: "(about 51,840 m3 a day)") that open right after `prev`, and
 * measures the same kind of thing: the same figure given again in another unit. */
function restatesPrevious(toks: Token[], prev: Quantity | undefined, q: Quantity): boolean {
  if (!prev || prev.kind !== q.kind || q.kind === 'count') return false;
  const open = toks[q.first - 1]?.text === '(' ? q.first - 1
    : toks[q.first - 2]?.text === '(' && /^(about|around|some|roughly|approximately|or|nearly|almost)$/.test(toks[q.first - 1]?.lower ?? '') ? q.first - 2 : -1;
  return open === prev.last + 1;
}

import type { DateMention, Doc } from './doc.js';
import { loadJson } from './data-dir.js';

interface Calendar {
  months: Record<string, number>; weekdays: Record<string, number>;
  relative_days: Record<string, number>; relative_years: Record<string, number>; relative_months: Record<string, number>;
}

interface Patterns { cal: Calendar; re: RegExp }
let patterns: Patterns | null = null;

function alt(words: string[]): string {
  return words.sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
}

function load(): Patterns {
  if (patterns) return patterns;
  const cal = loadJson<Calendar>('lexicon/calendar.json');
  const M = alt(Object.keys(cal.months));
  const W = alt(Object.keys(cal.weekdays));
  const D = alt(Object.keys(cal.relative_days));
  const Y = alt(Object.keys(cal.relative_years));
  const MO = alt(Object.keys(cal.relative_months));
  // One alternation, longest forms first; named groups say which form matched.
  const re = new RegExp([
    String.raw`(?<iso>\b(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2})\b)`,
    String.raw`(?<mdy>\b(?<mdyM>${M})\.?\s+(?<mdyD>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<mdyY>\d{4})\b)?)`,
    String.raw`(?<dmy>\b(?<dmyD>\d{1,2})(?:st|nd|rd|th)?\s+(?<dmyM>${M})\b\.?(?:,?\s+(?<dmyY>\d{4})\b)?)`,
    String.raw`(?<my>\b(?:(?<myRel>last|next|this|early|late|mid-?)\s*)?(?<myM>${M})\b(?:\s+(?<myY>\d{4})\b)?)`,
    String.raw`(?<wd>\b(?<wdRel>last|next|this|on|since)?\s*(?<wdW>${W})\b)`,
    String.raw`(?<rd>\b(?<rdW>${D})\b)`,
    String.raw`(?<ry>\b(?<ryW>${Y})\b)`,
    String.raw`(?<rm>\b(?<rmW>${MO})\b)`,
    String.raw`(?<yr>\b(?:in|since|by|from|until|of|during|through|before|after|early|late|mid-?)\s+(?<yrY>(?:19|20)\d{2})\b)`,
  ].join('|'), 'giu');
  patterns = { cal, re };
  return patterns;
}

let cues: Set<string> | null = null;
let calendarNames: Set<string> = new Set();
function cueWords(cal: Calendar): Set<string> {
  if (cues) return cues;
  cues = new Set<string>();
  calendarNames = new Set([...Object.keys(cal.months), ...Object.keys(cal.weekdays)]);
  for (const group of [cal.months, cal.weekdays, cal.relative_days, cal.relative_years, cal.relative_months]) {
    for (const phrase of Object.keys(group)) for (const w of phrase.split(/\s+/)) if (!['the', 'a', 'this', 'last', 'next', 'later', 'earlier'].includes(w)) cues.add(w);
  }
  return cues;
}

function pad(n: number): string { return String(n).padStart(2, '0'); }
function ymd(d: Date): string { return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`; }
function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Finds dates and resolves relative ones ("on Tuesday", "last October", "earlier today") against the publication date. */
export function recognizeDates(doc: Doc): void {
  const { cal, re } = load();
  const published = doc.meta.published && /^\d{4}-\d{2}-\d{2}$/.test(doc.meta.published) ? new Date(`${doc.meta.published}T00:00:00Z`) : null;
  // relative dates count from the publication date, or from the date line of the item they stand in (see itemDate)
  let pub = published;
  let pubY = pub?.getUTCFullYear() ?? null;
  let pubM = pub ? pub.getUTCMonth() + 1 : null;
  const out: DateMention[] = [];
  // the pattern is costly: run it only over short windows around a word or number a date could hold
  // (a few tokens either side reach "the previous year", "2 July, 2024", "last October 2023")
  const cue = cueWords(cal);
  const spans: { start: number; end: number }[] = [];
  const toks = doc.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // month and weekday names count when capitalised ("May", not the verb "may")
    const hit = (cue.has(t.lower) && (t.cap || !calendarNames.has(t.lower))) || (t.num && t.text.length <= 4 && /^\d{1,4}$/.test(t.text) && (t.text.length === 4 || k + 1 < toks.length && cue.has(toks[k + 1].lower)));
    if (!hit) continue;
    const sent = doc.sentences[t.sent];
    const a = toks[Math.max(sent.first, k - 4)].start;
    const b = toks[Math.min(sent.last, k + 4)].end;
    const last = spans[spans.length - 1];
    if (last && a <= last.end) last.end = Math.max(last.end, b);
    else spans.push({ start: a, end: b });
  }
  const matches: RegExpExecArray[] = [];
  // exec in a loop, not matchAll: matchAll builds a new RegExp object for every window
  for (const sp of spans) {
    const window = doc.text.slice(sp.start, sp.end);
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) { m.index += sp.start; matches.push(m); }
  }
  for (const m of matches) {
    const g = m.groups!;
    let value: string | null = null;
    let precision: DateMention['precision'] = 'day';
    const month = (s: string) => cal.months[s.toLowerCase().replace('.', '')];
    // a bare month name without year or cue is only a date when it is not a word like "may"
    if (g.iso) {
      const [y, mo, d] = [Number(g.isoY), Number(g.isoM), Number(g.isoD)];
      if (validDay(y, mo, d)) value = `${y}-${pad(mo)}-${pad(d)}`;
    } else if (g.mdy || g.dmy) {
      const mo = month(g.mdyM ?? g.dmyM);
      const d = Number(g.mdyD ?? g.dmyD);
      const yText = g.mdyY ?? g.dmyY;
      if (mo === 5 && /^may$/i.test(g.mdyM ?? '') && g.mdyM === 'may') { /* lower-case "may 5" is a verb */ }
      else {
        const y = yText ? Number(yText) : inferYear(mo, d, pub);
        if (y !== null && validDay(y, mo, d)) value = `${y}-${pad(mo)}-${pad(d)}`;
      }
    } else if (g.my) {
      const word = g.myM;
      if (/^may$/i.test(word) && word !== 'May') continue;
      if (word.length <= 3 && !g.myY) continue; // "Mar" / "Dec" alone are too often other words
      if (word === 'May' && !g.myY && !g.myRel) continue; // "May" alone is usually the verb or a name
      const mo = month(word);
      precision = 'month';
      if (g.myY) value = `${g.myY}-${pad(mo)}`;
      else if (pubY !== null && pubM !== null) {
        const rel = (g.myRel ?? '').toLowerCase();
        let y = pubY;
        if (rel === 'last') y = mo >= pubM ? pubY - 1 : pubY;
        else if (rel === 'next') y = mo <= pubM ? pubY + 1 : pubY;
        else if (rel !== 'this' && mo > pubM) y = pubY - 1; // news reports the past by default
        value = `${y}-${pad(mo)}`;
      }
    } else if (g.wd) {
      if (!pub) continue;
      const target = cal.weekdays[g.wdW.toLowerCase()];
      const rel = (g.wdRel ?? '').toLowerCase();
      if (!rel && !/^\p{Lu}/u.test(g.wdW)) continue;
      const diffBack = (pub.getUTCDay() - target + 7) % 7;
      let offset = -diffBack;
      if (rel === 'next') offset = ((target - pub.getUTCDay() + 7) % 7) || 7;
      else if (rel === 'last' && diffBack === 0) offset = -7;
      value = ymd(new Date(pub.getTime() + offset * 86400000));
    } else if (g.rd) {
      if (!pub) continue;
      value = ymd(new Date(pub.getTime() + cal.relative_days[g.rdW.toLowerCase().replace(/\s+/g, ' ')] * 86400000));
    } else if (g.ry) {
      if (pubY === null) continue;
      value = String(pubY + cal.relative_years[g.ryW.toLowerCase().replace(/\s+/g, ' ')]);
      precision = 'year';
    } else if (g.rm) {
      if (!pub) continue;
      const d = new Date(Date.UTC(pubY!, pubM! - 1 + cal.relative_months[g.rmW.toLowerCase().replace(/\s+/g, ' ')], 1));
      value = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
      precision = 'month';
    } else if (g.yr) {
      value = g.yrY;
      precision = 'year';
    }
    if (!value) continue;
    // a feed or listing page: "8 September 2026" alone on its line dates the item after it, and "on Monday" or
    // "today" in that item count from it (not from the page's date)
    if (precision === 'day' && (g.iso || g.mdyY || g.dmyY) && aloneOnLine(doc.text, m.index! + (m[0].length - m[0].trimStart().length), m.index! + m[0].length)) {
      const d = new Date(`${value}T00:00:00Z`);
      // (an item of the last two months: an older date alone on a line is more likely a timeline's entry)
      const age = published ? (published.getTime() - d.getTime()) / 86400000 : 0;
      if (age >= 0 && age <= 62) { pub = d; pubY = d.getUTCFullYear(); pubM = d.getUTCMonth() + 1; }
    }
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    out.push({ start, end: m.index! + m[0].length, first: -1, last: -1, value, precision, text: m[0].trim() });
  }
  // token indices, for components that reason by token position

  let k = 0;
  for (const d of out) {
    while (k < toks.length && toks[k].end <= d.start) k++;
    d.first = k;
    let e = k;
    while (e + 1 < toks.length && toks[e + 1].start < d.end) e++;
    d.last = e;
  }
  doc.dates = out;
}

/** Only separators or a time of day share the date's line ("9 September 2026", "2026-09-08 · 14:05 GMT"). */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (text.slice(lineStart, start).trim() !== '') return false;
  return /^[\s|·•,–—-]*(?:\d{1,2}:\d{2}(?:\s*(?:am|pm|gmt|utc))?)?\s*$/i.test(text.slice(end, lineEnd));
}

/** A day and month without a year: the publication year, or the year before when that date would lie well in the future. */
function inferYear(mo: number, d: number, pub: Date | null): number | null {
  if (!pub) return null;
  const y = pub.getUTCFullYear();
  const candidate = Date.UTC(y, mo - 1, d);
  return candidate - pub.getTime() > 45 * 86400000 ? y - 1 : y;
}

import type { Doc, Sentence } from './doc.js';
import type { EventType, ExtractedEvent } from './extraction.js';
import type { NameMention } from './classify-names.js';
import type { EntityTables } from './entities.js';
import type { ProjectDraft } from './projects.js';
import { loadJson } from './data-dir.js';
import { phraseAt, phraseTable, type PhraseTable } from './facility-lexicon.js';
import { lowerForms } from './token-arrays.js';

interface EventData { cues: Record<EventType, string[]>; priority: EventType[]; attendance?: string[]; not_met?: { verbs: string[]; openers: string[]; objects: string[] }; back_prepositions?: string[]; other_senses?: Record<string, string[]>; sides?: string[]; same_day?: string[]; reporting_verbs?: string[]; back_both?: string[] }

/** events.json read once: the cue tables and the 'meet' words, built on first use. */
interface EventWords {
  cues: PhraseTable<EventType>;
  /** "was attended by", "also took part": words that add people to an event already reported. */
  attendance: PhraseTable<true>;
  notMet: { verbs: Set<string>; openers: Set<string>; objects: Set<string> };
  /** "after", "of", "during": before "the signing" they make it a reference to an event already reported. */
  backPrepositions: Set<string>;
  /** "opened with", "opening remarks": a cue followed by one of these words is no event. */
  otherSenses: Map<string, Set<string>>;
  /** "the two sides", "they": a subject standing for the sides of the event just reported. */
  sides: PhraseTable<true>;
  /** "later in the day", "that same day": the day of the event reported before. */
  sameDay: PhraseTable<true>;
  /** "said", "told": the verb of the one who reports an event. */
  reporting: Set<string>;
  /** "both": before an event noun, the last two events of that kind reported. */
  backBoth: Set<string>;
}
let words: EventWords | null = null;
function eventWords(): EventWords {
  if (words) return words;
  const d = loadJson<EventData>('lexicon/events.json');
  words = {
    cues: phraseTable(Object.entries(d.cues).flatMap(([type, list]) => list.map((phrase) => [phrase, type as EventType] as [string, EventType]))),
    attendance: phraseTable((d.attendance ?? []).map((phrase) => [phrase, true] as [string, true])),
    notMet: { verbs: new Set(d.not_met?.verbs ?? []), openers: new Set(d.not_met?.openers ?? []), objects: new Set(d.not_met?.objects ?? []) },
    backPrepositions: new Set(d.back_prepositions ?? []),
    otherSenses: new Map(Object.entries(d.other_senses ?? {}).map(([cue, next]) => [cue, new Set(next)])),
    sides: phraseTable((d.sides ?? []).map((phrase) => [phrase, true] as [string, true])),
    sameDay: phraseTable((d.same_day ?? []).map((phrase) => [phrase, true] as [string, true])),
    reporting: new Set(d.reporting_verbs ?? []),
    backBoth: new Set(d.back_both ?? []),
  };
  return words;
}

interface Draft extends ExtractedEvent { paragraph: number; sentence: number; refersBack?: boolean; refersToBoth?: boolean }

const BACK_DETERMINERS = new Set(['the', 'this', 'that']);

/** "to meet the power needs", "met its export targets": 'meet' in the sense of satisfy (events.json not_met). */
function meetsANeed(lowers: string[], k: number, last: number): boolean {
  const notMet = eventWords().notMet;
  if (!notMet.verbs.has(lowers[k])) return false;
  if (!notMet.openers.has(lowers[k + 1]) && !notMet.objects.has(lowers[k + 1])) return false;
  for (let j = k + 1; j <= Math.min(last, k + 5); j++) {
    if (notMet.objects.has(lowers[j])) return true;
    if (!/^[\p{L}\p{N}'’]/u.test(lowers[j])) return false; // a comma or dash ends the object
  }
  return false;
}

/** Meetings, agreements, launches, visits and investments, one per sentence cue, merged across
 * neighbouring sentences that share their participants. */
export function recognizeEvents(doc: Doc, mentions: NameMention[], entities: EntityTables, projects: ProjectDraft[]): ExtractedEvent[] {
  const table = eventWords().cues;
  const lowers = lowerForms(doc.tokens);
  const drafts: Draft[] = [];
  let lastDate: { value: string; paragraph: number } | null = null;
  // doc.dates are in text order and sentences come in text order: a cursor replaces a search from the start
  const dates = doc.dates;
  let dateFrom = 0;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (s.start < doc.bodyStart) continue;
    const { types: cued, backTo, passing, both, lastCue } = sentenceCues(lowers, table, s, drafts);
    let types = cued;
    // (looked for only in the few sentences that refer back to an event)
    let attends = false;
    if (backTo) for (let k = s.first; k <= s.last && !attends; k++) if (phraseAt(eventWords().attendance, lowers, k)) attends = true;
    if (passing && attends && backTo === passing) (types ??= new Set()).add(passing);
    while (dateFrom < dates.length && dates[dateFrom].start < s.start) dateFrom++;
    let date: string | null = null;
    let dated = false; // a date of any precision ("in January", "next month") in the sentence
    for (let q = dateFrom; q < dates.length && dates[q].start <= s.end; q++) {
      const d = dates[q];
      if (d.end > s.end) continue;
      dated = true;
      if (d.precision === 'day') { date = d.value; break; }
    }
    if (date) lastDate = { value: date, paragraph: s.paragraph };
    if (!types) continue;
    const people: string[] = [];
    const orgs: string[] = [];
    // "as Wen Haoran's state visit got under way": the owner of an event noun takes part in that event only
    const ownEvent = new Map<string, EventType>();
    const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end && m.entity >= 0);
    for (const m of inSentence) {
      // ("Mirziyoyev will pay a state visit to China, his press secretary X said": the one who reports the event, after
      // its cues, is no party to it)
      if (m.label === 'PERSON' && m.first > lastCue && reportsAt(lowers, m.last + 1)) continue;
      if (m.label === 'PERSON') {
        const n = entities.people[m.entity]?.name;
        const owned = possessedEvent(doc, lowers, table, m.last);
        if (n && owned && !people.includes(n)) ownEvent.set(n, owned);
        else if (n) ownEvent.delete(n);
        if (n && !people.includes(n)) people.push(n);
      }
      if (m.label === 'ORG') { const n = entities.organizations[m.entity]?.name; if (n && !orgs.includes(n)) orgs.push(n); }
    }
    // (built by push, not filter/map: map's result is packed from the builtin but holey once this function is
    // optimised, and the code reading it was thrown away at each switch; see token-arrays.ts)
    const projectNames: string[] = [];
    for (const p of projects) if (p.evidence.some((e) => e.start === s.start)) projectNames.push(p.name);
    // ("Later in the day, X held a phone call with Y": the day of the last dated sentence, whatever its paragraph)
    // ("Before the ceremony, X met Y", "The agreement was signed in Tunis by X": an event reported already, named again
    // with "the", gives its day to a sentence that has no date of its own, whatever the paragraph)
    // (a noun of another kind names it as well: "the ceremony" of a signing)
    const referred = passing ?? backTo;
    const referredEvent = !dated && referred ? [...drafts].reverse().find((d) => d.type === referred) ?? (passing ? drafts[drafts.length - 1] : undefined) : undefined;
    const referredDate = referredEvent?.date ?? null;
    const eventDate = date ?? referredDate ?? (lastDate && (lastDate.paragraph === s.paragraph || sameDayAt(lowers, s.first, s.last)) ? lastDate.value : null);
    for (const type of types) {
      const who = people.filter((n) => (ownEvent.get(n) ?? type) === type);
      // "The two sides discussed a solar plant": a sentence with no one named that opens on the sides of the event just
      // reported adds what it discussed to that event
      const before = drafts[drafts.length - 1];
      if (!who.length && before && before.type === type && s.paragraph - before.paragraph <= 1 && phraseAt(eventWords().sides, lowers, s.first)) {
        for (const p of projectNames) if (!before.projects.includes(p)) before.projects.push(p);
        for (const o of orgs) if (!before.organizations.includes(o)) before.organizations.push(o);
        before.evidence.push({ start: s.start, end: s.end });
        continue;
      }
      if (type === 'meeting' && who.length < 1) continue;
      if (type === 'visit' && who.length < 1) continue;
      if ((type === 'agreement' || type === 'investment') && orgs.length + who.length < 1) continue;
      if (type === 'launch' && !projectNames.length && who.length < 1) continue;
      // (every field set here, so that every draft has one shape)
      const back = attends && backTo === type;
      const d: Draft = { type, date: eventDate, participants: who, organizations: [...orgs], projects: projectNames, evidence: [{ start: s.start, end: s.end }], paragraph: s.paragraph, sentence: si, refersBack: back, refersToBoth: back && both };
      drafts.push(d);
    }
  }
  const lead = doc.sentences.find((x) => x.start >= doc.bodyStart)?.paragraph ?? 0;
  return mergeEvents(drafts, lead, new Map(entities.people.map((p) => [p.name, new Set(p.roles.flatMap((r) => (r.organization ? [r.organization] : [])))])));
}

/** The event cues of one sentence: the kinds of event it names, and whether it refers back to one reported already. */
interface SentenceCues {
  types: Set<EventType> | null;
  /** "The meeting was attended by ...", "X also took part in the talks": a definite event noun (with an attendance cue,
   * it adds people to the event just reported): the kind of that event */
  backTo: EventType | null;
  /** the kind of an event named in passing ("after the ceremony"): it counts only for those who attended it */
  passing: EventType | null;
  /** "X, who attended both meetings": the last two events of that kind */
  both: boolean;
  /** the last token of the last cue */
  lastCue: number;
}

/** (Its own function so that V8 compiles recognizeEvents in two pieces: see bench/warmup.ts.) */
function sentenceCues(lowers: string[], table: ReturnType<typeof eventWords>['cues'], s: Sentence, drafts: Draft[]): SentenceCues {
  let types: Set<EventType> | null = null; // most sentences have no cue: no set for them
  let backTo: EventType | null = null;
  let passing: EventType | null = null;
  let both = false;
  let lastCue = -1;
  for (let k = s.first; k <= s.last; k++) {
    const hit = phraseAt(table, lowers, k);
    if (hit && hit.last === k && hit.value === 'meeting' && meetsANeed(lowers, k, s.last)) continue;
    // "the governor opened with the water plant", "the opening remarks": the word in another sense (events.json other_senses)
    if (hit && hit.last === k && eventWords().otherSenses.get(lowers[k])?.has(lowers[k + 1] ?? '')) continue;
    // "On the sidelines of the signing, X met Y", "Speaking after the ceremony, X said": an event reported already,
    // named in passing, is no new one (the sentence's own cues still count; "X sat in on the meeting" still adds X
    // to it, below)
    if (hit && drafts.length > 0 && BACK_DETERMINERS.has(lowers[k - 1] ?? '') && eventWords().backPrepositions.has(lowers[k - 2] ?? '')) {
      backTo = hit.value;
      passing = hit.value;
      k = hit.last;
      continue;
    }
    if (hit) {
      (types ??= new Set()).add(hit.value);
      if (BACK_DETERMINERS.has(lowers[k - 1] ?? '')) backTo = hit.value;
      else if (eventWords().backBoth.has(lowers[k - 1] ?? '') && drafts.some((d) => d.type === hit.value)) { backTo = hit.value; both = true; }
      lastCue = hit.last;
      k = hit.last;
    }
  }
  return { types, backTo, passing, both, lastCue };
}

/** A verb of reporting ("said", "told": events.json reporting_verbs) at token `k`, straight after a name. */
function reportsAt(lowers: string[], k: number): boolean {
  return eventWords().reporting.has(lowers[k] ?? '');
}

/** "later in the day", "that same day" within the sentence's first tokens (events.json same_day). */
function sameDayAt(lowers: string[], first: number, last: number): boolean {
  for (let k = first; k <= Math.min(last, first + 6); k++) if (phraseAt(eventWords().sameDay, lowers, k)) return true;
  return false;
}

/** The event type of the noun a person's possessive governs ("Wen's state visit", "Tulegenov's talks"), if any. */
function possessedEvent(doc: Doc, lowers: string[], table: PhraseTable<EventType>, last: number): EventType | null {
  const s = doc.tokens[last + 1]?.text;
  if (s !== "'s" && s !== '’s') return null;
  for (let k = last + 2; k <= Math.min(lowers.length - 1, last + 4); k++) {
    const hit = phraseAt(table, lowers, k);
    if (hit) return hit.value;
    if (doc.tokens[k].punct) return null;
  }
  return null;
}

function mergeEvents(drafts: Draft[], leadParagraph: number, employers: Map<string, Set<string>>): ExtractedEvent[] {
  // the host is whoever takes part in most meetings; two meetings are one when they share someone else
  const count = new Map<string, number>();
  for (const d of drafts) if (d.type === 'meeting') for (const p of d.participants) count.set(p, (count.get(p) ?? 0) + 1);
  let host: string | null = null;
  let max = 1;
  for (const [p, n] of count) if (n > max) { host = p; max = n; }
  // A host named once and then only by title ("President X received a delegation ... The head of state also
  // met Y"): nobody is counted twice, but a meeting sentence in the article's lead names the receiving side
  // first, and later one-name meetings are held with it
  const meetings = drafts.filter((d) => d.type === 'meeting' && !d.refersBack);
  const lead = meetings[0] && meetings[0].paragraph <= leadParagraph + 1 ? meetings[0].participants[0] : undefined;
  if (!host && lead && meetings.slice(1).some((d) => d.participants.length === 1 && d.participants[0] !== lead)) host = lead;
  // "The talks with chairman X": the other side of a one-name meeting is the article's host; such a meeting
  // with no day of its own was held on the day of the host's meeting reported before it
  let hostDate: string | null = null;
  if (host) for (const d of drafts) {
    if (d.type !== 'meeting' || d.refersBack) continue;
    if (d.participants.length === 1 && d.participants[0] !== host) {
      d.participants.unshift(host);
      d.date ??= hostDate;
    }
    if (d.participants[0] === host && d.date) hostDate = d.date;
  }
  const out: Draft[] = [];
  for (const d of drafts) {
    // meetings with the same counterpart are one meeting across the article unless their dates differ;
    // other events merge with the one just before
    const prev = [...out].reverse().find((e) => e.type === d.type && (d.paragraph - e.paragraph <= 1 ||
      (d.type === 'meeting' && (!d.date || !e.date || d.date === e.date) && d.participants.some((p) => p !== host && e.participants.includes(p)))));
    // (those who attended an event reported just before join it, whoever they are)
    const shared = prev && ((d.refersBack && d.paragraph - prev.paragraph <= 1) || d.participants.some((p) => p !== host && prev.participants.includes(p)) ||
      (d.type !== 'meeting' && d.organizations.some((o) => prev.organizations.includes(o))));
    if (prev && shared) {
      // ("Deputy Minister X, who attended both meetings": the one before it as well)
      const before = d.refersBack && d.refersToBoth ? [...out].reverse().filter((e) => e.type === d.type)[1] : undefined;
      if (before) for (const p of d.participants) if (!before.participants.includes(p)) before.participants.push(p);
      for (const p of d.participants) if (!prev.participants.includes(p)) prev.participants.push(p);
      for (const o of d.organizations) if (!prev.organizations.includes(o)) prev.organizations.push(o);
      for (const p of d.projects) if (!prev.projects.includes(p)) prev.projects.push(p);
      prev.evidence.push(...d.evidence);
      prev.date ??= d.date;
      prev.paragraph = d.paragraph;
      continue;
    }
    out.push(d);
  }
  // a meeting needs two people, or one person meeting at least two named bodies ("a delegation headed by X
  // sat down with the designers of Y"), or one named body on a day the article gives ("the minister met executives
  // of X on Monday", not his own company: "X's chief executive met reporters on Monday"): one name alone is the
  // host's diary, and an undated "has held talks with X" is background
  return out.filter((e) => e.type !== 'meeting' || e.participants.length >= 2
    || (e.participants.length === 1 && e.participants[0] !== host && (e.organizations.length >= 2
      || (e.organizations.length === 1 && e.date !== null && !employers.get(e.participants[0])?.has(e.organizations[0])))))
    .map(({ paragraph: _p, sentence: _s, refersBack: _r, refersToBoth: _b, ...e }) => e);
}

// Meetings (spec: "events: meetings match when their participant sets share a person beyond
// the host"). Only events with type "meeting" are scored.
//
// Reading of "the host":
// - Per gold document, each meeting participant is resolved to a gold person (exact name or
//   alias first, then the people rule when it points to exactly one person). The host is the
//   person who takes part in the most gold meetings, provided that is at least two meetings
//   (a premier receiving several delegations in one day). Several people tied at that count
//   are all hosts.
// - When nobody appears in two meetings (including a document with only one meeting), each
//   meeting's first-listed participant is its host (Extraction JSON lists the receiving side
//   first, as in "Tokayev met Ding").
// - A predicted meeting matches a gold one when some predicted participant is the same person
//   (people rule) as a gold participant who is not a host. Each participant stands for its own
//   side's person record when it names one (exactly, or by the people rule when only one record
//   fits), so the record's aliases count and a bare "Xi" that the prediction itself resolved to
//   "Xi Jinping" is compared as Xi Jinping.
//   When the gold meeting has nobody beyond its host (a one-participant meeting such as "Xi
//   attended the APEC meeting"), sharing any participant is enough, since there is nothing else
//   to share; a gold meeting with no participants at all matches on a shared organisation.
// - One-to-one, best pairs first: score = shared participants + 0.5 per shared organisation
//   + 0.5 when the dates are equal.
// - A gold event of another type whose `accept_types` includes "meeting" is optional: a
//   predicted meeting that matches it is neither a hit nor a false positive, and it is never a
//   miss.

import type { ExtractedEvent, Extraction, Person } from '../nlp/extraction.js';
import { arr, greedyAssign, kindScore, type Candidate } from './greedy.js';
import { orgResolver } from './match-names.js';
import { samePersonScore, type PersonLike } from './match-people.js';
import { normPersonName } from './normalize.js';
import type { KindScore } from './types.js';

type AnyEvent = ExtractedEvent & { accept_types?: string[] };

interface Participant {
  raw: PersonLike;
  /** The side's person record when the participant is exactly one of its names. */
  record: PersonLike | null;
  /** Identity used to count meetings per person in gold. */
  key: string;
}

function resolve(name: string, people: readonly Person[]): Participant {
  const raw: PersonLike = { name, aliases: [] };
  const valid = arr(people as Person[]).filter((p) => p && typeof p.name === 'string');
  let exact = -1;
  let bestExact = 0;
  valid.forEach((p, i) => {
    const s = samePersonScore(raw, p);
    if (s >= 2 && s > bestExact) { bestExact = s; exact = i; }
  });
  if (exact >= 0) return { raw, record: valid[exact], key: `#${exact}` };
  const loose = valid.map((p, i) => [p, i] as const).filter(([p]) => samePersonScore(raw, p) > 0);
  if (loose.length === 1) return { raw, record: loose[0][0], key: `#${loose[0][1]}` };
  return { raw, record: null, key: `=${normPersonName(name)}` };
}

/** A participant stands for its person record when it resolved to one, else for the bare name. */
function sameParticipant(p: Participant, g: Participant): boolean {
  return samePersonScore(p.record ?? p.raw, g.record ?? g.raw) > 0;
}

export function meetingLabel(e: ExtractedEvent): string {
  const who = arr(e.participants).filter((x) => typeof x === 'string');
  const body = who.length ? who.join(', ') : arr(e.organizations).join(', ') || '(no participants)';
  return `meeting: ${body}${e.date ? ` (${e.date})` : ''}`;
}

/** Hosts of each gold meeting, as sets of participant indexes into that meeting. */
export function meetingHosts(meetings: readonly ExtractedEvent[], people: readonly Person[]): Set<number>[] {
  const resolved = meetings.map((m) => arr(m.participants).filter((x) => typeof x === 'string').map((n) => resolve(n, people)));
  const count = new Map<string, number>();
  for (const ps of resolved) for (const k of new Set(ps.map((p) => p.key))) count.set(k, (count.get(k) ?? 0) + 1);
  const max = Math.max(0, ...count.values());
  if (meetings.length >= 2 && max >= 2) {
    const hostKeys = new Set([...count].filter(([, c]) => c === max).map(([k]) => k));
    return resolved.map((ps) => new Set(ps.flatMap((p, i) => (hostKeys.has(p.key) ? [i] : []))));
  }
  return resolved.map((ps) => new Set(ps.length ? [0] : []));
}

interface MeetingCandidate extends Candidate { optional: boolean }

export function matchMeetings(pred: Extraction, gold: Extraction): KindScore {
  const P = arr(pred.events as AnyEvent[]).filter((e) => e && e.type === 'meeting');
  const goldEvents = arr(gold.events as AnyEvent[]).filter((e) => e && (e.type === 'meeting' || arr(e.accept_types).includes('meeting')));
  const required = goldEvents.filter((e) => e.type === 'meeting');
  const optional = goldEvents.filter((e) => e.type !== 'meeting');
  const G = [...required, ...optional];
  const hosts = [...meetingHosts(required, gold.people), ...meetingHosts(optional, gold.people)];
  const orgs = orgResolver(pred.organizations, gold.organizations);

  const predParts = P.map((e) => arr(e.participants).filter((x) => typeof x === 'string').map((n) => resolve(n, pred.people)));
  const goldParts = G.map((e) => arr(e.participants).filter((x) => typeof x === 'string').map((n) => resolve(n, gold.people)));

  const cands: MeetingCandidate[] = [];
  P.forEach((p, i) => G.forEach((g, j) => {
    const pp = predParts[i];
    const gp = goldParts[j];
    const nonHost = gp.filter((_, k) => !hosts[j].has(k));
    let ok: boolean;
    if (gp.length === 0) ok = false;
    else if (nonHost.length > 0) ok = nonHost.some((x) => pp.some((y) => sameParticipant(y, x)));
    else ok = gp.some((x) => pp.some((y) => sameParticipant(y, x)));
    const sharedOrgs = arr(g.organizations).filter((o) => typeof o === 'string' && arr(p.organizations).some((q) => typeof q === 'string' && orgs.same(q, o))).length;
    if (gp.length === 0) ok = sharedOrgs > 0;
    if (!ok) return;
    const sharedPeople = gp.filter((x) => pp.some((y) => sameParticipant(y, x))).length;
    const score = sharedPeople + 0.5 * sharedOrgs + (p.date && p.date === g.date ? 0.5 : 0);
    cands.push({ pred: i, gold: j, score, optional: j >= required.length });
  }));

  // required gold meetings first; predictions left over may still land on an optional one
  const first = greedyAssign(cands.filter((c) => !c.optional));
  const usedPred = new Set(first.map((c) => c.pred));
  const second = greedyAssign(cands.filter((c) => c.optional && !usedPred.has(c.pred)));
  const ignoredPred = new Set(second.map((c) => c.pred));
  const ignoredGold = new Set(optional.map((_, k) => required.length + k));
  return kindScore(P.map(meetingLabel), G.map(meetingLabel), first, ignoredPred, ignoredGold);
}

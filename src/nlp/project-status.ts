// Status rules beside the cue lists of data/lexicon/statuses.json.
import type { Ctx } from './project-context.js';
import type { Status } from './extraction.js';
import { loadJson } from './data-dir.js';
import { getFacilityLexicon, phraseAt, phraseTable, type PhraseTable } from './facility-lexicon.js';

interface SplitCuesData { split_cues: Record<string, string[]>; split_cue_gap: number }

let decision: Set<string> | null = null;
/** "the board decided to discontinue", "voted to scrap": the 'to' at `j` follows a verb of deciding
 * (statuses.json decision_verbs), so the cue after it reports the decision, not a plan. */
export function decidesTo(ctx: Ctx, j: number): boolean {
  decision ??= new Set(loadJson<{ decision_verbs: string[] }>('lexicon/statuses.json').decision_verbs);
  if (ctx.lowers[j] !== 'to') return false;
  // ("the board resolved at its meeting of 3 March to suspend": a short phrase of time or place may stand between the
  // verb and its 'to'; no punctuation and no clause boundary)
  for (let i = j - 1; i >= Math.max(0, j - 1 - DECISION_GAP); i--) {
    const w = ctx.lowers[i];
    if (decision.has(w)) return true;
    if (ctx.toks[i].punct || CLAUSE_WORDS.has(w)) return false;
  }
  return false;
}
const DECISION_GAP = 8;
const CLAUSE_WORDS = new Set(['and', 'but', 'or', 'which', 'that', 'who', 'while', 'because']);

interface SplitCue { tail: string[]; status: Status }
let splitCues: { byHead: Map<string, SplitCue[]>; gap: number } | null = null;
function splitCueTable(): { byHead: Map<string, SplitCue[]>; gap: number } {
  if (splitCues) return splitCues;
  const d = loadJson<SplitCuesData>('lexicon/statuses.json');
  const byHead = new Map<string, SplitCue[]>();
  for (const [status, cues] of Object.entries(d.split_cues)) {
    for (const cue of cues) {
      const [head, tail] = cue.split('|').map((x) => x.trim());
      const list = byHead.get(head) ?? [];
      list.push({ tail: tail.split(/\s+/), status: status as Status });
      byHead.set(head, list);
    }
  }
  splitCues = { byHead, gap: d.split_cue_gap };
  return splitCues;
}

/** "put the 40 MW plant into service", "brought both units online", "put the tender on hold": a phrasal verb whose
 * object stands between the verb and its particle (statuses.json split_cues, 'verb|particle phrase') is the same cue
 * as the joined phrase. The object is a short noun phrase: no punctuation and no other verb's cue in between. */
export function splitCueAt(ctx: Ctx, k: number, last: number): { value: Status; last: number } | null {
  const { byHead, gap } = splitCueTable();
  const list = byHead.get(ctx.lowers[k]);
  if (!list) return null;
  for (let j = k + 2; j <= Math.min(last, k + 1 + gap); j++) {
    const t = ctx.toks[j];
    if (t.punct && t.text !== '-' && t.text !== "'s" && t.text !== '’s') return null;
    for (const c of list) {
      let ok = true;
      for (let n = 0; n < c.tail.length && ok; n++) if (ctx.lowers[j + n] !== c.tail[n]) ok = false;
      if (ok && j + c.tail.length - 1 <= last) return { value: c.status, last: j + c.tail.length - 1 };
    }
  }
  return null;
}

/** "Construction of the factory continues", "building work on the depot is in progress": two weak cues of works
 * (statuses.json weak_cues valued construction) in one clause, the noun and what it is doing, state a firm fact, as
 * "construction is under way" does. `cueLast` ends the first weak cue; the second must not be governed by a modal or
 * a negation ("construction ... will continue" stays weak). */
export function reinforcedWorks(ctx: Ctx, first: number, cueLast: number, last: number): boolean {
  const lex = getFacilityLexicon();
  for (let j = cueLast + 1; j <= Math.min(last, cueLast + REINFORCE_SPAN); j++) {
    const w = ctx.lowers[j];
    // (one clause: "a construction permit, which will continue to be reviewed" pairs nothing)
    if (w === ',' || w === ';' || w === ':' || w === '.' || w === 'but' || w === 'while' || w === 'and' || w === 'which' || w === 'that') return false;
    if (phraseAt(lex.statuses, ctx.lowers, j)?.value !== 'construction') continue;
    for (let i = Math.max(first, j - 3); i < j; i++) if (lex.modals.has(ctx.lowers[i]) || phraseAt(lex.negations, ctx.lowers, i)) return false;
    return true;
  }
  return false;
}
const REINFORCE_SPAN = 14;

const SUBORDINATORS = new Set(['when', 'once', 'until', 'unless', 'if']);
const CLAUSE_SPAN = 8;
/** "would be tendered 'when the first one is under construction'", "once the line is energised": a cue inside a clause
 * of time or condition (opened by when/once/until/unless/if, at most eight words back, no punctuation between but
 * quotes) names the moment something else waits for, not a fact about the works. */
export function inConditionClause(ctx: Ctx, first: number, k: number): boolean {
  for (let j = k - 1; j >= Math.max(first, k - CLAUSE_SPAN); j--) {
    const t = ctx.toks[j];
    if (t.punct && !/^["“”'‘’]$/.test(t.text)) return false;
    if (SUBORDINATORS.has(ctx.lowers[j])) return true;
  }
  return false;
}

/** An article may tell a project's story in order: "Kestrel signed the contract in May ... on Friday the board shelved
 * the plant". A later firm statement that the works were stopped (cancelled, shelved, suspended) is the news and
 * replaces the status an earlier sentence gave. So does a later statement of fact that the works went past the papers
 * ("signed the contract in 2024. Construction began in March", "crews are cutting the access road"): an agreement
 * comes before building and running, so the later stage is where the project stands (`stated`: the cue is said in
 * the narrator's voice and holds no modal, not "will be delivered" nor a quote's "we are building for 2030"). Other
 * later stages do not replace the first firm cue ("the loan was signed by ..." after works under way is history told
 * in passing). */
export function supersedes(before: Status, after: Status, stated = false): boolean {
  return (after === 'cancelled' && before !== 'cancelled') || (stated && before === 'agreed' && LATER_THAN_AGREED.has(after));
}
const LATER_THAN_AGREED = new Set<Status>(['construction', 'operating']);

const OPEN_QUOTES = new Set(['“', '‘']);
const CLOSE_QUOTES = new Set(['”', '’']);
/** Whether the token at `k` stands inside a quotation opened in its sentence (from `first`). */
export function insideQuotation(ctx: Ctx, first: number, k: number): boolean {
  let open = false;
  for (let j = first; j < k; j++) {
    const t = ctx.toks[j].text;
    if (t === '"') open = !open;
    else if (OPEN_QUOTES.has(t) && ctx.toks[j].punct) open = true;
    else if (CLOSE_QUOTES.has(t) && ctx.toks[j].punct) open = false;
  }
  return open;
}

let shareWords: { done: Set<string>; shares: Set<string> } | null = null;
/** "about 70 percent built", "About 40% of the quay is finished", "roughly two-thirds finished", "is 90% done": a
 * share of the works under the whole (statuses.json share_words, or a number below 100 before '%', 'percent',
 * 'per cent') followed within its clause (at most SHARE_SPAN words, no punctuation, no other number) by a done word
 * (done_words) says the works are being built. Returns the cue's span from the share to the done word. */
export function shareDoneAt(ctx: Ctx, k: number, last: number): { value: Status; last: number } | null {
  if (!shareWords) {
    const d = loadJson<{ done_words: string[]; share_words: string[] }>('lexicon/statuses.json');
    shareWords = { done: new Set(d.done_words), shares: new Set(d.share_words) };
  }
  const w = ctx.lowers[k];
  let from = -1;
  if (shareWords.shares.has(w)) from = k + 1;
  else if (w === '%' || w === 'percent' || (w === 'per' && ctx.lowers[k + 1] === 'cent')) {
    const n = Number((ctx.lowers[k - 1] ?? '').replace(/,/g, ''));
    if (!ctx.toks[k - 1]?.num || !(n > 0 && n < 100)) return null;
    from = w === 'per' ? k + 2 : k + 1;
  }
  if (from < 0) return null;
  for (let j = from; j <= Math.min(last, from + SHARE_SPAN); j++) {
    const t = ctx.toks[j];
    if (t.punct || t.num) return null;
    if (shareWords.done.has(t.lower)) return { value: 'construction', last: j };
  }
  return null;
}
const SHARE_SPAN = 10;

const RELATIVE_OPENERS = new Set(['which', 'that', 'who', 'it', 'they', 'we']);
/** "has suspended work on the float glass plant it is building", "halted the line, which is being laid by ...": a cue
 * after the project mention at `at`, behind a relative pronoun or a subject pronoun opening a clause on the mention
 * (no punctuation after the opener up to the cue), describes the works in passing; the verb of the main clause is
 * the news. */
export function inRelativeClause(ctx: Ctx, at: number, k: number): boolean {
  if (k <= at) return false;
  const lex = getFacilityLexicon();
  for (let j = k - 1; j > at; j--) {
    if (ctx.toks[j].punct) return false;
    // ("the plant that Danube Build is constructing was commissioned": the clause has its own verb before the cue, so
    // the cue is the main clause's)
    if (j < k - 1 && phraseAt(lex.statuses, ctx.lowers, j)) return false;
    if (RELATIVE_OPENERS.has(ctx.lowers[j])) return j - 1 > at || ctx.toks[j - 1]?.punct === true || j - 1 === at ? !isVerbLike(ctx.lowers[j - 1] ?? '') : false;
  }
  return false;
}
// ("said that construction began": 'that' after a verb of saying opens what was said, not a relative clause)
const isVerbLike = (w: string) => /^(said|says|say|added|noted|stated|announced|reported|confirmed|told|believes|thinks|expects|hopes)$/.test(w);

let futureDenials: { denials: PhraseTable<true>; verbs: PhraseTable<true> } | null = null;
/** "will not be built", "will no longer build", "won't be constructed": a denied future (statuses.json future_denials)
 * before a verb of making the works (denied_works_verbs, a 'be' or an adverb may stand between) says they are dropped.
 * A time after the verb ("will not be built before 2030", "until the loan is signed") makes it a delay, not a stop;
 * so does an agent ("will not be built by Kessel": someone else will). Returns the span from the denial to the verb. */
export function negatedPlanAt(ctx: Ctx, k: number, last: number): { value: Status; last: number } | null {
  if (!futureDenials) {
    const d = loadJson<{ future_denials: string[]; denied_works_verbs: string[] }>('lexicon/statuses.json');
    const table = (ws: string[]) => phraseTable(ws.map((w) => [w, true] as [string, true]));
    futureDenials = { denials: table(d.future_denials), verbs: table(d.denied_works_verbs) };
  }
  const denial = phraseAt(futureDenials.denials, ctx.lowers, k);
  if (!denial) return null;
  for (let j = denial.last + 1; j <= Math.min(last, denial.last + 3); j++) {
    const verb = phraseAt(futureDenials.verbs, ctx.lowers, j);
    if (verb) return DELAY_WORDS.has(ctx.lowers[verb.last + 1] ?? '') ? null : { value: 'cancelled', last: verb.last };
    if (ctx.toks[j].punct || !DENIAL_FILLERS.has(ctx.lowers[j])) return null;
  }
  return null;
}
const DENIAL_FILLERS = new Set(['be', 'now', 'ever', 'go', 'get', 'actually', 'then']);
const DELAY_WORDS = new Set(['until', 'before', 'by', 'yet', 'till', 'this', 'next', 'soon', 'on', 'as']);

let backReferences: Set<string> | null = null;
/** Words for the undertaking as a whole (statuses.json back_references): "the plans", "the project", "the scheme". */
function backReferenceWords(): Set<string> {
  backReferences ??= new Set(loadJson<{ back_references: string[] }>('lexicon/statuses.json').back_references);
  return backReferences;
}
/** "The plans were shelved", "the company dropped the project", "It was later scrapped": a determiner and a word for the
 * undertaking as a whole (statuses.json back_references), or a sentence opening on 'It'. */
export function refersBackToWorks(ctx: Ctx, first: number, last: number): boolean {
  if (ctx.lowers[first] === 'it') return true;
  for (let k = first + 1; k <= last; k++) if (backReferenceWords().has(ctx.lowers[k]) && BACK_DETERMINERS.has(ctx.lowers[k - 1])) return true;
  return false;
}
const BACK_DETERMINERS = new Set(['the', 'its', 'their', 'this', 'that', 'these', 'those', 'such']);

/** "But the cement project had already shrunk once", "The copper project, by contrast, was halted": a determiner, one or
 * two describing words and a word for the undertaking as a whole (statuses.json back_references), a describing word
 * being a word of another project's name and none of `p`'s. The sentence speaks of those other works, not of `p`, even
 * right after `p` was named. */
export function namesOtherWorks(ctx: Ctx, p: { name: string }, others: { name: string }[], first: number, last: number): boolean {
  const own = nameWords(p.name);
  const theirs = new Set(others.filter((o) => o !== p).flatMap((o) => [...nameWords(o.name)]).filter((w) => !own.has(w)));
  if (!theirs.size) return false;
  for (let k = first + 2; k <= last; k++) {
    if (!backReferenceWords().has(ctx.lowers[k])) continue;
    for (let d = k - 1; d >= Math.max(first, k - 3); d--) {
      if (ctx.toks[d].punct || ctx.toks[d].num) break;
      if (BACK_DETERMINERS.has(ctx.lowers[d])) {
        if (d < k - 1 && ctx.lowers.slice(d + 1, k).some((w) => theirs.has(w))) return true;
        break;
      }
    }
  }
  return false;
}
/** "cancelled the Amber Bay scheme", "Velmora's Tarvin Hills project was shelved": a run of capitalised words (at most
 * four) right before a word for the undertaking as a whole (back_references), after a determiner or a possessive.
 * Returns the token span of the name, or null. */
export function namedSchemeAt(ctx: Ctx, k: number): { first: number; last: number } | null {
  if (!backReferenceWords().has(ctx.lowers[k])) return null;
  let first = k;
  while (first - 1 >= 0 && k - first < 4 && ctx.toks[first - 1].cap && !ctx.toks[first - 1].punct && ctx.toks[first - 1].sent === ctx.toks[k].sent) first--;
  if (first === k) return null;
  const before = ctx.lowers[first - 1] ?? '';
  return BACK_DETERMINERS.has(before) || before === "'s" || before === '’s' ? { first, last: k - 1 } : null;
}

/** The words of a project's name that can tell it apart: letters only, three or more. */
export function nameWords(name: string): Set<string> {
  return new Set(name.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3));
}

/** The status of works named with no cue of their stage anywhere (statuses.json no_cue_status). */
export function noCueStatus(): Status {
  return loadJson<{ no_cue_status: Status }>('lexicon/statuses.json').no_cue_status;
}

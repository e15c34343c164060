// Status rules beside the cue lists of data/lexicon/statuses.json.
import type { Ctx } from './project-context.js';
import type { Status } from './extraction.js';
import { loadJson } from './data-dir.js';
import { getFacilityLexicon, phraseAt } from './facility-lexicon.js';

interface SplitCuesData { split_cues: Record<string, string[]>; split_cue_gap: number }

let decision: Set<string> | null = null;
/** "the board decided to discontinue", "voted to scrap": the 'to' at `j` follows a verb of deciding
 * (statuses.json decision_verbs), so the cue after it reports the decision, not a plan. */
export function decidesTo(ctx: Ctx, j: number): boolean {
  decision ??= new Set(loadJson<{ decision_verbs: string[] }>('lexicon/statuses.json').decision_verbs);
  return ctx.lowers[j] === 'to' && decision.has(ctx.lowers[j - 1] ?? '');
}

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

// Status rules beside the cue lists of data/lexicon/statuses.json.
import type { Ctx } from './project-context.js';
import { loadJson } from './data-dir.js';

let decision: Set<string> | null = null;
/** "the board decided to discontinue", "voted to scrap": the 'to' at `j` follows a verb of deciding
 * (statuses.json decision_verbs), so the cue after it reports the decision, not a plan. */
export function decidesTo(ctx: Ctx, j: number): boolean {
  decision ??= new Set(loadJson<{ decision_verbs: string[] }>('lexicon/statuses.json').decision_verbs);
  return ctx.lowers[j] === 'to' && decision.has(ctx.lowers[j - 1] ?? '');
}

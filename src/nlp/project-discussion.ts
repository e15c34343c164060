// Which project a sentence that names no works is still speaking of when it names parties ("The Asian Development
// Bank is providing senior loans."): the project whose parties are under discussion. It follows the project the
// recogniser last pinned down, except that a facility named only in passing, as the place a prepositional phrase
// points to ("it will cut diesel use at the Vuda power station", "install interlocking along the 52-km section"),
// does not take the discussion over from the project the sentence is about.
import type { ProjectDraft } from './projects.js';
import { getFacilityLexicon, phraseAt } from './facility-lexicon.js';
import { loadJson } from './data-dir.js';
import { projectWords, type Ctx } from './project-context.js';

/** The project under discussion for the parties of the next sentences. `prev` is the one so far, `current` the one the
 * recogniser now holds, `found` the projects the sentence named (with their facility word's last token). */
export function partyFocus(ctx: Ctx, prev: ProjectDraft | null, current: ProjectDraft | null, found: { draft: ProjectDraft; at: number }[], paragraph: number): ProjectDraft | null {
  if (!current) return null;
  const firm = found.filter((f) => !f.draft.plural && !f.draft.stageOf);
  if (!firm.length) return prev ?? current;
  // the last project the sentence names other than in passing holds the discussion
  const held = [...firm].reverse().find((f) => !namedInPassing(ctx, f.at));
  if (held) return held.draft;
  // every project named is named in passing: the discussion stays with the one before when the sentence still
  // speaks of it (names it, or opens its clause with "it") or names only a zone as where works stand ("Piling started
  // on the plot at Sedenak Tech Park"), and it was spoken of in this paragraph or the one before
  if (!prev || prev.paragraph < paragraph - 1) return current;
  const sentFirst = ctx.doc.sentences[ctx.toks[firm[0].at].sent].first;
  const pw = projectWords();
  if (found.some((f) => f.draft === prev) || speaksOfItBefore(ctx, sentFirst, firm[0].at) || firm.every((f) => pw.siteKinds.has(f.draft.type))) return prev;
  // ("The campus will take power through a new substation. The grid operator has confirmed the connection.": the
  // facility named in passing holds the discussion, but should nothing pin it down as works of its own, its parties
  // are those of the project it took over from)
  if (!predecessors.has(current)) predecessors.set(current, prev);
  return current;
}

const predecessors = new WeakMap<ProjectDraft, ProjectDraft>();

/** The parties of a facility named in passing that is not kept as a project go to the project it took the
 * discussion over from (when that one is kept and does not have them yet). */
export function handOverParties(all: ProjectDraft[], kept: ProjectDraft[]): void {
  const keptSet = new Set(kept);
  for (const d of all) {
    if (keptSet.has(d) || !d.orgs.size) continue;
    let to = predecessors.get(d);
    // (through a chain of facilities named in passing, to the first one kept)
    for (let n = 0; to && !keptSet.has(to) && n < 5; n++) to = predecessors.get(to);
    if (!to || !keptSet.has(to)) continue;
    // (only bodies the text gave a part: one named near the passing facility with no cue is no party of the works)
    for (const [entity, role] of d.orgs) if (!to.orgs.has(entity) && role !== 'partner') to.orgs.set(entity, role);
  }
}

/** "it" (project-words continuing_subjects) before token `to` in the sentence: "Once running, it will cut ...". */
function speaksOfItBefore(ctx: Ctx, first: number, to: number): boolean {
  const pw = projectWords();
  for (let k = first; k < to; k++) if (pw.continuingSubjects.has(ctx.lowers[k]) && !ctx.mentionAt[k]) return true;
  return false;
}

/** The facility phrase ending at `at` is the object of a preposition of place or direction (roles.json
 * passing_prepositions: "at the Vuda power station", "to a new smelter", "along the 52-km section"): right before it,
 * past its describing words, stands the preposition. Describing words in lower case count only after a determiner
 * ("to build the plant" is no passing mention: 'build' stands between "to" and "the"). */
export function namedInPassing(ctx: Ctx, at: number): boolean {
  const lex = getFacilityLexicon();
  const preps = passingPrepositions();
  const sentFirst = ctx.doc.sentences[ctx.toks[at].sent].first;
  // the facility phrase's first word
  let start = at;
  for (let j = at; j >= Math.max(sentFirst, at - 4); j--) if (phraseAt(lex.facilities, ctx.lowers, j)?.last === at) start = j;
  let lower = 0;
  for (let k = start - 1, n = 0; k >= sentFirst && n < 10; k--, n++) {
    const w = ctx.lowers[k];
    const m = ctx.mentionAt[k];
    if (m) { k = m.first; continue; }
    const q = ctx.quantityAt[k] ?? ctx.moneyAt[k];
    if (q) { k = q.first; continue; }
    if (DETERMINERS.has(w)) return preps.has(ctx.lowers[k - 1] ?? '');
    if (preps.has(w)) return lower === 0;
    const t = ctx.toks[k];
    if (t.text === '-' || t.text === '–' || w === "'s" || w === '’s' || t.num) continue;
    if (t.punct || CONJUNCTIONS.has(w)) return false;
    if (!t.cap) lower++;
    if (lower > 3) return false;
  }
  return false;
}
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that']);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor']);

let passing: Set<string> | null = null;
function passingPrepositions(): Set<string> {
  passing ??= new Set(loadJson<{ passing_prepositions: string[] }>('lexicon/roles.json').passing_prepositions);
  return passing;
}

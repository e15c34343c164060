// The lender a story's later "the loan" points back to. A lender's release or a story of one loan names in its lead the
// body whose money it is about ("The Board of the B Fund approved six new loans ...", "Tarvia signed the first of three
// loan tranches from B"); each later paragraph that says "The loan finances a new hospital wing", "The third tranche is
// meant for twelve locomotives" or "A private sector loan to C for an 85 MW solar plant" without naming a lender speaks
// of that body's money, so the body finances the works the sentence is about (roles.json lead_loan_nouns,
// loan_anaphors).
import type { Ctx } from './project-context.js';
import { isTentative, roleCue } from './project-orgs.js';
import { loadJson } from './data-dir.js';

interface LoanWords { lead_loan_nouns: string[]; loan_anaphors: string[] }
let words: { lead: Set<string>; anaphors: Set<string> } | null = null;
function loanWords(): { lead: Set<string>; anaphors: Set<string> } {
  if (!words) {
    const w = loadJson<LoanWords>('lexicon/roles.json');
    words = { lead: new Set(w.lead_loan_nouns), anaphors: new Set(w.loan_anaphors) };
  }
  return words;
}

/** The one body the lead of the story (its first two paragraphs past the headline) gives as the lender of a loan,
 * tranche or grant it speaks of: the first lead sentence that names such money and exactly one body the role cues make
 * its financier. None when that sentence names two lenders (a co-financing has no single "the loan"). */
export function leadLender(ctx: Ctx): number | null {
  const { lead } = loanWords();
  const body = ctx.doc.sentences.filter((s) => s.start >= ctx.doc.bodyStart);
  if (!body.length) return null;
  const firstParagraph = body[0].paragraph;
  for (const s of body) {
    if (s.paragraph > firstParagraph + 1) break;
    let money = false;
    for (let k = s.first; k <= s.last && !money; k++) if (!ctx.mentionAt[k] && lead.has(ctx.lowers[k])) money = true;
    if (!money) continue;
    const lenders = new Set<number>();
    for (let k = s.first; k <= s.last; k++) {
      const m = ctx.mentionAt[k];
      if (!m) continue;
      k = m.last;
      if (m.label !== 'ORG') continue;
      // ("B could offer a loan": a lender only in talks has lined nothing up)
      const cue = roleCue(ctx, m, s.first, s.last);
      if (cue.cued && cue.role === 'financier' && !isTentative(ctx, m, s.first, s.last)) lenders.add(m.entity);
    }
    if (lenders.size === 1) return [...lenders][0];
    if (lenders.size > 1) return null;
  }
  return null;
}

const DETERMINERS = new Set(['the', 'this', 'that', 'a', 'an', 'each']);
const LENDER_AFTER = new Set(['from', 'by', 'of']);

/** The sentence speaks of a loan, tranche or grant without naming whose: a determiner, at most four describing words
 * or figures ("The third tranche", "A private sector loan", "the $60 million loan"), the noun; no name before it ("a
 * World Bank loan", "B's grant") and none right after "from", "by" or "of" ("a loan from B"). */
export function speaksOfUnnamedLoan(ctx: Ctx, first: number, last: number, lender: number): boolean {
  const { anaphors } = loanWords();
  // (a sentence that names the lender itself says what its part is)
  for (let k = first; k <= last; k++) if (ctx.mentionAt[k]?.entity === lender && ctx.mentionAt[k]?.label === 'ORG') return false;
  for (let k = first; k <= last; k++) {
    if (!anaphors.has(ctx.lowers[k]) || ctx.mentionAt[k]) continue;
    if (!determinedWithoutName(ctx, first, k)) continue;
    if (lenderNamedAfter(ctx, k, last)) continue;
    return true;
  }
  return false;
}

function determinedWithoutName(ctx: Ctx, first: number, k: number): boolean {
  for (let j = k - 1, n = 0; j >= first && n <= 4; j--, n++) {
    const w = ctx.lowers[j];
    if (DETERMINERS.has(w)) return true;
    if (ctx.mentionAt[j]) return false;
    const money = ctx.moneyAt[j] ?? ctx.quantityAt[j];
    if (money) { j = money.first; continue; }
    const t = ctx.toks[j];
    if (w === "'s" || w === '’s' || (t.punct && t.text !== '-') || t.cap) return false;
  }
  return false;
}

function lenderNamedAfter(ctx: Ctx, k: number, last: number): boolean {
  for (let j = k + 1; j <= Math.min(last, k + 3); j++) {
    if (!LENDER_AFTER.has(ctx.lowers[j])) continue;
    const at = ctx.lowers[j + 1] === 'the' ? j + 2 : j + 1;
    if (ctx.mentionAt[at]?.label === 'ORG') return true;
  }
  return false;
}

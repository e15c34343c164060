// What the words around a figure say it measures: the size of one unit of a plant rather than the plant ("two 30 MW
// units", "turbines, each of 6 MW"), the size of the one project although a word for a sum stands near it ("a total
// installed capacity of 138 MW"), and whether a sum is the project's cost or one backer's share ("a $350 million loan"
// against "bringing the total cost to $612 million"). Word lists: data/lexicon/project-figures.json.
import type { Money, Quantity } from './doc.js';
import type { Ctx } from './project-context.js';
import { loadJson } from './data-dir.js';
import { parseNumber } from './quantities.js';

interface FigureWordsData {
  unit_nouns: string[]; each_words: string[]; capacity_nouns: string[]; capacity_adjectives: string[];
  cost_words: string[]; financing_words: string[]; other_budgets: string[]; target_words: string[]; current_size_words: string[]; whole_cost_words: string[]; addition_verbs: string[];
  preparation_words: string[]; purpose_verbs: string[]; offtake_verbs: string[]; revision_verbs: string[];
  grant_words?: string[]; part_length_nouns?: string[]; whole_payment_words?: string[]; share_verbs?: string[]; payment_verbs?: string[];
}

interface FigureWords {
  unitNouns: string[][]; each: Set<string>; capacityNouns: Set<string>; capacityAdjectives: Set<string>;
  costWords: Set<string>; financingWords: Set<string>; otherBudgets: Set<string>; targets: Set<string>; current: string[][]; wholeCost: Set<string>; addition: Set<string>;
  preparation: Set<string>; purposeVerbs: Set<string>; offtake: Set<string>; revision: Set<string>;
  grants: Set<string>; partLengthNouns: Set<string>; wholePayment: Set<string>; shareVerbs: Set<string>; paymentVerbs: Set<string>;
}

let words: FigureWords | null = null;
function figureWords(): FigureWords {
  if (!words) {
    const w = loadJson<FigureWordsData>('lexicon/project-figures.json');
    words = {
      // (longest first, so "power units" is read whole before "units")
      unitNouns: w.unit_nouns.map((x) => x.split(' ')).sort((a, b) => b.length - a.length),
      each: new Set(w.each_words), capacityNouns: new Set(w.capacity_nouns), capacityAdjectives: new Set(w.capacity_adjectives),
      costWords: new Set(w.cost_words), financingWords: new Set(w.financing_words), otherBudgets: new Set(w.other_budgets),
      targets: new Set(w.target_words), current: w.current_size_words.map((x) => x.split(' ')), wholeCost: new Set(w.whole_cost_words), addition: new Set(w.addition_verbs),
      preparation: new Set(w.preparation_words), purposeVerbs: new Set(w.purpose_verbs), offtake: new Set(w.offtake_verbs),
      revision: new Set(w.revision_verbs),
      grants: new Set(w.grant_words ?? []), partLengthNouns: new Set(w.part_length_nouns ?? []), wholePayment: new Set(w.whole_payment_words ?? []), shareVerbs: new Set(w.share_verbs ?? []), paymentVerbs: new Set(w.payment_verbs ?? []),
    };
  }
  return words;
}

/** The unit noun phrase ("units", "power units") starting at token k, as its last token, or -1. */
function unitNounAt(ctx: Ctx, k: number): number {
  for (const n of figureWords().unitNouns) {
    let ok = true;
    for (let j = 0; j < n.length && ok; j++) if (ctx.lowers[k + j] !== n[j]) ok = false;
    if (ok) return k + n.length - 1;
  }
  return -1;
}

const isPluralWord = (w: string) => /[^s]s$/.test(w);

/** "two 30 MW units", "23 turbines, each of 6 MW", "four reactors of 250 MW", "6 MW each": the figure sizes one of
 * several like units of the works, not the works as a whole. */
export function isUnitSize(ctx: Ctx, q: Quantity): boolean {
  if (q.kind === 'count') return false;
  const fw = figureWords();
  const before = ctx.lowers[q.first - 1] ?? '';
  if (fw.each.has(before) || (before === 'of' && fw.each.has(ctx.lowers[q.first - 2] ?? ''))) return true;
  if (fw.each.has(ctx.lowers[q.last + 1] ?? '')) return true;
  // "four reactors of 250 MW": 'of' after a plural unit noun
  if (before === 'of') {
    // (the noun of one to three words ends right before 'of': "reactors of", "power units of")
    for (let k = q.first - 2; k >= Math.max(0, q.first - 4); k--) {
      const end = unitNounAt(ctx, k);
      if (end === q.first - 2 && isPluralWord(ctx.lowers[end])) return true;
    }
  }
  // "two 30 MW units": a count of two or more right before, a plural unit noun right after
  const end = unitNounAt(ctx, q.last + 1);
  if (end >= 0 && isPluralWord(ctx.lowers[end])) {
    const c = ctx.quantityAt[q.first - 1];
    if (c && c.kind === 'count') return c.value >= 2;
    const n = parseNumber(ctx.toks, q.first - 1);
    if (n && n.last === q.first - 1 && n.value >= 2) return true;
  }
  return false;
}

/** "a total installed capacity of 138 MW", "an overall output of 1 Mt": the aggregate cue at `k` ('total', 'overall', 'combined')
 * heads a phrase for the size of the works themselves. */
export function totalsOwnSize(ctx: Ctx, k: number): boolean {
  const w = ctx.lowers[k];
  // ("three small hydropower plants with a combined capacity of 9 MW": the size of the group the project is)
  if (w !== 'total' && w !== 'overall' && w !== 'combined') return false;
  const fw = figureWords();
  let j = k + 1;
  while (j <= k + 2 && fw.capacityAdjectives.has(ctx.lowers[j] ?? '')) j++;
  return fw.capacityNouns.has(ctx.lowers[j] ?? '');
}

/** "the budget has been revised to €186 million": a budget with 'the' or 'its' (not 'the state budget') that is no
 * purse money is paid from ("from the budget") is the project's own cost. */
export function isOwnBudget(ctx: Ctx, k: number): boolean {
  if (ctx.lowers[k] !== 'budget') return false;
  // ("well above the €96 million budget", "a $40 million budget": the determiner stands before the sum)
  let d = k - 1;
  const sum = ctx.moneyAt[d];
  if (sum) d = sum.first - 1;
  const det = ctx.lowers[d] ?? '';
  const before = ctx.lowers[d - 1] ?? '';
  // ("with a budget of up to $900 million", "a $40 million budget": a budget of the works it is said of; "the city has
  // a budget of" is no such phrase)
  const own = det === 'the' || det === 'its' || det === 'revised' || ((det === 'a' || det === 'an') && (before === 'with' || !!sum));
  if (!own) return false;
  return !figureWords().otherBudgets.has(before) && !/^(from|of|in|into|out|under|through|by)$/.test(before);
}

export type MoneyRole = 'cost' | 'financing' | null;

/** What the words next to a sum say it is: the cost of the works ("a cost of", "$520 million cost", "the total cost to",
 * "the budget has been revised to") or one backer's share ("a $350 million loan", "is lending $180 million",
 * "co-financing the project with $150 million"); null when they say neither. The nearest such word in the clause decides. */
export function moneyRole(ctx: Ctx, m: Money): MoneyRole {
  const fw = figureWords();
  const next = ctx.lowers[m.last + 1] ?? '';
  if (fw.financingWords.has(next)) return 'financing';
  if (fw.costWords.has(next) && next !== 'worth') return 'cost';
  const s = ctx.doc.sentences[ctx.toks[m.first].sent];
  for (let k = m.first - 1; k >= Math.max(s.first, m.first - 7); k--) {
    const w = ctx.lowers[k];
    if (w === ';' || w === '.' || w === ':' || ctx.moneyAt[k]) return null;
    if (fw.financingWords.has(w)) return 'financing';
    if (w === 'budget') return isOwnBudget(ctx, k) ? 'cost' : null;
    if (fw.costWords.has(w)) return 'cost';
  }
  // "The total cost of the project, including its storage and a 66 km line, is estimated at $410 million": a sentence
  // whose subject is the cost (a cost word among its first words) states the cost in its predicate, however long the
  // subject runs
  if (ctx.lowers[m.first - 1] !== 'at' && ctx.lowers[m.first - 1] !== 'to') return null;
  let subject = -1;
  for (let k = s.first; k <= Math.min(m.first - 1, s.first + SUBJECT_WORDS); k++) {
    if (fw.financingWords.has(ctx.lowers[k])) return null;
    if (fw.costWords.has(ctx.lowers[k])) { subject = k; break; }
  }
  if (subject < 0) return null;
  for (let k = subject + 1; k < m.first; k++) if (ctx.lowers[k] === ';' || ctx.moneyAt[k]) return null;
  return 'cost';
}

/** How far into a sentence its subject's head noun may stand ("The total estimated cost of ..."). */
const SUBJECT_WORDS = 3;

/** "the agency will give a grant of $9.5 million", "and the department will add $4.5 million": one giver's part of the
 * works' cost, which is no amount of the project (gold convention). A grant is the amount only when the clause says it
 * pays for the whole ("paid for entirely by a ¥4.2 billion grant"); a sum a party adds (share_verbs right before it, at
 * most two words between) is a part whatever else is said. */
export function isShareOfCost(ctx: Ctx, m: Money): boolean {
  const fw = figureWords();
  const s = ctx.doc.sentences[ctx.toks[m.first].sent];
  // ("will add $4.5 million", "adds a further $2 million"; not "would add a $30 million juice factory", where the sum
  // sizes the works added)
  for (let k = m.first - 1; k >= Math.max(s.first, m.first - 3); k--) {
    if (fw.shareVerbs.has(ctx.lowers[k])) return true;
    if (!/^(another|further|a)$/.test(ctx.lowers[k]) || (ctx.lowers[k] === 'a' && ctx.lowers[k + 1] !== 'further')) break;
  }
  // the grant word right before the sum ("a grant of", "a $9.5 million grant", "grants worth"), in its clause
  let grant = fw.grants.has(ctx.lowers[m.last + 1] ?? '');
  for (let k = m.first - 1; !grant && k >= Math.max(s.first, m.first - 5); k--) {
    if (ctx.toks[k].punct || ctx.moneyAt[k]) break;
    if (fw.grants.has(ctx.lowers[k])) grant = true;
  }
  if (!grant) return false;
  for (let k = s.first; k <= s.last; k++) if (fw.wholePayment.has(ctx.lowers[k])) return false;
  // ("a jetty paid for by a 30 million euro grant", "funded by a $6 million grant": the grant pays for the works)
  for (let k = m.first - 1; k >= Math.max(s.first, m.first - 5); k--) {
    if (fw.paymentVerbs.has(ctx.lowers[k])) return false;
    if (ctx.toks[k].punct) break;
  }
  return true;
}

const financing = new WeakSet<object>();
/** Remember that the amount set for a project came from a backer's share, so that its stated cost may replace it. */
export function markFinancing(amount: object): void { financing.add(amount); }
export function isFinancingAmount(amount: object): boolean { return financing.has(amount); }

/** "aims to add more than 1,500 MW of generating capacity by 2030", "wants to pave a further 1,000 kilometres of roads
 * by 2028": a figure followed (within eight words, in its sentence) by 'by' and a year, in a sentence with a word of
 * aims (project-figures.json target_words), is a target, not the size of works. */
export function isTargetFigure(ctx: Ctx, first: number, last: number): boolean {
  const s = ctx.doc.sentences[ctx.toks[first].sent];
  let deadline = false;
  for (let k = last + 1; k <= Math.min(s.last - 1, last + 8); k++) {
    if (ctx.lowers[k] === 'by' && /^(19|20)\d\d$/.test(ctx.lowers[k + 1] ?? '')) { deadline = true; break; }
  }
  if (!deadline) return false;
  for (let k = s.first; k <= s.last; k++) if (figureWords().targets.has(ctx.lowers[k])) return true;
  return false;
}

/** The current-size word (project-figures.json current_size_words) that ends at token `end`, or null. */
function currentWordEndingAt(ctx: Ctx, end: number): boolean {
  for (const c of figureWords().current) {
    let ok = end - c.length + 1 >= 0;
    for (let j = 0; j < c.length && ok; j++) if (ctx.lowers[end - c.length + 1 + j] !== c[j]) ok = false;
    if (ok) return true;
  }
  return false;
}

/** "the plant, which currently has 400 MW, will grow to 650 MW", "now producing 1.2 million tonnes a year, will be
 * expanded to 2 million tonnes", "to 650 MW; it has 400 MW today": a figure marked as the size now (a current-size word
 * within three words before it, no punctuation between, or right after it) is where an expansion starts from when
 * `growsTo` says another figure of its unit in the sentence follows 'to'. */
export function isCurrentSize(ctx: Ctx, q: Quantity, growsTo: () => boolean): boolean {
  let marked = currentWordEndingAt(ctx, q.last + 1) || (ctx.lowers[q.last + 1] === 'at' && ctx.lowers[q.last + 2] === 'present');
  for (let k = q.first - 1; !marked && k >= Math.max(0, q.first - 3); k--) {
    if (ctx.toks[k].punct) break;
    if (ctx.lowers[k] === 'to') return false; // "will now grow to 650 MW" is the new size
    if (currentWordEndingAt(ctx, k)) marked = true;
  }
  return marked && growsTo();
}

/** "will add 250 MW", "adding a further 2 Mt": the figure is what new works add (project-figures.json addition_verbs
 * right before it, at most two words between, no punctuation). */
export function addedBy(ctx: Ctx, q: Quantity): boolean {
  for (let k = q.first - 1; k >= Math.max(0, q.first - 3); k--) {
    if (figureWords().addition.has(ctx.lowers[k])) return true;
    if (ctx.toks[k].punct) return false;
  }
  return false;
}

const NOT_PRODUCT = new Set(['the', 'its', 'their', 'a', 'an', 'this', 'that', 'these', 'those', 'which', 'capacity', 'output', 'production']);

/** What a mass or volume figure measures: its item ("3 million tonnes of ore a year"), else the word after 'of'
 * ("60,000 tonnes of copper", "120,000 tonnes of MHP"); null when none is named. */
export function productOf(ctx: Ctx, q: Quantity): string | null {
  if (q.item) return q.item;
  if (ctx.lowers[q.last + 1] !== 'of') return null;
  const t = ctx.toks[q.last + 2];
  if (!t || t.punct || t.num || NOT_PRODUCT.has(t.lower)) return null;
  return t.lower;
}

/** "84 turbines of 6 MW, a total of 504 MW", "four units of 150 MW each, totalling 600 MW": an aggregate word before a
 * figure whose sentence sized one unit of the same kind earlier (isUnitSize) sums those units: the size of the whole
 * plant, not a sum over several deals. */
export function sumsUnitSizes(ctx: Ctx, q: Quantity): boolean {
  const s = ctx.doc.sentences[ctx.toks[q.first].sent];
  for (const o of ctx.doc.quantities) {
    if (o.first < s.first) continue;
    if (o.first >= q.first) break;
    // (in one clause, close by: "two 150 MW units; the firm has a total of 2,000 MW" sums something else)
    if (o.unit !== q.unit || q.first - o.last > SUM_SPAN || !isUnitSize(ctx, o)) continue;
    let clause = true;
    for (let k = o.last + 1; k < q.first && clause; k++) if (ctx.lowers[k] === ';' || ctx.lowers[k] === '.') clause = false;
    if (clause) return true;
  }
  return false;
}
const SUM_SPAN = 12;

/** "which will cost $300 million in total", "is budgeted at $45 million in all": 'total' or 'all' after 'in' right
 * behind a sum that a cost word (whole_cost_words) at most two words before names as the cost: the whole cost of the works,
 * not a sum over several deals. `k` is the aggregate cue, `first`/`last` the sum. */
export function isWholeCost(ctx: Ctx, k: number, first: number, last: number): boolean {
  if (k !== last + 2 || ctx.lowers[last + 1] !== 'in' || (ctx.lowers[k] !== 'total' && ctx.lowers[k] !== 'all')) return false;
  const fw = figureWords();
  for (let j = first - 1; j >= Math.max(0, first - 3); j--) {
    if (fw.wholeCost.has(ctx.lowers[j])) return true;
    if (ctx.toks[j].punct) return false;
  }
  return false;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const TIME_OPENERS = new Set(['on', 'in', 'last', 'this', 'next']);

/** "approved 12 million lev to pay for the design", "$400,000 for a feasibility study", "to fund the detailed
 * survey": what the sum right after it pays for is paperwork before the works (project-figures.json
 * preparation_words), so it is no amount of the works. Not "for the design and construction of the plant". */
export function paysForPreparation(ctx: Ctx, m: Money): boolean {
  const fw = figureWords();
  let j = m.last + 1;
  // ("approved 2 million lev on Thursday to pay for the design": a short time phrase may stand between)
  if (TIME_OPENERS.has(ctx.lowers[j] ?? '') && !ctx.toks[j + 1]?.punct && (ctx.lowers[j + 2] === 'to' || ctx.lowers[j + 2] === 'for')) j += 2;
  let verb = false;
  if (ctx.lowers[j] === 'to' && fw.purposeVerbs.has(ctx.lowers[j + 1] ?? '')) { j += 2; verb = true; }
  // ('on': "has spent $30 million on studies")
  if (ctx.lowers[j] === 'for' || ctx.lowers[j] === 'towards' || ctx.lowers[j] === 'toward' || ctx.lowers[j] === 'on') j++;
  else if (!verb) return false;
  if (DETERMINERS.has(ctx.lowers[j] ?? '')) j++;
  for (let k = j; k <= j + 2; k++) {
    const t = ctx.toks[k];
    if (!t || t.punct || t.num) return false;
    if (fw.preparation.has(t.lower)) {
      const next = ctx.lowers[k + 1] ?? '';
      return next !== 'and' && next !== '&' && next !== '-' && next !== 'or';
    }
  }
  return false;
}

/** "a contract to take up to 40 MW from the new substation", "will buy 20 MW": the figure is the object of a verb of
 * buying or drawing (project-figures.json offtake_verbs) right before it: what a buyer takes, not the works' size. A count
 * of things bought is not one. */
export function isOfftake(ctx: Ctx, q: Quantity): boolean {
  // ("agreed to buy 12 electric locomotives": things bought are the order itself)
  return q.kind !== 'count' && figureWords().offtake.has(ctx.lowers[q.first - 1] ?? '');
}

const REVISION_QUALIFIERS = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'more', 'than', 'over', 'an', 'estimated']);
/** "Its cost has since risen to $1.1 billion", "the budget was cut to €90 million": a sum after a verb of revision
 * and 'to' (project-figures.json revision_verbs), with a cost word earlier in its clause and no financing word
 * between ("the bank raised its loan to $150 million" is one backer's share), is a new figure for the cost. */
export function revisedCost(ctx: Ctx, m: Money): boolean {
  const fw = figureWords();
  let k = m.first - 1;
  while (k > 0 && REVISION_QUALIFIERS.has(ctx.lowers[k])) k--;
  if (ctx.lowers[k] !== 'to' || !fw.revision.has(ctx.lowers[k - 1] ?? '')) return false;
  const s = ctx.doc.sentences[ctx.toks[m.first].sent];
  for (let j = k - 2; j >= Math.max(s.first, k - 10); j--) {
    const w = ctx.lowers[j];
    if (ctx.toks[j].punct || ctx.moneyAt[j] || fw.financingWords.has(w)) return false;
    if (fw.costWords.has(w) && w !== 'worth' && w !== 'valued') return true;
  }
  return false;
}

/** "19 km of new heating pipes", "about 21.6 km of access roads", "62 kilometres of the canal": a length followed by 'of'
 * and a word for a linear part (project-figures.json part_length_nouns) over at most two plain lower-case words; the
 * part's words, as its item, or null. */
export function partLength(ctx: Ctx, q: Quantity): string | null {
  if (q.kind !== 'length' || ctx.lowers[q.last + 1] !== 'of') return null;
  const fw = figureWords();
  for (let k = q.last + 2; k <= q.last + 4; k++) {
    const t = ctx.toks[k];
    if (!t || t.punct || t.num || t.cap) return null;
    if (fw.partLengthNouns.has(t.lower)) {
      // (the head of its phrase: "62 km of the canal", not "62 km of line work")
      const next = ctx.toks[k + 1];
      if (next && !next.punct && !next.cap && /^\p{Ll}+$/u.test(next.text) && !/^(and|or|to|from|in|at|for|across|along|between|through|that|which|with|on|by|of|will|would|is|are|was|were)$/.test(next.lower)) return null;
      return ctx.doc.text.slice(ctx.toks[q.last + 2].start, t.end).replace(/^(the|its|their|new)\s+/i, '');
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return null;
  }
  return null;
}

// Projects (spec: "a predicted project matches a gold one when its type is the gold type (or in
// the gold's accept_types) and it shares at least one place, organisation or capacity value
// (within 1%). Matching is one-to-one, best pairs first.").
//
// - Places and organisations a project lists are compared through NameResolver: a name stands
//   for every form the document's `places` / `organizations` records give it, on either side
//   (gold "Oskemen" with alias "Ust-Kamenogorsk" meets a predicted "Ust-Kamenogorsk"; a
//   predicted "CNPC" meets gold "China National Petroleum Corporation" when either side lists
//   CNPC as its alias), after the place / organisation normalisation.
// - Capacity values are shared when the units are equal (case-insensitive) and the predicted
//   value is within 1% of the gold value.
// - Pair score = number of gold places, organisations and capacity values the prediction
//   shares + the token similarity (Jaccard, 0..1) of the two names (gold aliases included).
//   Pairs are then taken greedily, highest score first.

import type { Amount, Capacity, Extraction, Project, ProjectOrg } from '../nlp/extraction.js';
import { arr, greedyAssign, kindScore, type Candidate } from './greedy.js';
import { orgResolver, placeResolver, type NameResolver } from './match-names.js';
import { normProjectName, tokenJaccard } from './normalize.js';
import type { AttributeResult, KindScore, ProjectPairScore, RoleResult } from './types.js';

/** A gold project: the spec lets gold add other fair readings and other stated amounts. */
export interface GoldProjectExtras {
  accept_types?: string[];
  accept_sectors?: string[];
  accept_status?: string[];
  amount_alternatives?: Amount[];
  aliases?: string[];
  project_key?: string;
}
type AnyProject = Project & GoldProjectExtras;

const TOLERANCE = 0.01;

export function withinTolerance(pred: number, gold: number): boolean {
  if (typeof pred !== 'number' || typeof gold !== 'number' || !Number.isFinite(pred) || !Number.isFinite(gold)) return false;
  if (gold === 0) return pred === 0;
  return Math.abs(pred - gold) <= TOLERANCE * Math.abs(gold);
}

function unitKey(u: unknown): string {
  return typeof u === 'string' ? u.trim().toLowerCase() : '';
}

export function sameCapacity(p: Capacity, g: Capacity): boolean {
  return !!p && !!g && unitKey(p.unit) === unitKey(g.unit) && withinTolerance(p.value, g.value);
}

export function sameAmount(p: Amount | null | undefined, g: Amount | null | undefined): boolean {
  if (!p || !g) return false;
  const pc = typeof p.currency === 'string' ? p.currency.trim().toUpperCase() : '';
  const gc = typeof g.currency === 'string' ? g.currency.trim().toUpperCase() : '';
  return pc !== '' && pc === gc && withinTolerance(p.value, g.value);
}

export function typeAccepted(pred: Project, gold: AnyProject): boolean {
  return pred.type === gold.type || arr(gold.accept_types).includes(pred.type);
}

function topSector(s: unknown): string {
  return typeof s === 'string' ? s.split('.')[0].trim().toLowerCase() : '';
}

function capText(c: Capacity): string {
  return `${c.value} ${c.unit}`;
}

function amountText(a: Amount | null | undefined): string | null {
  return a ? `${a.value} ${a.currency}` : null;
}

function orgNames(p: Project): string[] {
  return arr(p.organizations as ProjectOrg[]).filter((o) => o && typeof o.name === 'string').map((o) => o.name);
}

function placeNames(p: Project): string[] {
  return arr(p.places).filter((x): x is string => typeof x === 'string');
}

/** Gold names that some predicted name meets (the gold side's spelling). */
function sharedNames(pred: string[], gold: string[], r: NameResolver): string[] {
  return gold.filter((g) => pred.some((p) => r.same(p, g)));
}

/** Set equality under the resolver: every gold name is met by a predicted one and vice versa. */
function sameNameSet(pred: string[], gold: string[], r: NameResolver): { right: boolean; note?: string } {
  const missing = gold.filter((g) => !pred.some((p) => r.same(p, g)));
  const extra = pred.filter((p) => !gold.some((g) => r.same(p, g)));
  if (missing.length === 0 && extra.length === 0) return { right: true };
  const parts: string[] = [];
  if (missing.length) parts.push(`missing ${missing.join(', ')}`);
  if (extra.length) parts.push(`extra ${extra.join(', ')}`);
  return { right: false, note: parts.join('; ') };
}

function nameSimilarity(pred: AnyProject, gold: AnyProject): number {
  const pn = [pred.name, ...arr(pred.aliases)].filter((x) => typeof x === 'string').map(normProjectName);
  const gn = [gold.name, ...arr(gold.aliases)].filter((x) => typeof x === 'string').map(normProjectName);
  let best = 0;
  for (const a of pn) for (const b of gn) best = Math.max(best, tokenJaccard(a, b));
  return best;
}

interface ProjectCandidate extends Candidate {
  shared: ProjectPairScore['shared'];
  nameSimilarity: number;
}

/** Whether two projects may be paired, and how well; null when they may not. */
export function projectCandidate(
  pred: Project, gold: AnyProject, places: NameResolver, orgs: NameResolver,
): Omit<ProjectCandidate, 'pred' | 'gold'> | null {
  if (!typeAccepted(pred, gold)) return null;
  const shared = {
    places: sharedNames(placeNames(pred), placeNames(gold), places),
    organizations: sharedNames(orgNames(pred), orgNames(gold), orgs),
    capacity: arr(gold.capacity).filter((g) => arr(pred.capacity).some((p) => sameCapacity(p, g))).map(capText),
  };
  const n = shared.places.length + shared.organizations.length + shared.capacity.length;
  if (n === 0) return null;
  const sim = nameSimilarity(pred, gold);
  return { score: n + sim, shared, nameSimilarity: sim };
}

// ---------------------------------------------------------------- attributes of a matched pair

/**
 * Capacity is right when every gold value is met by a predicted value (same unit, within 1%)
 * and every predicted value meets some gold value. So an extra predicted capacity that the gold
 * does not state makes the attribute wrong (a wrong number is an error an analyst would have to
 * remove), while the same value stated twice ("720-megawatt" and "720,000 kilowatts" both
 * giving 720 MW) is not an extra. No capacity on either side is right.
 */
export function scoreCapacity(pred: Capacity[], gold: Capacity[]): AttributeResult {
  const P = arr(pred);
  const G = arr(gold);
  const missing = G.filter((g) => !P.some((p) => sameCapacity(p, g)));
  const extra = P.filter((p) => !G.some((g) => sameCapacity(p, g)));
  const right = missing.length === 0 && extra.length === 0;
  const result: AttributeResult = { right, predicted: P.map(capText), gold: G.map(capText) };
  if (!right) {
    const parts: string[] = [];
    if (missing.length) parts.push(`missing ${missing.map(capText).join(', ')}`);
    if (extra.length) parts.push(`extra ${extra.map(capText).join(', ')}`);
    result.note = parts.join('; ');
  }
  return result;
}

/**
 * Amount is right when the predicted amount has the gold currency and a value within 1% of the
 * gold value or of one of the gold's `amount_alternatives`; no amount on both sides is right.
 * The qualifier (over, about...) is not scored.
 */
export function scoreAmount(pred: Amount | null | undefined, gold: AnyProject): AttributeResult {
  const g = gold.amount ?? null;
  const alts = arr(gold.amount_alternatives);
  const p = pred ?? null;
  let right: boolean;
  if (p === null) right = g === null;
  else right = sameAmount(p, g) || alts.some((a) => sameAmount(p, a));
  const result: AttributeResult = { right, predicted: amountText(p), gold: amountText(g) };
  if (alts.length) result.note = `also accepted: ${alts.map((a) => amountText(a)).join(', ')}`;
  return result;
}

export function scoreSector(pred: Project, gold: AnyProject): AttributeResult {
  const p = topSector(pred.sector);
  const accepted = [gold.sector, ...arr(gold.accept_sectors)].map(topSector);
  const result: AttributeResult = { right: p !== '' && accepted.includes(p), predicted: pred.sector ?? null, gold: gold.sector };
  if (arr(gold.accept_sectors).length) result.note = `also accepted: ${arr(gold.accept_sectors).join(', ')}`;
  return result;
}

export function scoreStatus(pred: Project, gold: AnyProject): AttributeResult {
  const accepted = [gold.status, ...arr(gold.accept_status)];
  const result: AttributeResult = { right: accepted.includes(pred.status), predicted: pred.status ?? null, gold: gold.status };
  if (arr(gold.accept_status).length) result.note = `also accepted: ${arr(gold.accept_status).join(', ')}`;
  return result;
}

/**
 * Roles: the project's organisations are paired one-to-one (same organisation by the resolver,
 * gold order first); every pair is one role judgement, right when the two roles are equal.
 * Organisations on one side only count for the organisations attribute, not here.
 */
export function scoreRoles(pred: Project, gold: Project, orgs: NameResolver): RoleResult[] {
  const P = arr(pred.organizations as ProjectOrg[]).filter((o) => o && typeof o.name === 'string');
  const G = arr(gold.organizations as ProjectOrg[]).filter((o) => o && typeof o.name === 'string');
  const cands: Candidate[] = [];
  P.forEach((p, i) => G.forEach((g, j) => {
    if (orgs.same(p.name, g.name)) cands.push({ pred: i, gold: j, score: p.name === g.name ? 2 : 1 });
  }));
  return greedyAssign(cands).map((m) => {
    const p = P[m.pred];
    const g = G[m.gold];
    return { organization: g.name, predicted: p.role ?? null, gold: g.role ?? null, right: p.role === g.role };
  });
}

export function scoreProjectPair(
  pred: AnyProject, gold: AnyProject, places: NameResolver, orgs: NameResolver,
): Pick<ProjectPairScore, 'attributes' | 'roles'> {
  const pp = placeNames(pred);
  const gp = placeNames(gold);
  const po = orgNames(pred);
  const go = orgNames(gold);
  const placeEq = sameNameSet(pp, gp, places);
  const orgEq = sameNameSet(po, go, orgs);
  return {
    attributes: {
      sector: scoreSector(pred, gold),
      status: scoreStatus(pred, gold),
      capacity: scoreCapacity(pred.capacity, gold.capacity),
      amount: scoreAmount(pred.amount, gold),
      places: { right: placeEq.right, predicted: pp, gold: gp, ...(placeEq.note ? { note: placeEq.note } : {}) },
      organizations: { right: orgEq.right, predicted: po, gold: go, ...(orgEq.note ? { note: orgEq.note } : {}) },
    },
    roles: scoreRoles(pred, gold, orgs),
  };
}

export interface ProjectMatch {
  kind: KindScore;
  pairs: ProjectPairScore[];
}

export function matchProjects(pred: Extraction, gold: Extraction): ProjectMatch {
  const P = arr(pred.projects as AnyProject[]).filter((p) => p && typeof p.name === 'string');
  const G = arr(gold.projects as AnyProject[]).filter((g) => g && typeof g.name === 'string');
  const places = placeResolver(pred.places, gold.places);
  const orgs = orgResolver(pred.organizations, gold.organizations);
  const cands: ProjectCandidate[] = [];
  P.forEach((p, i) => G.forEach((g, j) => {
    const c = projectCandidate(p, g, places, orgs);
    if (c) cands.push({ pred: i, gold: j, ...c });
  }));
  const matches = greedyAssign(cands);
  const kind = kindScore(P.map((p) => p.name), G.map((g) => g.name), matches);
  const pairs: ProjectPairScore[] = matches.map((m) => ({
    pred: P[m.pred].name,
    gold: G[m.gold].name,
    predIndex: m.pred,
    goldIndex: m.gold,
    shared: m.shared,
    nameSimilarity: m.nameSimilarity,
    ...scoreProjectPair(P[m.pred], G[m.gold], places, orgs),
  }));
  return { kind, pairs };
}

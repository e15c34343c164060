// Result shapes of the scorer. Everything here is plain data (strings, numbers, booleans,
// null, arrays, objects) so an EvalReport can be printed with JSON.stringify as it is.

export const ENTITY_KINDS = ['people', 'organizations', 'places', 'projects', 'meetings'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ATTRIBUTES = ['sector', 'status', 'capacity', 'amount', 'places', 'organizations', 'roles'] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

/** Counts plus the derived precision, recall and F1 (0..1). */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** One predicted item paired with one gold item. */
export interface MatchedPair {
  pred: string;
  gold: string;
  predIndex: number;
  goldIndex: number;
}

export interface KindScore extends Prf {
  matched: MatchedPair[];
  /** Gold items no prediction matched (false negatives), by name. */
  missed: string[];
  /** Predicted items that matched no gold item (false positives), by name. */
  falsePositives: string[];
}

export interface RightTotal {
  right: number;
  total: number;
}

export interface AttributeTally extends RightTotal {
  /** right / total, or null when nothing was scored. */
  share: number | null;
}

/** One attribute of one matched project pair, with both values as they were compared. */
export interface AttributeResult {
  right: boolean;
  predicted: unknown;
  gold: unknown;
  /** Why it was judged so, when that is not obvious from the two values. */
  note?: string;
}

export interface RoleResult {
  organization: string; // the gold organisation's name
  predicted: string | null;
  gold: string | null;
  right: boolean;
}

export interface ProjectPairScore extends MatchedPair {
  /** What the two projects share (the features that allowed the match). */
  shared: { places: string[]; organizations: string[]; capacity: string[] };
  nameSimilarity: number;
  attributes: {
    sector: AttributeResult;
    status: AttributeResult;
    capacity: AttributeResult;
    amount: AttributeResult;
    places: AttributeResult;
    organizations: AttributeResult;
  };
  /** One entry per organisation listed on both projects. */
  roles: RoleResult[];
}

export interface DocumentScore {
  kinds: Record<EntityKind, KindScore>;
  projectPairs: ProjectPairScore[];
  attributes: Record<AttributeName, RightTotal>;
}

export interface DocumentReport {
  /** The document's file name (NAME.txt or NAME.html). */
  name: string;
  path: string;
  goldPath: string;
  /** Set when extraction (or reading the gold file) failed; the document then counts as all misses. */
  error: string | null;
  score: DocumentScore;
}

export interface EvalReport {
  dir: string;
  documents: DocumentReport[];
  /** Micro-averaged over documents: TP, FP and FN summed, then P/R/F1. */
  totals: Record<EntityKind, Prf>;
  attributes: Record<AttributeName, AttributeTally>;
  errors: number;
}

import type { Prf, RightTotal, AttributeTally } from './types.js';

/**
 * Precision, recall and F1 from counts; F1 = 2PR/(P+R), 0 when both are 0.
 * Empty denominators: nothing in gold and nothing predicted is a perfect 1/1/1 (a document
 * without meetings that predicts none did its job); otherwise an empty denominator gives 0
 * (nothing predicted against a non-empty gold: P 0, R 0; predictions against an empty gold:
 * P 0, R 0), so a failed document never shows a flattering precision. F1 always equals
 * 2tp / (2tp + fp + fn), or 1 when all three counts are 0.
 */
export function prf(tp: number, fp: number, fn: number): Prf {
  if (tp + fp + fn === 0) return { tp, fp, fn, precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function share(t: RightTotal): AttributeTally {
  return { right: t.right, total: t.total, share: t.total === 0 ? null : t.right / t.total };
}

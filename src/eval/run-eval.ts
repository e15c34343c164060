// Runs an extractor over every document in a folder that has a gold file beside it
// (NAME.txt or NAME.html with NAME.gold.json) and scores it.

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Extraction } from '../nlp/extraction.js';
import { prf, share } from './metrics.js';
import { emptyExtraction, scoreDocument } from './score-document.js';
import { ATTRIBUTES, ENTITY_KINDS, type AttributeName, type DocumentReport, type EntityKind, type EvalReport, type Prf } from './types.js';

const DOC_EXT = /\.(txt|html)$/i;

export interface EvalDocument {
  name: string;
  path: string;
  goldPath: string;
}

/** Documents in `dir` that have a gold file beside them, sorted by file name. */
export async function findEvalDocuments(dir: string): Promise<EvalDocument[]> {
  const names = (await readdir(dir)).filter((n) => DOC_EXT.test(n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: EvalDocument[] = [];
  for (const name of names) {
    const goldPath = join(dir, `${name.replace(DOC_EXT, '')}.gold.json`);
    if (existsSync(goldPath)) out.push({ name, path: join(dir, name), goldPath });
  }
  return out;
}

function message(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split('\n')[0] || 'unknown error';
}

/** Sums a list of document scores into micro-averaged totals and attribute tallies. */
export function aggregate(dir: string, documents: DocumentReport[]): EvalReport {
  const totals = {} as Record<EntityKind, Prf>;
  for (const k of ENTITY_KINDS) {
    let tp = 0, fp = 0, fn = 0;
    for (const d of documents) {
      const s = d.score.kinds[k];
      tp += s.tp; fp += s.fp; fn += s.fn;
    }
    totals[k] = prf(tp, fp, fn);
  }
  const attributes = {} as EvalReport['attributes'];
  for (const a of ATTRIBUTES as readonly AttributeName[]) {
    let right = 0, total = 0;
    for (const d of documents) { right += d.score.attributes[a].right; total += d.score.attributes[a].total; }
    attributes[a] = share({ right, total });
  }
  return { dir, documents, totals, attributes, errors: documents.filter((d) => d.error !== null).length };
}

/**
 * Extracts and scores every document. A document whose extraction throws (or returns nothing
 * usable) is reported with its error and scored as an empty extraction, so every gold item in
 * it counts as a miss. A gold file that cannot be read is reported the same way and scored as
 * empty against empty (it adds no counts), since there is nothing to score against.
 */
export async function runEval(dir: string, extract: (path: string) => Promise<Extraction>): Promise<EvalReport> {
  const docs = await findEvalDocuments(dir);
  const reports: DocumentReport[] = [];
  for (const doc of docs) {
    let gold: Extraction;
    try {
      gold = JSON.parse(await readFile(doc.goldPath, 'utf8')) as Extraction;
    } catch (e) {
      reports.push({ ...doc, error: `cannot read gold: ${message(e)}`, score: scoreDocument(emptyExtraction(doc.path), emptyExtraction(doc.path)) });
      continue;
    }
    let pred: Extraction;
    let error: string | null = null;
    try {
      pred = await extract(doc.path);
      if (!pred || typeof pred !== 'object') throw new Error('extractor returned no extraction');
    } catch (e) {
      error = `extraction failed: ${message(e)}`;
      pred = emptyExtraction(doc.path);
    }
    reports.push({ ...doc, error, score: scoreDocument(pred, gold) });
  }
  return aggregate(dir, reports);
}

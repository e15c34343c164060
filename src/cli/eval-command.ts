import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput } from '../ingest/read-inputs.js';
import { isFailure } from '../ingest/document.js';
import { extractDocument, ingestDocuments } from '../pipeline/ingest-documents.js';
import { runEval, renderEvalReport } from '../eval/index.js';
import { renderKbReport, runKbEval } from '../eval/kb-eval.js';
import { openSqliteStore } from '../store/sqlite-store.js';

/** `corridor eval DIR`: scores extraction against the NAME.gold.json files beside the articles. */
export async function runEvalCommand(dir: string, opts: { json?: boolean; explain?: boolean; kb?: boolean; lexicon?: string[] }): Promise<number> {
  if (opts.kb) return runKbEvalCommand(dir, opts);
  const report = await runEval(dir, async (path) => {
    const results = await readInput(path);
    const first = results[0];
    if (!first) throw new Error('no document');
    if (isFailure(first)) throw new Error(first.reason);
    return extractDocument(first);
  });
  process.stdout.write(renderEvalReport(report, opts));
  return 0;
}

/** `--kb`: ingest the folder into a fresh database (removed afterwards) and score the merging. */
async function runKbEvalCommand(dir: string, opts: { json?: boolean; explain?: boolean; lexicon?: string[] }): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), 'corridor-kb-eval-'));
  const store = openSqliteStore(join(tmp, 'register.db'));
  try {
    const report = await runKbEval(dir, store, async (paths) => {
      const summary = await ingestDocuments(paths, store, { lexicons: opts.lexicon });
      const ids = new Map<string, number>();
      for (const o of summary.outcomes) if (o.documentId !== undefined) ids.set(o.input, o.documentId);
      return ids;
    });
    process.stdout.write(renderKbReport(report, opts));
    return 0;
  } finally {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

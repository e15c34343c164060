import { readInput } from '../ingest/read-inputs.js';
import { isFailure } from '../ingest/document.js';
import { extractDocument } from '../pipeline/ingest-documents.js';
import { runEval, renderEvalReport } from '../eval/index.js';

/** `corridor eval DIR`: scores extraction against the NAME.gold.json files beside the articles. */
export async function runEvalCommand(dir: string, opts: { json?: boolean; explain?: boolean }): Promise<number> {
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

// One extraction thread of the pool (extract-pool.ts): loads the engine and the user's
// lexicons once, then extracts each document it is sent. Posting back the whole Extraction is
// a structured clone, cheaper than extracting, so the main thread is left to read and store.

import { parentPort, workerData } from 'node:worker_threads';
import { extract, type ExtractInput } from '../nlp/extract.js';
import { applyUserLexicon, readUserLexicon } from '../nlp/user-lexicon.js';

interface Job { id: number; input: ExtractInput }

for (const file of (workerData as { lexicons?: string[] } | undefined)?.lexicons ?? []) applyUserLexicon(readUserLexicon(file));

parentPort!.on('message', (job: Job) => {
  try {
    parentPort!.postMessage({ id: job.id, extraction: extract(job.input) });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).message.split('\n')[0] });
  }
});

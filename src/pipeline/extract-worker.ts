// One extraction thread of the pool (extract-pool.ts): loads the engine and the user's
// lexicons once, then extracts each document it is sent. Posting back the whole Extraction is
// a structured clone, cheaper than extracting, so the main thread is left to read and store.

import { parentPort, workerData } from 'node:worker_threads';
import { extract, type ExtractInput } from '../nlp/extract.js';
import { simhash, toHex } from '../resolve/simhash.js';
import { applyUserLexicon, readUserLexicon } from '../nlp/user-lexicon.js';

interface Job { id: number; input: ExtractInput }

for (const file of (workerData as { lexicons?: string[] } | undefined)?.lexicons ?? []) applyUserLexicon(readUserLexicon(file));

parentPort!.on('message', (job: Job) => {
  try {
    const extraction = extract(job.input);
    // the store's near-duplicate hash of the text it will store, computed here so the one writer does not
    parentPort!.postMessage({ id: job.id, extraction, simhash: toHex(simhash(extraction.text ?? job.input.text)) });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).message.split('\n')[0] });
  }
});

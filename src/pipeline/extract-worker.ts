// One extraction thread of the pool (extract-pool.ts): loads the engine and the user's
// lexicons once, then extracts each document it is sent. It posts back the extraction as the
// JSON text the store writes, not the object: the one writer only stores that text, and
// receiving a structured clone of the object (about twice the cost of JSON.parse) and then
// serialising it again was a sizeable share of the writer's time per document.

import { parentPort, workerData } from 'node:worker_threads';
import { extract, type ExtractInput } from '../nlp/extract.js';
import { simhash, toHex } from '../resolve/simhash.js';
import { applyUserLexicon, readUserLexicon } from '../nlp/user-lexicon.js';
import { serialize, type ThreadReply } from './extract-pool.js';

interface Job { id: number; input: ExtractInput }

for (const file of (workerData as { lexicons?: string[] } | undefined)?.lexicons ?? []) applyUserLexicon(readUserLexicon(file));

parentPort!.on('message', (job: Job) => {
  try {
    const extraction = extract(job.input);
    // the store's near-duplicate hash of the text it will store, computed here so the one writer does not
    const reply: ThreadReply = { id: job.id, ...serialize(extraction), simhash: toHex(simhash(extraction.text ?? job.input.text)) };
    parentPort!.postMessage(reply);
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).message.split('\n')[0] } satisfies ThreadReply);
  }
});

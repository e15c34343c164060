// Extraction on worker threads, so every core works while the main thread reads inputs and
// writes the one SQLite connection (one writer). Jobs go to the least busy thread. A thread
// that dies hands its jobs back to this thread, which extracts them itself, so nothing is lost;
// a thread that dies before finishing any job is not restarted (it would only die again), and
// the pool carries on with the threads it has, or on this thread alone.

import { Worker } from 'node:worker_threads';
import { extract, type ExtractInput } from '../nlp/extract.js';
import type { Extraction } from '../nlp/extraction.js';
import type { SerializedExtraction } from '../store/store.js';

interface Pending { input: ExtractInput; resolve: (e: Hashed) => void; reject: (err: Error) => void }

/** An extraction as its JSON text (what the store writes), with the SimHash of the text it was made from (null: not computed). */
export interface Hashed { extraction: SerializedExtraction; simhash: string | null }

/** What a thread posts back for a job: the extraction serialised there, or why it failed. */
export interface ThreadReply { id: number; json?: string; text?: string; document?: Extraction['document']; simhash?: string; error?: string }

/** The reply for an extraction made on this thread (a dead thread's jobs): the same shape a thread sends. */
export function serialize(extraction: Extraction): SerializedExtraction {
  return { json: JSON.stringify(extraction), text: extraction.text, document: extraction.document };
}
interface Thread { worker: Worker; jobs: Map<number, Pending>; finished: number; dead: boolean }

// Run from source (tsx: the tests, `npx tsx`) the worker is the .ts file beside this one, and it
// needs tsx's loader too; built, it is the .js file and plain node. Node 20 does not apply an
// `--import` loader given in a worker's execArgv (the worker died at once on the .ts file, and
// every job fell back to this thread unnoticed), so from source a small script registers tsx
// in the worker first and then imports the worker file.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './extract-worker.ts' : './extract-worker.js', import.meta.url);
const WORKER_SOURCE = FROM_SOURCE
  ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`
  : null;

export interface Extractor {
  extract(input: ExtractInput): Promise<Extraction>;
  /** The extraction serialised and, when it comes from a thread, the text's SimHash, both computed there. */
  extractHashed?(input: ExtractInput): Promise<Hashed>;
  close(): Promise<void>;
}

/** In-process extraction: no thread start-up cost, for small batches and `--threads 0`. */
export const inProcessExtractor: Extractor = {
  extract: async (input) => extract(input),
  close: async () => {},
};

export class ExtractPool implements Extractor {
  private readonly threads: Thread[] = [];
  private nextId = 1;
  private closed = false;

  constructor(size: number, private readonly lexicons: string[] = []) {
    for (let i = 0; i < size; i++) this.threads.push(this.spawn());
  }

  /** Threads alive now (for tests and reports). */
  get size(): number {
    return this.threads.filter((t) => !t.dead).length;
  }

  private spawn(): Thread {
    const options = { workerData: { lexicons: this.lexicons } };
    const worker = WORKER_SOURCE ? new Worker(WORKER_SOURCE, { ...options, eval: true }) : new Worker(WORKER_URL, options);
    const thread: Thread = { worker, jobs: new Map(), finished: 0, dead: false };
    worker.on('message', (m: ThreadReply) => {
      const job = thread.jobs.get(m.id);
      if (!job) return;
      thread.jobs.delete(m.id);
      thread.finished++;
      if (m.json !== undefined) job.resolve({ extraction: { json: m.json, text: m.text, document: m.document }, simhash: m.simhash ?? null });
      else job.reject(new Error(m.error ?? 'extraction failed'));
    });
    const died = () => {
      if (thread.dead) return;
      thread.dead = true;
      const orphans = [...thread.jobs.values()];
      thread.jobs.clear();
      if (!this.closed && thread.finished > 0) this.threads[this.threads.indexOf(thread)] = this.spawn();
      for (const job of orphans) this.runHere(job);
    };
    worker.on('error', died);
    worker.on('exit', died);
    return thread;
  }

  private runHere(job: Pending): void {
    try { job.resolve({ extraction: serialize(extract(job.input)), simhash: null }); } catch (err) { job.reject(err as Error); }
  }

  async extract(input: ExtractInput): Promise<Extraction> {
    return JSON.parse((await this.extractHashed(input)).extraction.json) as Extraction;
  }

  extractHashed(input: ExtractInput): Promise<Hashed> {
    if (this.closed) return Promise.reject(new Error('extraction pool is closed'));
    const alive = this.threads.filter((t) => !t.dead);
    return new Promise((resolve, reject) => {
      const job: Pending = { input, resolve, reject };
      if (alive.length === 0) { this.runHere(job); return; }
      const thread = alive.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      const id = this.nextId++;
      thread.jobs.set(id, job);
      thread.worker.postMessage({ id, input });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}

import cliProgress from 'cli-progress';
import { ingestDocuments, type IngestProgress } from '../pipeline/ingest-documents.js';
import { enqueueDocuments } from '../queue/enqueue-documents.js';
import { openQueue } from '../queue/open-queue.js';
import type { QueueTarget } from '../queue/open-queue.js';
import { openStore } from '../store/open-store.js';
import { jobPolicyFrom, queueFrom, type JobPolicyFlags, type QueueFlags } from './queue-options.js';
import { readLimits, type ReadLimitFlags } from './read-limits-options.js';
import { UsageError } from './usage-error.js';

type IngestFlags = { db?: string; quiet?: boolean; threads?: string; lexicon?: string[] } & ReadLimitFlags & QueueFlags & JobPolicyFlags;

/** `corridor ingest PATH|URL...`: a progress bar on a terminal, then a summary. Exit 0 all in, 3 some failed. */
export async function runIngest(inputs: string[], opts: IngestFlags): Promise<number> {
  const limits = readLimits(opts); // before the store opens: a bad flag leaves no database behind
  const queue = queueFrom(opts);
  if (queue) return runEnqueue(inputs, queue, opts);
  const threads = opts.threads === undefined ? undefined : Number(opts.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 0 || threads > 64)) throw new UsageError(`--threads takes a number from 0 to 64, got "${opts.threads}"`);
  const store = openStore(opts.db);
  const bar = progressBar('ingest', opts.quiet);
  try {
    const summary = await ingestDocuments(inputs, store, { ...limits, threads, lexicons: opts.lexicon, onProgress: bar.update });
    bar.stop();
    const out = process.stdout;
    out.write(`ingested: ${summary.added} new, ${summary.present} already present, ${summary.failed} failed\n`);
    for (const o of summary.outcomes) {
      if (o.status === 'failed') out.write(`  failed  ${o.input}: ${o.reason}\n`);
      else if (!opts.quiet) out.write(`  ${o.status === 'new' ? 'new    ' : 'present'} ${o.input}${o.title ? ` — ${o.title}` : ''}\n`);
    }
    return exitCode(summary.failed, summary.added + summary.present);
  } finally {
    await store.close();
  }
}

/** `ingest --queue`: read here, one job per document for `corridor worker` to extract and store. */
async function runEnqueue(inputs: string[], queue: QueueTarget, opts: IngestFlags): Promise<number> {
  if (opts.threads !== undefined) throw new UsageError('--threads does not go with --queue: the workers extract');
  const policy = jobPolicyFrom(opts);
  const limits = readLimits(opts);
  const boss = await openQueue(queue);
  const bar = progressBar('enqueue', opts.quiet);
  try {
    const summary = await enqueueDocuments(inputs, boss, { ...limits, policy, onProgress: bar.update });
    bar.stop();
    const out = process.stdout;
    out.write(`enqueued: ${summary.queued} new jobs, ${summary.alreadyQueued} already queued, ${summary.failed} failed\n`);
    for (const o of summary.outcomes) {
      if (o.status === 'failed') out.write(`  failed  ${o.input}: ${o.reason}\n`);
      else if (!opts.quiet) out.write(`  ${o.status === 'queued' ? 'queued        ' : 'already queued'} ${o.input}${o.title ? ` — ${o.title}` : ''}\n`);
    }
    return exitCode(summary.failed, summary.queued + summary.alreadyQueued);
  } finally {
    await boss.stop({ graceful: false });
  }
}

/** 1 when nothing went in, 3 when some inputs failed and the rest went in. */
function exitCode(failed: number, taken: number): number {
  if (failed && taken === 0) return 1;
  return failed ? 3 : 0;
}

/** A progress bar on a terminal (nothing otherwise), started by the first report. */
function progressBar(verb: string, quiet: boolean | undefined): { update: (p: IngestProgress) => void; stop: () => void } {
  const bar = process.stderr.isTTY && !quiet
    ? new cliProgress.SingleBar({ format: `${verb} [{bar}] {value}/{total} {current}`, stream: process.stderr, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : null;
  let started = false;
  return {
    update: (p) => {
      if (!bar) return;
      if (!started) { bar.start(p.total, 0, { current: '' }); started = true; }
      bar.update(p.done, { current: p.current.length > 40 ? '…' + p.current.slice(-39) : p.current });
    },
    stop: () => { if (bar && started) bar.stop(); },
  };
}

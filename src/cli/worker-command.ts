// `corridor worker --queue URL --db DB [--concurrency N]`: takes document jobs until stopped.
// SIGTERM or Ctrl-C stops taking jobs, finishes and acknowledges the ones held, refreshes the
// register and exits 0; a second signal exits at once (held jobs return after their timeout).

import { parseInterval } from '../pipeline/watch-feeds.js';
import { runDocumentWorker } from '../queue/document-worker.js';
import { openQueue } from '../queue/open-queue.js';
import { openStore } from '../store/open-store.js';
import { queueFrom, type QueueFlags } from './queue-options.js';
import { UsageError } from './usage-error.js';

export interface WorkerFlags extends QueueFlags { db?: string; concurrency?: string; refreshEvery?: string; quiet?: boolean; lexicon?: string[] }

/** A dead worker's jobs come back within their timeout plus this. */
const EXPIRE_CHECK_MS = 5_000;
const IDLE_POLL_MS = 1_000;

export async function runWorker(opts: WorkerFlags): Promise<number> {
  const queue = queueFrom(opts);
  if (!queue) throw new UsageError('worker needs --queue postgres://... (or $CORRIDOR_QUEUE)');
  const concurrency = opts.concurrency === undefined ? 1 : Number(opts.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError(`--concurrency takes a number from 1 to 64, got "${opts.concurrency}"`);
  const refreshEveryMs = parseInterval(opts.refreshEvery ?? '60s');
  if (refreshEveryMs === null) throw new UsageError(`--refresh-every takes a duration such as 30s or 5m, got "${opts.refreshEvery}"`);

  const store = openStore(opts.db);
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) {
      process.stderr.write('corridor: worker: stopping now; held jobs return to the queue after their timeout\n');
      process.exit(130);
    }
    process.stderr.write('corridor: worker: stopping: finishing the jobs in hand\n');
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const log = (line: string) => process.stdout.write(`${new Date().toISOString()}  ${line}\n`);
  try {
    const boss = await openQueue(queue, { supervise: true });
    try {
      log(`worker: taking jobs (concurrency ${concurrency})`);
      const stats = await runDocumentWorker(boss, store, {
        concurrency, lexicons: opts.lexicon, refreshEveryMs, idlePollMs: IDLE_POLL_MS, expireCheckMs: EXPIRE_CHECK_MS, signal: controller.signal,
        onJob: (input, o) => {
          if (o.status === 'failed') log(`failed  ${input}: ${o.reason}`);
          else if (!opts.quiet) log(`${o.status === 'new' ? 'new    ' : 'present'} ${input}`);
        },
        onRefresh: (rebuilt, documents, ms) => { if (rebuilt) log(`register replayed: ${documents} documents in ${(ms / 1000).toFixed(1)} s`); },
        onRefreshFailed: (reason) => log(`register not replayed (it stays marked stale; tried again later): ${reason}`),
      });
      log(`worker: stopped: ${stats.new} new, ${stats.present} already present, ${stats.failed} failed`);
    } finally {
      await boss.stop({ graceful: false });
    }
    return 0;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await store.close();
  }
}

// `corridor watch FEED_URL... [--every 15m] [--once]`: poll feeds until stopped (Ctrl-C or
// SIGTERM ends the wait between polls, never a poll half-way), one line per feed per poll.
// With --queue, new items are enqueued for `corridor worker` instead of extracted here; the
// feeds' validators still live in the store (--db).

import type PgBoss from 'pg-boss';
import { pollFeed, parseInterval, storeItems } from '../pipeline/watch-feeds.js';
import type { ReadInputOptions } from '../ingest/read-inputs.js';
import { enqueueNewItems } from '../queue/enqueue-documents.js';
import type { JobPolicy } from '../queue/job-policy.js';
import { openQueue } from '../queue/open-queue.js';
import { withStore } from './list-commands.js';
import { jobPolicyFrom, queueFrom, type JobPolicyFlags, type QueueFlags } from './queue-options.js';
import { readLimits, type ReadLimitFlags } from './read-limits-options.js';
import { UsageError } from './usage-error.js';

/** Polling more often than this is rude to a publisher and gains nothing. */
const MIN_INTERVAL_MS = 60_000;

export async function runWatch(urls: string[], opts: { db?: string; every: string; once?: boolean } & ReadLimitFlags & QueueFlags & JobPolicyFlags): Promise<number> {
  const every = parseInterval(opts.every);
  if (every === null) throw new UsageError(`--every takes a duration such as 15m, 1h or 90s, got "${opts.every}"`);
  if (every < MIN_INTERVAL_MS && !opts.once) throw new UsageError('--every must be at least 1m');
  for (const u of urls) if (!/^https?:\/\//i.test(u)) throw new UsageError(`watch takes http(s) feed URLs, got "${u}"`);
  const limits = readLimits(opts);
  const queue = queueFrom(opts);
  const policy = jobPolicyFrom(opts);
  const boss: PgBoss | null = queue ? await openQueue(queue) : null;
  try {
    return await watchFeeds(urls, every, limits, opts, boss, policy);
  } finally {
    await boss?.stop({ graceful: false });
  }
}

async function watchFeeds(urls: string[], every: number, limits: ReadInputOptions, opts: { db?: string; once?: boolean }, boss: PgBoss | null, policy: JobPolicy): Promise<number> {
  return withStore(opts.db, async (store) => {
    const take = boss ? enqueueNewItems(boss, store, policy) : storeItems(store);
    let stopping = false;
    let wake: (() => void) | null = null;
    const stop = () => { stopping = true; wake?.(); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    let failures = 0;
    try {
      while (!stopping) {
        for (const url of urls) {
          const r = await pollFeed(url, store, limits, take);
          if (r.status === 'failed') failures++;
          const what = r.status === 'not-modified' ? 'not modified' : r.status === 'failed' ? `failed: ${r.reason}` : `${r.items} items, ${r.added} ${boss ? 'queued' : 'new'}${r.failed ? `, ${r.failed} failed (${r.reason})` : ''}`;
          process.stdout.write(`${new Date().toISOString()}  ${url}  ${what}\n`);
        }
        if (opts.once) break;
        // the timer is what keeps the process alive between polls, so it is not unref'd; a stop clears it
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, every);
          wake = () => { clearTimeout(timer); resolve(); };
        });
        wake = null;
      }
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
    return opts.once && failures > 0 ? 3 : 0;
  });
}

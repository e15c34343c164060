// The options the queue commands share: where the queue is, and (where documents are enqueued)
// how long a worker may hold one and how failures are retried.

import { Option } from 'commander';
import { parseInterval } from '../pipeline/watch-feeds.js';
import { DEFAULT_JOB_POLICY, type JobPolicy } from '../queue/job-policy.js';
import { queueTarget, QueueUrlError, type QueueTarget } from '../queue/open-queue.js';
import { UsageError } from './usage-error.js';

export interface QueueFlags { queue?: string }
export interface JobPolicyFlags { jobTimeout?: string; retries?: string; retryDelay?: string }

export const queueOption = (what: string) => new Option('--queue <url>', `${what} (postgres://...; ?schema=NAME for the pg-boss schema; default: $CORRIDOR_QUEUE)`);

export function jobPolicyOptions(): Option[] {
  const d = DEFAULT_JOB_POLICY;
  return [
    new Option('--job-timeout <duration>', `with --queue: how long a worker may hold a document before it returns to the queue (default ${d.expireInSeconds}s)`),
    new Option('--retries <n>', `with --queue: retries of a failing document before it becomes a dead letter (default ${d.retryLimit})`),
    new Option('--retry-delay <duration>', `with --queue: wait before the first retry, doubling after (default ${d.retryDelay}s)`),
  ];
}

/** The queue to use, or null for none; a malformed URL is a usage error. */
export function queueFrom(flags: QueueFlags): QueueTarget | null {
  try {
    return queueTarget(flags.queue);
  } catch (err) {
    if (err instanceof QueueUrlError) throw new UsageError(`--queue: ${err.message}`);
    throw err;
  }
}

export function jobPolicyFrom(flags: JobPolicyFlags): JobPolicy {
  const seconds = (flag: string, v: string | undefined, dflt: number, min: number) => {
    if (v === undefined) return dflt;
    const ms = parseInterval(v);
    if (ms === null || ms < min * 1000) throw new UsageError(`${flag} takes a duration of at least ${min}s such as 30s, 5m or 1h, got "${v}"`);
    return Math.round(ms / 1000);
  };
  const retries = flags.retries === undefined ? DEFAULT_JOB_POLICY.retryLimit : Number(flags.retries);
  if (!Number.isInteger(retries) || retries < 0 || retries > 100) throw new UsageError(`--retries takes a number from 0 to 100, got "${flags.retries}"`);
  return {
    retryLimit: retries,
    retryDelay: seconds('--retry-delay', flags.retryDelay, DEFAULT_JOB_POLICY.retryDelay, 0),
    retryBackoff: DEFAULT_JOB_POLICY.retryBackoff,
    expireInSeconds: seconds('--job-timeout', flags.jobTimeout, DEFAULT_JOB_POLICY.expireInSeconds, 1),
  };
}

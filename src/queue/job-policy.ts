// How long a worker may hold a document, and how failures are retried. Set on each job when it is
// enqueued (pg-boss copies them into the job row), and as the queue's defaults for jobs sent
// by other means.

export interface JobPolicy {
  /** Attempts after the first before the job goes to the dead-letter queue. */
  retryLimit: number;
  /** Seconds before the first retry; with backoff each later one waits about twice as long. */
  retryDelay: number;
  retryBackoff: boolean;
  /**
   * Seconds a worker may hold a job. A worker killed with SIGKILL never gives its jobs back;
   * past this they count as failed attempts and return to the queue for another worker.
   * Generous: extracting the largest allowed document takes seconds, not minutes.
   */
  expireInSeconds: number;
}

export const DEFAULT_JOB_POLICY: JobPolicy = { retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 300 };

export const DOCUMENTS_QUEUE = 'corridor-documents';
/** Where pg-boss moves a job that failed its last retry, with the failure as the job's output. */
export const DEAD_LETTER_QUEUE = 'corridor-documents-dead';
/**
 * Claims of the register replays workers make while the queue is busy: one job a period, with
 * an id made from the period's number, so among all workers one replays a period (nobody fetches
 * these; the job is the claim).
 */
export const REPLAYS_QUEUE = 'corridor-register-replays';
/**
 * Register replays that failed, one job each with the reason (nobody fetches these either), so
 * `corridor jobs` shows an operator that the register is stale and why; the worker log alone is
 * on one machine. A replay that succeeds removes them.
 */
export const REPLAY_FAILURES_QUEUE = 'corridor-register-replay-failures';

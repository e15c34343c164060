// The job queue: pg-boss in its own schema of a PostgreSQL database. The URL is an ordinary
// postgres:// connection string; `?schema=NAME` (ours, taken off before pg sees it) picks the
// pg-boss schema, so several teams or test runs can share one database without meeting.

import PgBoss from 'pg-boss';
import { DEAD_LETTER_QUEUE, DEFAULT_JOB_POLICY, DOCUMENTS_QUEUE, REPLAY_FAILURES_QUEUE, REPLAYS_QUEUE } from './job-policy.js';

export const DEFAULT_QUEUE_SCHEMA = 'corridor_queue';

export interface QueueTarget { connectionString: string; schema: string }

/** The queue URL (the argument, else $CORRIDOR_QUEUE) split into connection and schema; null when neither is set. */
export function queueTarget(url: string | undefined): QueueTarget | null {
  const raw = url?.trim() || process.env.CORRIDOR_QUEUE?.trim();
  if (!raw) return null;
  if (!/^postgres(ql)?:\/\//i.test(raw)) throw new QueueUrlError(`the queue is a postgres:// URL, got "${raw}"`);
  let u: URL;
  try { u = new URL(raw); } catch { throw new QueueUrlError(`not a URL: "${raw}"`); }
  const schema = u.searchParams.get('schema') ?? DEFAULT_QUEUE_SCHEMA;
  // pg-boss splices the schema into its SQL unquoted, so only a plain identifier will do
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new QueueUrlError(`schema "${schema}": lower-case letters, digits and _ only`);
  u.searchParams.delete('schema');
  return { connectionString: u.toString(), schema };
}

export class QueueUrlError extends Error {}

export interface OpenQueueOptions {
  /** Run pg-boss maintenance (archiving, and failing jobs held past their time): workers do, one-shot commands need not. */
  supervise?: boolean;
}

/** The pg-boss schema of each queue opened here, for the few queries pg-boss has no call for. */
const schemas = new WeakMap<PgBoss, string>();

/** The schema `openQueue` started this pg-boss in; undefined for one started elsewhere. */
export function queueSchema(boss: PgBoss): string | undefined {
  return schemas.get(boss);
}

/** Starts pg-boss (creating or migrating its schema) and makes sure corridor's queues exist. */
export async function openQueue(target: QueueTarget, opts: OpenQueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: target.connectionString,
    schema: target.schema,
    application_name: 'corridor',
    supervise: opts.supervise ?? false,
    schedule: false,
    max: 4,
  });
  // an 'error' event with no listener would throw from a timer; maintenance errors are worth a line, not a crash
  boss.on('error', (err) => process.stderr.write(`corridor: queue: ${err.message.split('\n')[0]}\n`));
  await boss.start();
  try {
    await ensureQueue(boss, DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE });
    const { retryLimit, retryDelay, retryBackoff, expireInSeconds } = DEFAULT_JOB_POLICY;
    await ensureQueue(boss, DOCUMENTS_QUEUE, { name: DOCUMENTS_QUEUE, deadLetter: DEAD_LETTER_QUEUE, retryLimit, retryDelay, retryBackoff, expireInSeconds });
    await ensureQueue(boss, REPLAYS_QUEUE, { name: REPLAYS_QUEUE });
    await ensureQueue(boss, REPLAY_FAILURES_QUEUE, { name: REPLAY_FAILURES_QUEUE });
  } catch (err) {
    await boss.stop({ graceful: false });
    throw err;
  }
  schemas.set(boss, target.schema);
  return boss;
}

async function ensureQueue(boss: PgBoss, name: string, options: PgBoss.Queue): Promise<void> {
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, options);
  } catch (err) {
    // two processes starting at once: the other one created it first
    if (!(await boss.getQueue(name))) throw err;
  }
}

// What `corridor jobs` shows: the document queue's jobs by state, the dead letters with the
// reason each failed, and register replays that failed since the last one that succeeded. pg-boss has no listing call, so this reads its job table (one row a job,
// `state` and `output` as pg-boss documents them) through pg-boss's own connection.

import type PgBoss from 'pg-boss';
import { jobIdFor, parseDocumentJob } from './document-job.js';
import { DEAD_LETTER_QUEUE, DOCUMENTS_QUEUE, REPLAY_FAILURES_QUEUE } from './job-policy.js';

export interface JobCounts { queued: number; active: number; retrying: number; completed: number; failed: number; cancelled: number; deadLetters: number }

export interface DeadLetter { id: string; input: string | null; title: string | null; hash: string | null; reason: string; at: string }

/** A register replay that failed since the last one that succeeded: the register stays stale meanwhile. */
export interface ReplayFailure { at: string; worker: string | null; reason: string }

export interface JobReport { counts: JobCounts; deadLetters: DeadLetter[]; replayFailures: ReplayFailure[] }

const STATE_FIELD: Record<string, keyof JobCounts> = { created: 'queued', active: 'active', retry: 'retrying', completed: 'completed', failed: 'failed', cancelled: 'cancelled' };

export async function jobReport(boss: PgBoss, schema: string): Promise<JobReport> {
  const db = boss.getDb();
  const counts: JobCounts = { queued: 0, active: 0, retrying: 0, completed: 0, failed: 0, cancelled: 0, deadLetters: 0 };
  const { rows } = await db.executeSql(`SELECT state::text AS state, count(*)::int AS n FROM ${schema}.job WHERE name = $1 GROUP BY state`, [DOCUMENTS_QUEUE]);
  for (const r of rows as { state: string; n: number }[]) counts[STATE_FIELD[r.state]] += r.n;
  const dead = await db.executeSql(
    `SELECT id, data, output, created_on FROM ${schema}.job WHERE name = $1 AND state = 'created' ORDER BY created_on, id`, [DEAD_LETTER_QUEUE]);
  const deadLetters = (dead.rows as { id: string; data: unknown; output: unknown; created_on: Date }[]).map((r) => {
    const data = (r.data ?? {}) as { input?: unknown; hash?: unknown; meta?: { title?: unknown } };
    return {
      id: r.id,
      input: typeof data.input === 'string' ? data.input : null,
      title: typeof data.meta?.title === 'string' ? data.meta.title : null,
      hash: typeof data.hash === 'string' ? data.hash : null,
      reason: failureReason(r.output),
      at: r.created_on.toISOString(),
    };
  });
  counts.deadLetters = deadLetters.length;
  const failures = await db.executeSql(
    `SELECT data, created_on FROM ${schema}.job WHERE name = $1 ORDER BY created_on DESC, id LIMIT 20`, [REPLAY_FAILURES_QUEUE]);
  const replayFailures = (failures.rows as { data: unknown; created_on: Date }[]).map((r) => {
    const data = (r.data ?? {}) as { reason?: unknown; worker?: unknown };
    return {
      at: r.created_on.toISOString(),
      worker: typeof data.worker === 'string' ? data.worker : null,
      reason: typeof data.reason === 'string' ? data.reason : JSON.stringify(r.data),
    };
  });
  return { counts, deadLetters, replayFailures };
}

/** The reason as the worker gave it ({reason}), or pg-boss's own ({value: {message}} on a timeout). */
function failureReason(output: unknown): string {
  const o = output as { reason?: unknown; message?: unknown; value?: { message?: unknown } } | null;
  const r = o?.reason ?? o?.message ?? o?.value?.message;
  return typeof r === 'string' ? r : JSON.stringify(output);
}

/**
 * Puts every dead letter's document back in the queue with a fresh set of retries: the failed
 * job itself when pg-boss still holds it (its id is the content hash's), else a new job with
 * the same id. The dead letter is then removed. Returns how many went back.
 */
export async function retryDeadLetters(boss: PgBoss, schema: string): Promise<number> {
  const { deadLetters } = await jobReport(boss, schema);
  let retried = 0;
  for (const d of deadLetters) {
    const letter = await boss.getJobById<unknown>(DEAD_LETTER_QUEUE, d.id);
    if (!letter) continue; // another `jobs --retry-dead` took it
    const parsed = parseDocumentJob(letter.data);
    const id = 'job' in parsed ? jobIdFor(parsed.job.hash) : null;
    const original = id ? await boss.getJobById(DOCUMENTS_QUEUE, id) : null;
    if (id && original?.state === 'failed') await boss.retry(DOCUMENTS_QUEUE, id);
    else if (!original) await boss.send(DOCUMENTS_QUEUE, letter.data as object, id ? { id } : {});
    await boss.deleteJob(DEAD_LETTER_QUEUE, d.id);
    retried++;
  }
  return retried;
}

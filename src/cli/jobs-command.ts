// `corridor jobs --queue URL [--format table|json] [--retry-dead]`: the document queue at a glance.

import { jobReport, retryDeadLetters, type JobReport } from '../queue/job-report.js';
import { openQueue } from '../queue/open-queue.js';
import { queueFrom, type QueueFlags } from './queue-options.js';
import { UsageError } from './usage-error.js';

export async function runJobs(opts: QueueFlags & { format: 'table' | 'json'; retryDead?: boolean }): Promise<number> {
  const queue = queueFrom(opts);
  if (!queue) throw new UsageError('jobs needs --queue postgres://... (or $CORRIDOR_QUEUE)');
  const boss = await openQueue(queue);
  try {
    if (opts.retryDead) {
      const n = await retryDeadLetters(boss, queue.schema);
      process.stderr.write(`retried ${n} dead letter${n === 1 ? '' : 's'}\n`);
    }
    const report = await jobReport(boss, queue.schema);
    process.stdout.write(opts.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
    return 0;
  } finally {
    await boss.stop({ graceful: false });
  }
}

function formatReport({ counts, deadLetters, replayFailures }: JobReport): string {
  const rows: [string, number][] = [
    ['queued', counts.queued], ['active', counts.active], ['retrying', counts.retrying], ['completed', counts.completed],
    ['failed', counts.failed], ['cancelled', counts.cancelled], ['dead letters', counts.deadLetters],
  ];
  let out = rows.map(([k, v]) => `${k.padEnd(14)}${String(v).padStart(8)}\n`).join('');
  if (deadLetters.length) {
    out += '\ndead letters (corridor jobs --retry-dead puts them back):\n';
    for (const d of deadLetters) out += `  ${d.at}  ${d.input ?? `job ${d.id}`}${d.title ? ` — ${d.title}` : ''}: ${d.reason}\n`;
  }
  if (replayFailures.length) {
    out += '\nregister replays that failed (the register stays stale until one succeeds; latest first):\n';
    for (const f of replayFailures) out += `  ${f.at}  ${f.worker ?? 'a worker'}: ${f.reason}\n`;
  }
  return out;
}

// A register replay that fails is reported to the queue, so `corridor jobs` shows that the
// register is stale and why (not only one machine's worker log); reported once while the same
// failure repeats, and removed by the next refresh that succeeds.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, test } from 'node:test';
import { runDocumentWorker } from '../../src/queue/document-worker.js';
import { enqueueDocuments } from '../../src/queue/enqueue-documents.js';
import { DEFAULT_JOB_POLICY } from '../../src/queue/job-policy.js';
import { jobReport } from '../../src/queue/job-report.js';
import { openQueue, queueTarget } from '../../src/queue/open-queue.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { generatedArticle } from '../cli/generated-articles.js';
import { skipWithoutPg, testQueue } from './test-pg.js';

const dir = mkdtempSync(join(tmpdir(), 'corridor-queue-replay-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The store with refresh failing while `broken.on` holds. */
function storeWithBrokenRefresh(store: Store, broken: { on: boolean; calls: number }): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'refresh') {
        return async () => {
          broken.calls++;
          if (broken.on) throw new Error('a stored document could not be resolved\nsecond line');
          return target.refresh();
        };
      }
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

test('a failed register replay shows in the job report once, until a refresh succeeds', { skip: skipWithoutPg, timeout: 60_000 }, async () => {
  const q = await testQueue('replayfail');
  const boss = await openQueue(queueTarget(q.url)!);
  const store = openStore(join(dir, 'replay.db'));
  const controller = new AbortController();
  let running: Promise<unknown> | null = null;
  try {
    const file = join(dir, 'one.txt');
    writeFileSync(file, generatedArticle(7));
    assert.equal((await enqueueDocuments([file], boss, { policy: DEFAULT_JOB_POLICY })).queued, 1);
    assert.deepEqual((await jobReport(boss, q.schema)).replayFailures, []);
    const broken = { on: true, calls: 0 };
    running = runDocumentWorker(boss, storeWithBrokenRefresh(store, broken), {
      concurrency: 1, refreshEveryMs: 60_000, idlePollMs: 50, expireCheckMs: 1000, signal: controller.signal,
    });
    // the document goes in; the idle worker then tries to refresh at every poll, and fails
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && broken.calls < 5; await sleep(50));
    assert.ok(broken.calls >= 5, `refresh was tried ${broken.calls} times`);
    const failed = await jobReport(boss, q.schema);
    assert.equal(failed.counts.completed, 1);
    assert.equal(failed.replayFailures.length, 1, 'the same failure is reported once');
    assert.equal(failed.replayFailures[0].reason, 'a stored document could not be resolved');
    assert.match(failed.replayFailures[0].worker ?? '', /:\d+$/);

    broken.on = false;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && (await jobReport(boss, q.schema)).replayFailures.length > 0; await sleep(50));
    assert.deepEqual((await jobReport(boss, q.schema)).replayFailures, []);
  } finally {
    controller.abort();
    await running;
    await boss.stop({ graceful: false });
    await store.close();
    await q.drop();
  }
});

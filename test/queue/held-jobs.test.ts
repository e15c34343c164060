// A worker keeps the jobs it holds alive while it waits for the write lock (a replay on a large
// register takes minutes, longer than a job's time), so no job counts as a failed attempt for
// waiting; and the claims workers send for busy replays leave the queue soon after their period
// instead of staying the two weeks pg-boss keeps a job by default.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, test } from 'node:test';
import { runDocumentWorker } from '../../src/queue/document-worker.js';
import { enqueueDocuments } from '../../src/queue/enqueue-documents.js';
import { DEFAULT_JOB_POLICY } from '../../src/queue/job-policy.js';
import { openQueue, queueTarget } from '../../src/queue/open-queue.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { generatedArticle } from '../cli/generated-articles.js';
import { skipWithoutPg, testQueue } from './test-pg.js';

const dir = mkdtempSync(join(tmpdir(), 'corridor-queue-held-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The store with every batch taking `ms` longer, as when another worker's replay holds the lock. */
function slowStore(store: Store, ms: number): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'addDocuments') return async (...args: Parameters<Store['addDocuments']>) => { await sleep(ms); return target.addDocuments(...args); };
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

test('jobs held past their time while the store is slow are kept alive, not failed; replay claims are kept minutes, not days', { skip: skipWithoutPg, timeout: 120_000 }, async () => {
  const q = await testQueue('held');
  const boss = await openQueue(queueTarget(q.url)!);
  const store = openStore(join(dir, 'held.db'));
  try {
    const files = [1, 2, 3, 4].map((i) => { const f = join(dir, `a${i}.txt`); writeFileSync(f, generatedArticle(100 + i)); return f; });
    // a 2-second job time; each store call takes 3 s, so every job waits well past its time
    const sent = await enqueueDocuments(files, boss, { policy: { ...DEFAULT_JOB_POLICY, expireInSeconds: 2 } });
    assert.equal(sent.queued, 4);
    const controller = new AbortController();
    const running = runDocumentWorker(boss, slowStore(store, 3000), {
      concurrency: 1, refreshEveryMs: 200, idlePollMs: 100,
      expireCheckMs: 250, // this worker fails expired jobs four times a second
      signal: controller.signal,
    });
    for (const deadline = Date.now() + 60_000; Date.now() < deadline && (await q.states()).completed !== 4; await sleep(200));
    controller.abort();
    const stats = await running;

    assert.deepEqual(await q.states(), { completed: 4 });
    assert.equal(await q.retried(), 0, 'no job ran twice');
    assert.deepEqual({ new: stats.new, present: stats.present, failed: stats.failed }, { new: 4, present: 0, failed: 0 });

    const claims = await q.sql<{ minutes: number }>(
      `SELECT EXTRACT(epoch FROM keep_until - now()) / 60 AS minutes FROM ${q.schema}.job WHERE name = 'corridor-register-replays'`);
    assert.ok(claims.length > 0, 'the busy worker claimed at least one replay period');
    for (const c of claims) assert.ok(Number(c.minutes) < 15, `a claim is kept ${Number(c.minutes).toFixed(0)} minutes`);
  } finally {
    await boss.stop({ graceful: false });
    await store.close();
    await q.drop();
  }
});

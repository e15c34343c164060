// Failures: a job whose document cannot be stored is retried with backoff and then lands in the
// dead-letter list with its reason, which `corridor jobs` shows and `--retry-dead` puts back.
// Also the queue commands' edges: reading failures reported as ingest reports them, re-enqueueing
// adds nothing, usage errors.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, test } from 'node:test';
import PgBoss from 'pg-boss';
import { corridor, ROOT } from '../cli/run-cli.js';
import { generatedArticle } from '../cli/generated-articles.js';
import { skipWithoutPg, testQueue, type TestQueue } from './test-pg.js';

const dir = mkdtempSync(join(tmpdir(), 'corridor-queue-dead-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function until(what: string, q: TestQueue, ok: (s: Record<string, number>) => boolean, ms = 60_000): Promise<Record<string, number>> {
  let s: Record<string, number> = {};
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(250)) if (ok(s = await q.states())) return s;
  assert.fail(`${what}: still ${JSON.stringify(s)}`);
}

test('a job that cannot be stored is retried, then shown with its reason among the dead letters; --retry-dead puts it back', { skip: skipWithoutPg, timeout: 120_000 }, async () => {
  const q = await testQueue('dead');
  try {
    writeFileSync(join(dir, 'good.txt'), generatedArticle(1));
    const enq = await corridor(['ingest', join(dir, 'good.txt'), '--queue', q.url, '--retries', '1', '--retry-delay', '1s']);
    assert.equal(enq.code, 0, enq.stderr);
    // a job no corridor wrote (by hand, or by an incompatible version): it can never be stored
    const boss = new PgBoss({ connectionString: q.url.replace(/\?.*$/, ''), schema: q.schema, supervise: false, schedule: false });
    boss.on('error', () => {});
    await boss.start();
    await boss.send('corridor-documents', { input: 'hand-made.txt', hash: 'f'.repeat(64) }, { retryLimit: 2, retryDelay: 1, retryBackoff: true });
    await boss.stop({ graceful: false });

    const worker = spawn(process.execPath, [join(ROOT, 'bin/corridor.js'), 'worker', '--queue', q.url, '--db', join(dir, 'dead.db')], { cwd: ROOT });
    let log = '';
    worker.stdout.on('data', (d) => { log += d; });
    worker.stderr.on('data', (d) => { log += d; });
    const exit = new Promise<number | null>((resolve) => worker.on('exit', (code) => resolve(code)));
    try {
      // three attempts (the first and two retries, a second and about two apart), then the dead letter
      await until('the bad job never failed for good', q, (s) => s.completed === 1 && s.failed === 1);
      assert.equal((log.match(/failed {2}hand-made\.txt: not a corridor document job: /g) ?? []).length, 3, log);
    } finally {
      worker.kill('SIGTERM');
      assert.equal(await exit, 0, log);
    }

    const table = await corridor(['jobs', '--queue', q.url]);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /completed\s+1\n/);
    assert.match(table.stdout, /dead letters\s+1\n/);
    assert.match(table.stdout, /hand-made\.txt: not a corridor document job: \S+: /);
    const json = JSON.parse((await corridor(['jobs', '--queue', q.url, '--format', 'json'])).stdout) as { counts: Record<string, number>; deadLetters: { input: string; reason: string }[] };
    assert.equal(json.counts.deadLetters, 1);
    assert.equal(json.deadLetters[0].input, 'hand-made.txt');
    assert.match(json.deadLetters[0].reason, /^not a corridor document job: /);

    const retried = await corridor(['jobs', '--queue', q.url, '--retry-dead', '--format', 'json']);
    assert.match(retried.stderr, /retried 1 dead letter\n/);
    const after = JSON.parse(retried.stdout) as { counts: Record<string, number> };
    assert.equal(after.counts.deadLetters, 0);
    assert.equal(after.counts.retrying + after.counts.queued, 1);
  } finally {
    await q.drop();
  }
});

test('ingest --queue: failures to read are reported as ingest reports them; re-enqueueing adds no job', { skip: skipWithoutPg }, async () => {
  const q = await testQueue('enqueue');
  try {
    writeFileSync(join(dir, 'one.txt'), generatedArticle(2));
    writeFileSync(join(dir, 'one-again.txt'), generatedArticle(2));
    // the same text twice in one batch: one job, and the second copy finds it
    const first = await corridor(['ingest', join(dir, 'one.txt'), join(dir, 'missing.txt'), join(dir, 'one-again.txt'), '--queue', q.url]);
    assert.equal(first.code, 3);
    assert.match(first.stdout, /^enqueued: 1 new jobs, 1 already queued, 1 failed\n/);
    assert.match(first.stdout, /failed {2}\S*missing\.txt: no such file or directory\n/);
    assert.match(first.stdout, /queued {8} \S*one\.txt — /);
    assert.match(first.stdout, /already queued \S*one-again\.txt — /);
    const second = await corridor(['ingest', join(dir, 'one.txt'), '--quiet'], { env: { CORRIDOR_QUEUE: q.url } });
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /^enqueued: 0 new jobs, 1 already queued, 0 failed\n/);
    assert.deepEqual(await q.states(), { created: 1 });
    const nothing = await corridor(['ingest', join(dir, 'missing.txt'), '--queue', q.url]);
    assert.equal(nothing.code, 1);
  } finally {
    await q.drop();
  }
});

test('queue usage errors: not a postgres URL, a schema that is no identifier, a worker without a queue', async () => {
  const env = { CORRIDOR_QUEUE: '' };
  assert.equal((await corridor(['ingest', 'examples', '--queue', 'redis://127.0.0.1'], { env })).code, 2);
  assert.equal((await corridor(['jobs', '--queue', 'postgres://127.0.0.1/test?schema=x;drop'], { env })).code, 2);
  assert.equal((await corridor(['worker'], { env })).code, 2);
  assert.equal((await corridor(['worker', '--queue', 'postgres://127.0.0.1/test', '--concurrency', '0'], { env })).code, 2);
  assert.equal((await corridor(['ingest', 'examples', '--queue', 'postgres://127.0.0.1/test', '--job-timeout', 'soon'], { env })).code, 2);
});

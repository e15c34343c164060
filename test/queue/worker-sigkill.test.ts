// Team mode's promise: two workers share a 2,000-document batch, one is killed with SIGKILL in
// the middle and started again, and in the end every document is stored exactly once and the
// register exports byte for byte what a single-process `corridor ingest` of the same batch into
// SQLite exports. The killed worker's held jobs come back when their timeout (5 s here) runs out.

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { Rng, generateArticle } from '../../bench/corpus.js';
import { corridor, ROOT } from '../cli/run-cli.js';
import { skipWithoutPg, testQueue } from './test-pg.js';

const COUNT = 2000;
/** The kill lands once this many documents are stored: well inside the batch. */
const KILL_AT = 600;
const dir = mkdtempSync(join(tmpdir(), 'corridor-queue-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function writeArticles(folder: string): void {
  mkdirSync(folder);
  const r = new Rng(20261206);
  for (let i = 0; i < COUNT; i++) {
    const a = generateArticle(r, i);
    writeFileSync(join(folder, `${String(i).padStart(5, '0')}.txt`), `Title: ${a.title}\nPublished: ${a.published}\nSource: ${a.source}\n\n${a.text}`);
  }
}

function storedDocuments(db: string): { documents: number; hashes: number } {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare('SELECT count(*) AS documents, count(DISTINCT content_hash) AS hashes FROM documents').get() as { documents: number; hashes: number };
    } finally {
      conn.close();
    }
  } catch {
    return { documents: 0, hashes: 0 }; // not created yet
  }
}

function startWorker(queue: string, db: string): { child: ChildProcess; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; log: () => string } {
  const child = spawn(process.execPath, [join(ROOT, 'bin/corridor.js'), 'worker', '--queue', queue, '--db', db, '--concurrency', '2', '--quiet'], { cwd: ROOT });
  let log = '';
  child.stdout!.on('data', (d) => { log += d; });
  child.stderr!.on('data', (d) => { log += d; });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exit, log: () => log };
}

test(`two workers, one killed with SIGKILL mid-batch and restarted: ${COUNT} documents stored once, same export as a SQLite ingest`, { skip: skipWithoutPg, timeout: 600_000 }, async () => {
  const started = Date.now();
  const articles = join(dir, 'articles');
  writeArticles(articles);
  const queue = await testQueue('kill');
  try {
    const refDb = join(dir, 'single.db');
    const teamDb = join(dir, 'team.db');
    const enqueued = await corridor(['ingest', articles, '--queue', queue.url, '--job-timeout', '5s', '--retry-delay', '1s', '--quiet']);
    assert.equal(enqueued.code, 0, enqueued.stderr);
    assert.match(enqueued.stdout, new RegExp(`enqueued: ${COUNT} new jobs, 0 already queued, 0 failed`));
    // enqueueing the same batch again adds no job: the id is the content hash's
    const again = await corridor(['ingest', articles, '--queue', queue.url, '--quiet']);
    assert.match(again.stdout, new RegExp(`enqueued: 0 new jobs, ${COUNT} already queued, 0 failed`));

    const a = startWorker(queue.url, teamDb);
    const b = startWorker(queue.url, teamDb);
    while (storedDocuments(teamDb).documents < KILL_AT) {
      assert.equal(a.child.exitCode, null, `worker a ended early:\n${a.log()}`);
      assert.equal(b.child.exitCode, null, `worker b ended early:\n${b.log()}`);
      await sleep(100);
    }
    a.child.kill('SIGKILL');
    assert.equal((await a.exit).signal, 'SIGKILL');
    const atKill = storedDocuments(teamDb).documents;
    assert.ok(atKill < COUNT, `the kill came too late (${atKill} stored)`);
    const restarted = startWorker(queue.url, teamDb);

    // the single-process reference runs meanwhile (it is the slow part on two cores)
    const single = await corridor(['ingest', articles, '--db', refDb, '--quiet']);
    assert.equal(single.code, 0, single.stderr);

    let states: Record<string, number> = {};
    for (const deadline = Date.now() + 400_000; Date.now() < deadline; await sleep(500)) {
      states = await queue.states();
      if ((states.completed ?? 0) + (states.failed ?? 0) === COUNT) break;
    }
    assert.deepEqual(states, { completed: COUNT }, `b:\n${b.log()}\nrestarted:\n${restarted.log()}`);
    // the jobs the killed worker held expired and ran again elsewhere
    assert.ok((await queue.retried()) >= 1, 'no job was taken over from the killed worker');

    // SIGTERM: both stop taking jobs, refresh the register, exit 0
    b.child.kill('SIGTERM');
    restarted.child.kill('SIGTERM');
    assert.deepEqual(await b.exit, { code: 0, signal: null }, b.log());
    assert.deepEqual(await restarted.exit, { code: 0, signal: null }, restarted.log());

    assert.deepEqual(storedDocuments(teamDb), { documents: COUNT, hashes: COUNT });
    const [teamExport, singleExport] = await Promise.all([
      corridor(['export', '--format', 'json', '--db', teamDb]),
      corridor(['export', '--format', 'json', '--db', refDb]),
    ]);
    assert.equal(teamExport.code, 0, teamExport.stderr);
    assert.ok(teamExport.stdout.length > 100_000, 'the export is suspiciously small');
    assert.ok(teamExport.stdout === singleExport.stdout, 'the team register differs from the single-process one');
    process.stderr.write(`# ${COUNT} documents, killed at ${atKill} stored, ${await queue.retried()} jobs taken over, ${((Date.now() - started) / 1000).toFixed(0)} s in all\n`);
  } finally {
    await queue.drop();
  }
});

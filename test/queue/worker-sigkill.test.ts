// Team mode's promise: two workers share a 2,000-document batch, one is killed with SIGKILL in
// the middle and started again, and in the end every document is stored exactly once and the
// register exports byte for byte what a single-process `corridor ingest` of the same batch into
// SQLite exports. The killed worker's held jobs come back when their timeout (5 s here) runs out.
// The workers' store is a SQLite file they share, and (with CORRIDOR_TEST_PG) PostgreSQL too.

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { Rng, generateArticle } from '../../bench/corpus.js';
import { corridor, ROOT } from '../cli/run-cli.js';
import { skipWithoutPg, testQueue } from './test-pg.js';
import { freshDatabase, PG_URL as STORE_PG_URL, type EngineName } from '../store/engines.js';

const COUNT = 2000;

/**
 * What the CLI processes run: the built code and the data it reads. In a checkout where someone
 * rebuilds while this test runs, the processes started later (the restarted worker, the exports)
 * run other code than the first ones, and their registers may rightly differ.
 */
function codeFingerprint(): string {
  const h = createHash('sha1');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else h.update(`${p}\0${st.size}\0${st.mtimeMs}\n`);
    }
  };
  for (const d of ['dist', 'data']) if (existsSync(join(ROOT, d))) walk(join(ROOT, d));
  return h.digest('hex');
}
const CODE_AT_START = codeFingerprint();
const dir = mkdtempSync(join(tmpdir(), 'corridor-queue-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function writeArticles(folder: string, count: number): void {
  mkdirSync(folder);
  const r = new Rng(20261206);
  for (let i = 0; i < count; i++) {
    const a = generateArticle(r, i);
    writeFileSync(join(folder, `${String(i).padStart(5, '0')}.txt`), `Title: ${a.title}\nPublished: ${a.published}\nSource: ${a.source}\n\n${a.text}`);
  }
}

async function storedDocuments(db: string): Promise<{ documents: number; hashes: number }> {
  if (db.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: db });
    try {
      await client.connect();
      const { rows: [r] } = await client.query('SELECT count(*)::int AS documents, count(DISTINCT content_hash)::int AS hashes FROM documents');
      return r as { documents: number; hashes: number };
    } catch {
      return { documents: 0, hashes: 0 }; // not migrated yet
    } finally {
      await client.end().catch(() => {});
    }
  }
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

/** The register's stale mark as the store keeps it ('1': documents wait for a replay). */
async function staleFlag(db: string): Promise<string | undefined> {
  const sql = `SELECT value FROM kb_meta WHERE key = 'stale'`;
  if (!db.startsWith('postgres')) {
    const conn = new Database(db, { readonly: true });
    try { return (conn.prepare(sql).get() as { value: string } | undefined)?.value; } finally { conn.close(); }
  }
  const client = new pg.Client({ connectionString: db });
  try {
    await client.connect();
    return ((await client.query(sql)).rows[0] as { value: string } | undefined)?.value;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Every worker started, so a failed or timed-out test leaves none running. */
const workers: ChildProcess[] = [];
after(() => { for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL'); });

function startWorker(queue: string, db: string): { child: ChildProcess; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; log: () => string } {
  const child = spawn(process.execPath, [join(ROOT, 'bin/corridor.js'), 'worker', '--queue', queue, '--db', db, '--concurrency', '2', '--quiet'], { cwd: ROOT });
  workers.push(child);
  let log = '';
  child.stdout!.on('data', (d) => { log += d; });
  child.stderr!.on('data', (d) => { log += d; });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exit, log: () => log };
}

const batches = new Map<number, { articles: string; singleExport: Promise<string> }>();

/**
 * The batch on disk, and its single-process SQLite export (started at once: it runs beside the
 * workers). Made once per size: both engines' tests compare against the same reference.
 */
function batch(count: number): { articles: string; singleExport: Promise<string> } {
  let made = batches.get(count);
  if (!made) batches.set(count, made = makeBatch(count));
  return made;
}

function makeBatch(count: number): { articles: string; singleExport: Promise<string> } {
  const articles = join(dir, `articles-${count}`);
  writeArticles(articles, count);
  const refDb = join(dir, `single-${count}.db`);
  const singleExport = corridor(['ingest', articles, '--db', refDb, '--quiet']).then(async (r) => {
    assert.equal(r.code, 0, r.stderr);
    return (await corridor(['export', '--format', 'json', '--db', refDb])).stdout;
  });
  return { articles, singleExport };
}

for (const engine of ['sqlite', 'postgres'] as EngineName[]) {
  const skip = skipWithoutPg || (engine === 'postgres' && !STORE_PG_URL ? 'the PostgreSQL store is tested when CORRIDOR_TEST_PG is set' : false);
  test(`two workers on a ${engine} store, one killed with SIGKILL mid-batch and restarted: ${COUNT} documents stored once, same export as a SQLite ingest`, { skip, timeout: 1_200_000 }, () => killAndRestart(engine));
}

async function killAndRestart(engine: EngineName): Promise<void> {
  const started = Date.now();
  // seconds spent in each step, for the summary line
  const phases: string[] = [];
  let mark = started;
  const phase = (name: string) => { const now = Date.now(); phases.push(`${name} ${((now - mark) / 1000).toFixed(0)}`); mark = now; };
  /** The kill lands once this many documents are stored: well inside the batch. */
  const KILL_AT = Math.round(COUNT * 0.3);
  const { articles, singleExport } = batch(COUNT);
  const queue = await testQueue(`kill_${engine}`);
  const store = await freshDatabase(engine);
  try {
    const teamDb = store.target;
    const enqueued = await corridor(['ingest', articles, '--queue', queue.url, '--job-timeout', '5s', '--retry-delay', '1s', '--quiet']);
    assert.equal(enqueued.code, 0, enqueued.stderr);
    assert.match(enqueued.stdout, new RegExp(`enqueued: ${COUNT} new jobs, 0 already queued, 0 failed`));
    // enqueueing the same batch again adds no job: the id is the content hash's
    const again = await corridor(['ingest', articles, '--queue', queue.url, '--quiet']);
    assert.match(again.stdout, new RegExp(`enqueued: 0 new jobs, ${COUNT} already queued, 0 failed`));

    phase('enqueue');
    const a = startWorker(queue.url, teamDb);
    const b = startWorker(queue.url, teamDb);
    while ((await storedDocuments(teamDb)).documents < KILL_AT) {
      assert.equal(a.child.exitCode, null, `worker a ended early:\n${a.log()}`);
      assert.equal(b.child.exitCode, null, `worker b ended early:\n${b.log()}`);
      await sleep(100);
    }
    a.child.kill('SIGKILL');
    assert.equal((await a.exit).signal, 'SIGKILL');
    const atKill = (await storedDocuments(teamDb)).documents;
    assert.ok(atKill < COUNT, `the kill came too late (${atKill} stored)`);
    const restarted = startWorker(queue.url, teamDb);

    let states: Record<string, number> = {};
    for (const deadline = Date.now() + 900_000; Date.now() < deadline; await sleep(500)) {
      states = await queue.states();
      if ((states.completed ?? 0) + (states.failed ?? 0) === COUNT) break;
    }
    assert.deepEqual(states, { completed: COUNT }, `b:\n${b.log()}\nrestarted:\n${restarted.log()}`);
    phase('all jobs done');
    // the jobs the killed worker held expired and ran again elsewhere
    assert.ok((await queue.retried()) >= 1, 'no job was taken over from the killed worker');

    // SIGTERM: both stop taking jobs, refresh the register, exit 0
    b.child.kill('SIGTERM');
    restarted.child.kill('SIGTERM');
    assert.deepEqual(await b.exit, { code: 0, signal: null }, b.log());
    assert.deepEqual(await restarted.exit, { code: 0, signal: null }, restarted.log());

    phase('stop');
    assert.deepEqual(await storedDocuments(teamDb), { documents: COUNT, hashes: COUNT });
    const teamExport = await corridor(['export', '--format', 'json', '--db', teamDb]);
    assert.equal(teamExport.code, 0, teamExport.stderr);
    assert.ok(teamExport.stdout.length > 100_000, 'the export is suspiciously small');
    // the single-process reference ran meanwhile (started with the first engine's test)
    phase('export');
    const expected = await singleExport;
    phase('reference');
    if (teamExport.stdout !== expected) {
      // kept for a look: the two exports, line by line
      const kept = mkdtempSync(join(tmpdir(), 'corridor-queue-kill-differs-'));
      writeFileSync(join(kept, 'team.json'), teamExport.stdout);
      writeFileSync(join(kept, 'single.json'), expected);
      const [t, e] = [teamExport.stdout.split('\n'), expected.split('\n')];
      const at = t.findIndex((line, i) => line !== e[i]);
      const stale = await staleFlag(teamDb);
      const rebuilt = codeFingerprint() === CODE_AT_START ? '' : '; dist/ or data/ changed while the test ran: its processes did not all run the same code';
      assert.fail(`the team register differs from the single-process one (exports in ${kept}; stale flag ${stale}${rebuilt}; logs: ${b.log().match(/register not replayed.*/g)} ${restarted.log().match(/register not replayed.*/g)}), from line ${at + 1}:\n  team:   ${t[at]}\n  single: ${e[at]}`);
    }
    // where the time went: each replay holds the write lock while every worker's stores wait
    const replays = [a.log(), b.log(), restarted.log()].flatMap((log) => log.match(/register replayed: .*/g) ?? []);
    process.stderr.write(`# ${engine} store: ${COUNT} documents, killed at ${atKill} stored, ${await queue.retried()} jobs taken over, ${replays.length} replays (${replays.map((r) => r.replace('register replayed: ', '')).join('; ')}), ${((Date.now() - started) / 1000).toFixed(0)} s in all (${phases.join(', ')})\n`);
  } finally {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await queue.drop();
    await store.drop();
  }
}

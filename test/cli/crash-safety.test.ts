// Crash safety of ingest on SQLite: a run killed with SIGKILL part-way leaves a database that
// passes integrity_check, and running the same command again finishes the batch with every
// document stored exactly once and the same register a clean single run builds.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { corridor, ROOT } from './run-cli.js';
import { writeGeneratedArticles } from './generated-articles.js';

const COUNT = 200;
/** Documents the killed run must have committed before the kill, so the kill lands mid-batch. */
const KILL_AFTER = 40;

const dir = mkdtempSync(join(tmpdir(), 'corridor-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Documents committed so far, read without taking a write lock; null while the file or table is not there yet. */
function committedDocuments(db: string): number | null {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return null;
  }
}

interface Register {
  documents: number;
  distinctHashes: number;
  projects: string[];
  statements: number;
  organizations: number;
  places: number;
  people: number;
}

function register(db: string): Register {
  const conn = new Database(db, { readonly: true });
  try {
    const n = (sql: string): number => (conn.prepare(sql).get() as { n: number }).n;
    const projects = (conn.prepare('SELECT key, name, type, status, country FROM projects').all() as Record<string, unknown>[])
      .map((p) => JSON.stringify(p)).sort();
    return {
      documents: n('SELECT count(*) AS n FROM documents'),
      distinctHashes: n('SELECT count(DISTINCT content_hash) AS n FROM documents'),
      projects,
      statements: n('SELECT count(*) AS n FROM project_statements'),
      organizations: n('SELECT count(*) AS n FROM organizations'),
      places: n('SELECT count(*) AS n FROM places'),
      people: n('SELECT count(*) AS n FROM people'),
    };
  } finally {
    conn.close();
  }
}

test(`ingest killed with SIGKILL part-way through ${COUNT} articles: integrity ok, a re-run stores each document once, same register as a clean run`, async () => {
  const articles = join(dir, 'articles');
  mkdirSync(articles);
  writeGeneratedArticles(articles, COUNT);
  const cleanDb = join(dir, 'clean.db');
  const crashDb = join(dir, 'crash.db');

  // the clean run goes alongside the run that gets killed: two cores, half the wait
  const clean = corridor(['ingest', articles, '--db', cleanDb, '--quiet']);

  const child = spawn(process.execPath, [join(ROOT, 'bin/corridor.js'), 'ingest', articles, '--db', crashDb, '--quiet'], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let seen: number | null = null;
  while ((seen = committedDocuments(crashDb)) === null || seen < KILL_AFTER) {
    if (child.exitCode !== null) assert.fail(`the run finished before it could be killed (${seen} documents)`);
    await sleep(25);
  }
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL');

  const afterKill = committedDocuments(crashDb);
  assert.ok(afterKill !== null && afterKill >= KILL_AFTER && afterKill < COUNT, `killed mid-batch: ${afterKill} of ${COUNT} stored`);

  // opening read-write replays or drops the write-ahead log the kill left behind
  const conn = new Database(crashDb);
  try {
    assert.deepEqual(conn.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
    assert.deepEqual(conn.pragma('foreign_key_check'), []);
  } finally {
    conn.close();
  }

  const rerun = await corridor(['ingest', articles, '--db', crashDb, '--quiet']);
  assert.equal(rerun.code, 0, rerun.stdout + rerun.stderr);
  assert.match(rerun.stdout, new RegExp(`^ingested: ${COUNT - afterKill!} new, ${afterKill} already present, 0 failed$`, 'm'));

  const cleanRun = await clean;
  assert.equal(cleanRun.code, 0, cleanRun.stdout + cleanRun.stderr);

  const resumed = register(crashDb);
  const reference = register(cleanDb);
  assert.equal(resumed.documents, COUNT);
  assert.equal(resumed.distinctHashes, COUNT);
  assert.ok(reference.projects.length > 0, 'the clean run found projects');
  assert.deepEqual(resumed, reference);
});

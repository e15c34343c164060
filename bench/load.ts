// The server under load, on loopback: autocannon against /api/projects and /api/search with
// 100 connections for 20 s each, once with nothing else running (the peer) and once while a
// `corridor ingest` of generated articles writes to the same database from another process.
// Prints requests/s, p50 and p99 latency, errors and non-2xx answers for each run, and the
// ingest run's figures as a ratio of its peer's. Issue 7's target for the ingest runs: no
// errors, p99 under 100 ms.
//
//   npx tsx bench/load.ts [--documents 3000] [--per-doc 3] [--connections 100] [--duration 20]
//                         [--ingest-articles 4000] [--ingest-threads N] [--ingest-nice 0] [--fresh] [--json]
//
// --ingest-threads is passed to `corridor ingest --threads` (default: its own, one per core but the writer's);
// --ingest-nice lowers the ingest's CPU priority. Both show how much of the difference is the
// two processes sharing the machine's cores.
//
// The register (the bundled examples plus --documents generated ones, bench/web-corpus.ts) is
// built once into .bench/ and copied for each run, so every run starts from the same file.
// `corridor serve` and `corridor ingest` run as child processes from the sources (tsx), as a
// user would run them. Only 127.0.0.1 is contacted. Nothing here asserts on time.

import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { ingestDocuments } from '../src/pipeline/ingest-documents.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { generateCorpus } from './corpus.js';
import { webCorpus } from './web-corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'src', 'cli', 'run.ts');

interface Options { documents: number; perDoc: number; connections: number; duration: number; ingestArticles: number; ingestThreads: number | null; ingestNice: number; fresh: boolean; json: boolean }

function options(argv: string[]): Options {
  const value = (name: string, fallback: number, min = 1) => {
    const at = argv.indexOf(name);
    const n = at >= 0 ? Number(argv[at + 1]) : fallback;
    if (!Number.isInteger(n) || n < min) throw new Error(`${name} needs an integer >= ${min}`);
    return n;
  };
  return {
    documents: value('--documents', 3000), perDoc: value('--per-doc', 3), connections: value('--connections', 100),
    duration: value('--duration', 20), ingestArticles: value('--ingest-articles', 4000),
    ingestThreads: argv.includes('--ingest-threads') ? value('--ingest-threads', 0, 0) : null, ingestNice: value('--ingest-nice', 0, 0), fresh: argv.includes('--fresh'), json: argv.includes('--json'),
  };
}

const log = (message: string) => process.stderr.write(`${message}\n`);

/** What each endpoint's run asks for: several queries, so no single cached answer is measured. */
const ENDPOINTS: { name: string; paths: string[] }[] = [
  { name: '/api/projects', paths: ['/api/projects', '/api/projects?country=KZ', '/api/projects?sector=energy&limit=50', '/api/projects?q=solar', '/api/projects?status=construction&offset=100'] },
  { name: '/api/search', paths: ['/api/search?q=solar', '/api/search?q=railway%20Kazakhstan', '/api/search?q=bank', '/api/search?q=urea%20plant', '/api/search?q=Tashkent'] },
];

/** The kept register: examples through the real pipeline, then the generated documents, one replay. */
async function baseRegister(o: Options): Promise<string> {
  const dir = join(ROOT, '.bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `load-${o.documents}-${o.perDoc}.db`);
  if (o.fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  if (existsSync(file)) return file;
  log(`building ${file}`);
  const store = openSqliteStore(file);
  await ingestDocuments([join(ROOT, 'examples')], store);
  let n = 0;
  for (const doc of webCorpus({ documents: o.documents, projectsPerDocument: o.perDoc })) {
    await store.addDocument(doc, { deferRebuild: true });
    if (++n % 1000 === 0) log(`  stored ${n}/${o.documents} documents`);
  }
  log('  replaying the register');
  await store.refresh();
  await store.close();
  return file;
}

/**
 * Articles for the concurrent ingest, as text files. Dated after everything in the register,
 * so each one is resolved into the register in its own write transaction as it arrives
 * (an older date would only mark the register for a replay at the end of the batch).
 */
function ingestFolder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-load-articles-'));
  const { articles } = generateCorpus({ mb: Math.max(1, Math.ceil((count * 3.2) / 1024)), seed: 7 });
  const start = Date.UTC(2030, 0, 1);
  articles.slice(0, count).forEach((a, i) => {
    const published = new Date(start + i * 3_600_000).toISOString().slice(0, 10);
    writeFileSync(join(dir, `a-${String(i).padStart(5, '0')}.txt`), `Title: ${a.title}\nSource: ${a.source}\nPublished: ${published}\n\n${a.text}`);
  });
  return dir;
}

function cli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CORRIDOR_API_TOKEN: '' } });
}

async function serve(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = cli(['serve', '--db', db, '--port', '0']);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('close', () => reject(new Error(`serve exited: ${out}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const closed = new Promise((r) => child.on('close', r));
  child.kill('SIGTERM');
  await closed;
}

function countDocuments(db: string): number {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

interface Run { requestsPerSecond: number; p50: number; p99: number; errors: number; timeouts: number; non2xx: number; requests: number; ingested: number | null; ingestRunning: boolean | null }

async function measure(o: Options, base: string, paths: string[], withIngest: boolean, articles: string): Promise<Run> {
  const work = mkdtempSync(join(tmpdir(), 'corridor-load-'));
  const db = join(work, 'register.db');
  copyFileSync(base, db);
  const server = await serve(db);
  let ingest: ChildProcess | null = null;
  let ingestOut = '';
  try {
    // A short warm-up: statement caches and the JIT, not counted.
    await autocannon({ url: server.url, connections: 10, duration: 2, requests: paths.map((path) => ({ path })) });
    const before = countDocuments(db);
    if (withIngest) {
      ingest = cli(['ingest', articles, '--db', db, '--quiet', ...(o.ingestThreads === null ? [] : ['--threads', String(o.ingestThreads)])]);
      if (o.ingestNice > 0) setPriority(ingest.pid!, o.ingestNice);
      ingest.stdout!.on('data', (d) => (ingestOut += d));
      ingest.stderr!.on('data', (d) => (ingestOut += d));
      // Wait for the first stored document, so the load meets an ingest that is writing.
      while (countDocuments(db) === before) {
        if (ingest.exitCode !== null) throw new Error(`ingest exited early: ${ingestOut}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const r = await autocannon({ url: server.url, connections: o.connections, duration: o.duration, timeout: 10, requests: paths.map((path) => ({ path })) });
    const running = ingest ? ingest.exitCode === null : null;
    const ingested = withIngest ? countDocuments(db) - before : null;
    return {
      requestsPerSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, timeouts: r.timeouts,
      non2xx: r.non2xx, requests: r.requests.total, ingested, ingestRunning: running,
    };
  } finally {
    if (ingest) await stop(ingest);
    await stop(server.child);
    rmSync(work, { recursive: true, force: true });
  }
}

async function main() {
  const o = options(process.argv.slice(2));
  const base = await baseRegister(o);
  const articles = ingestFolder(o.ingestArticles);
  const projects = (() => {
    const conn = new Database(base, { readonly: true });
    try {
      return (conn.prepare('SELECT COUNT(*) AS n FROM projects').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  })();
  const rows: { endpoint: string; peer: Run; ingest: Run }[] = [];
  try {
    for (const e of ENDPOINTS) {
      log(`${e.name}: ${o.connections} connections, ${o.duration} s, alone`);
      const peer = await measure(o, base, e.paths, false, articles);
      log(`${e.name}: the same while an ingest writes`);
      const withIngest = await measure(o, base, e.paths, true, articles);
      rows.push({ endpoint: e.name, peer, ingest: withIngest });
    }
  } finally {
    rmSync(articles, { recursive: true, force: true });
  }
  if (o.json) {
    console.log(JSON.stringify({ projects, documents: countDocuments(base), connections: o.connections, duration: o.duration, rows }, null, 2));
    return;
  }
  console.log(`register: ${projects} projects in ${countDocuments(base)} documents; ${o.connections} connections, ${o.duration} s per run, 127.0.0.1, ${availableParallelism()} cores`);
  console.log(`ingest: corridor ingest of generated articles, threads ${o.ingestThreads ?? 'default (one per core less the writer, at least one)'}${o.ingestNice ? `, nice ${o.ingestNice}` : ''}`);
  console.log('');
  const fmt = (r: Run) => `${r.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  errors ${r.errors + r.timeouts}  non-2xx ${r.non2xx}`;
  for (const { endpoint, peer, ingest } of rows) {
    console.log(`${endpoint} (${ENDPOINTS.find((e) => e.name === endpoint)!.paths.length} queries in turn)`);
    console.log(`  alone         ${fmt(peer)}`);
    console.log(`  during ingest ${fmt(ingest)}  (${ingest.ingested} documents stored during the run, ${(ingest.ingested! / o.duration).toFixed(0)}/s${ingest.ingested! >= o.ingestArticles ? '; all of them: the ingest ran out before the end, raise --ingest-articles' : ''})`);
    console.log(`  ratio (during ingest / alone): req/s ${(ingest.requestsPerSecond / peer.requestsPerSecond).toFixed(2)}, p99 ${(ingest.p99 / Math.max(peer.p99, 1)).toFixed(2)}`);
    const ok = ingest.errors + ingest.timeouts + ingest.non2xx === 0 && ingest.p99 < 100;
    console.log(`  target (no errors, p99 < 100 ms during ingest): ${ok ? 'met' : 'NOT met'}`);
  }
}

await main();

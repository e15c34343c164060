// End-to-end ingest throughput (read, extract, resolve, store) on generated ~500-word articles,
// beside the extraction-only ceiling on the same articles, as ratios.
//
//   npx tsx bench/ingest.ts [--articles 1000] [--threads 0,2] [--order random|date] [--workers 1,2,4] [--queue URL] [--store DB] [--json]
//
// What it does:
//   1. Writes --articles generated articles (bench/corpus.ts, deterministic) as text files with a
//      Title/Published/Source header into a temp folder.
//   2. The ceiling: extract() alone over the same articles on one thread, in this process.
//   3. For each --threads value, a child process (so each has its own peak memory) runs
//      ingestDocuments over the folder into a fresh SQLite file, then the same with twice the
//      articles (the folder holds both), to show whether memory stays flat in the batch size.
//   4. Team mode, for each --workers count: the articles are enqueued on the PostgreSQL queue
//      (--queue, else $CORRIDOR_TEST_PG, else the loopback default; skipped with a note when
//      none answers), then that many worker processes (one job at a time each) store them into
//      a fresh register (a SQLite file they share, or with --store postgres://... a fresh schema
//      there). Timed from the workers' start until
//      the last has exited after the queue drained (its final register refresh included);
//      peak RSS is the largest worker's. Enqueueing (reading and sending) is its own row.
//   5. Prints articles/s, peak RSS, and each figure's ratio to the ceiling. Machines here are
//      shared and noisy: compare ratios, not raw figures.
//   6. For the SQLite rows, where the CPU went (Linux, from /proc/self/task): the main thread
//      (reading, the one writer and the final replay), the extraction threads, and the process's
//      other threads (V8's compiler and collector helpers, libuv), each in ms per article, and the
//      final replay's seconds. Articles are dated at random (--order random: the register goes
//      stale and is replayed at the end); --order date writes them oldest first, so each one is
//      resolved as it is stored and nothing is replayed.

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng, generateArticle } from './corpus.js';

const args = process.argv.slice(2);
const flag = (name: string, dflt: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };


async function main(): Promise<void> {
  const n = Number(flag('articles', '1000'));
  const threadCounts = flag('threads', '0,2').split(',').map(Number);
  const order = flag('order', 'random');
  if (order !== 'random' && order !== 'date') throw new Error('--order is random or date');
  const dir = mkdtempSync(join(tmpdir(), 'corridor-bench-ingest-'));
  try {
    const r = new Rng(20261128);
    const files = Array.from({ length: 2 * n }, (_, i) => {
      const a = generateArticle(r, i);
      return `Title: ${a.title}\nPublished: ${a.published}\nSource: ${a.source}\n\n${a.text}`;
    });
    // Oldest first across both folders (files are read in name order, folder a before b), in the
    // register's own order (date, then the hash of the text as the reader reads it): one article
    // sorting before the one stored just before it would make the register stale.
    if (order === 'date') {
      const { readText } = await import('../src/ingest/read-text.js');
      const { contentHash } = await import('../src/pipeline/ingest-documents.js');
      const { analysisText } = await import('../src/nlp/extract.js');
      const canon = new Map(files.map((f) => {
        const doc = readText(f, { input: 'x.txt', path: 'x.txt' });
        if ('reason' in doc) throw new Error(doc.reason);
        return [f, `${doc.meta.published}|${contentHash(analysisText(doc.text, doc.meta.title).text)}`];
      }));
      files.sort((x, y) => (canon.get(x)! < canon.get(y)! ? -1 : 1));
    }
    for (const [i, f] of files.entries()) {
      const folder = join(dir, i < n ? 'a' : 'b');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${String(i).padStart(6, '0')}.txt`), f);
    }
    process.stderr.write(`bench/ingest: ${n} articles (and ${2 * n} for the memory check) in ${dir}\n`);
    const ceiling = await extractionCeiling(join(dir, 'a'));
    const rows: Row[] = [
      { config: 'extraction only, 1 thread (ceiling)', articles: n, perSecond: ceiling, rssMb: NaN, ratio: 1 },
    ];
    for (const t of threadCounts) {
      for (const [label, inputs, count] of [['', [join(dir, 'a')], n], [' (2x batch)', [join(dir, 'a'), join(dir, 'b')], 2 * n]] as const) {
        const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', inputs.join(','), String(t), String(count)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
        const m = JSON.parse(out.trim().split('\n').pop()!) as Omit<Row, 'config' | 'articles' | 'ratio'>;
        rows.push({ config: `SQLite ingest, ${t === 0 ? 'main thread only' : `${t} extraction threads`}${label}`, articles: count, ...m, ratio: m.perSecond / ceiling });
      }
    }
    rows.push(...await workerRows(join(dir, 'a'), n, ceiling));
    if (args.includes('--json')) { process.stdout.write(JSON.stringify(rows, null, 2) + '\n'); return; }
    const ms = (v: number | undefined) => (v === undefined ? '-' : v.toFixed(2)).padStart(9);
    process.stdout.write(`${'configuration'.padEnd(52)}${'articles'.padStart(9)}${'art/s'.padStart(9)}${'peak MB'.padStart(9)}${'x ceiling'.padStart(11)}`
      + `${'main'.padStart(9)}${'threads'.padStart(9)}${'helpers'.padStart(9)}${'replay s'.padStart(10)}\n`);
    for (const row of rows) {
      process.stdout.write(`${row.config.padEnd(52)}${String(row.articles).padStart(9)}${row.perSecond.toFixed(0).padStart(9)}${(Number.isNaN(row.rssMb) ? '-' : row.rssMb.toFixed(0)).padStart(9)}${row.ratio.toFixed(2).padStart(11)}`
        + `${ms(row.cpu?.main)}${ms(row.cpu?.threads)}${ms(row.cpu?.helpers)}${(row.replaySeconds === undefined ? '-' : row.replaySeconds.toFixed(1)).padStart(10)}\n`);
    }
    process.stdout.write(`articles dated ${order === 'date' ? 'oldest first' : 'at random (one replay at the end)'}; main/threads/helpers: CPU ms per article on the main thread (read, write, replay), the extraction threads, and V8's and libuv's helper threads\n`);
    process.stdout.write('target: SQLite ingest >= 500 articles/s on 2 cores; memory flat in the batch size\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function extractionCeiling(dir: string): Promise<number> {
  const { readInput } = await import('../src/ingest/read-inputs.js');
  const { extractDocument } = await import('../src/pipeline/ingest-documents.js');
  const docs = [];
  for (const f of readdirSync(dir).sort()) docs.push(...(await readInput(join(dir, f))));
  const read = docs.filter((d): d is Exclude<typeof d, { reason: string }> => !('reason' in d));
  for (const d of read.slice(0, 20)) extractDocument(d); // warm-up
  const t = performance.now();
  for (const d of read) extractDocument(d);
  return read.length / ((performance.now() - t) / 1000);
}

async function child(inputs: string, threads: number, expected: number): Promise<void> {
  const { ingestDocuments } = await import('../src/pipeline/ingest-documents.js');
  const { openSqliteStore } = await import('../src/store/sqlite-store.js');
  const dbDir = mkdtempSync(join(tmpdir(), 'corridor-bench-db-'));
  const store = openSqliteStore(join(dbDir, 'register.db'));
  // the final replay, timed apart
  const refresh = store.refresh.bind(store);
  let replaySeconds = 0;
  store.refresh = async () => { const t = performance.now(); const r = await refresh(); replaySeconds = (performance.now() - t) / 1000; return r; };
  await stat(dbDir); // starts libuv's thread pool now, so its threads count among the helpers
  const cpu = new ThreadCpu();
  try {
    const t = performance.now();
    const s = await ingestDocuments(inputs.split(','), store, { threads });
    const seconds = (performance.now() - t) / 1000;
    if (s.added !== expected) throw new Error(`expected ${expected} new documents, got ${s.added} (${s.failed} failed)`);
    process.stdout.write(JSON.stringify({ perSecond: s.added / seconds, rssMb: process.resourceUsage().maxRSS / 1024, cpu: cpu.stop(s.added), replaySeconds }) + '\n');
  } finally {
    await store.close();
    rmSync(dbDir, { recursive: true, force: true });
  }
}

/**
 * CPU time of this process's threads since it was made, in ms per article: the main thread,
 * threads started since (the extraction threads and their loaders), and the others that were
 * there already (V8's compiler and collector helpers, libuv's pool). Linux only (undefined
 * elsewhere); a thread is read every 100 ms, so one that ends loses at most its last 100 ms.
 */
class ThreadCpu {
  private readonly start = new Map<string, number>();
  private readonly last = new Map<string, number>();
  private readonly timer: NodeJS.Timeout | null = null;

  constructor() {
    if (!this.read()) return;
    for (const [tid, v] of this.last) this.start.set(tid, v);
    this.timer = setInterval(() => this.read(), 100);
  }

  private read(): boolean {
    let tids: string[];
    try { tids = readdirSync('/proc/self/task'); } catch { return false; }
    const tick = 1000 / 100; // USER_HZ is 100 on Linux
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        this.last.set(tid, (Number(f[11]) + Number(f[12])) * tick);
      } catch { /* the thread ended */ }
    }
    return true;
  }

  stop(articles: number): { main: number; threads: number; helpers: number } | undefined {
    if (!this.timer) return undefined;
    clearInterval(this.timer);
    this.read();
    const out = { main: 0, threads: 0, helpers: 0 };
    for (const [tid, ms] of this.last) {
      const used = ms - (this.start.get(tid) ?? 0);
      if (tid === String(process.pid)) out.main += used;
      else if (this.start.has(tid)) out.helpers += used;
      else out.threads += used;
    }
    return { main: out.main / articles, threads: out.threads / articles, helpers: out.helpers / articles };
  }
}

type Row = {
  config: string; articles: number; perSecond: number; rssMb: number; ratio: number;
  cpu?: { main: number; threads: number; helpers: number }; replaySeconds?: number;
};

/** Team mode rows: enqueue once per worker count (a fresh pg-boss schema each), then time the workers. */
async function workerRows(folder: string, n: number, ceiling: number): Promise<Row[]> {
  const counts = flag('workers', '1,2,4').split(',').filter(Boolean).map(Number);
  if (!counts.length) return [];
  const pg = (await import('pg')).default;
  const base = flag('queue', process.env.CORRIDOR_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test');
  const client = new pg.Client({ connectionString: base.replace(/\?.*$/, ''), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
  } catch (err) {
    process.stderr.write(`bench/ingest: no PostgreSQL at ${base} (${(err as Error).message}); worker rows skipped\n`);
    return [];
  }
  const { queueTarget, openQueue } = await import('../src/queue/open-queue.js');
  const { enqueueDocuments } = await import('../src/queue/enqueue-documents.js');
  const { DEFAULT_JOB_POLICY } = await import('../src/queue/job-policy.js');
  const rows: Row[] = [];
  try {
    for (const k of counts) {
      const schema = `corridor_bench_${process.pid}_${k}`;
      const url = new URL(base);
      url.searchParams.set('schema', schema);
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      const dbDir = mkdtempSync(join(tmpdir(), 'corridor-bench-team-'));
      try {
        const boss = await openQueue(queueTarget(url.toString())!);
        const t0 = performance.now();
        const queued = await enqueueDocuments([folder], boss, { policy: DEFAULT_JOB_POLICY });
        const enqueueSeconds = (performance.now() - t0) / 1000;
        await boss.stop({ graceful: false });
        if (queued.queued !== n) throw new Error(`expected ${n} jobs, enqueued ${queued.queued} (${queued.failed} failed)`);
        if (k === counts[0]) rows.push({ config: 'enqueue (read + send), PostgreSQL queue', articles: n, perSecond: n / enqueueSeconds, rssMb: NaN, ratio: n / enqueueSeconds / ceiling });
        // a fresh register each run: a SQLite file, or a schema of the --store PostgreSQL database
        let store = join(dbDir, 'register.db');
        const storeFlag = flag('store', '');
        if (storeFlag.startsWith('postgres')) {
          const storeUrl = new URL(storeFlag);
          storeUrl.searchParams.set('options', `-c search_path=${schema}_store`);
          await client.query(`DROP SCHEMA IF EXISTS ${schema}_store CASCADE; CREATE SCHEMA ${schema}_store`);
          store = storeUrl.toString();
        }
        const t = performance.now();
        const workers = Array.from({ length: k }, () => spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--worker-child', url.toString(), store], { stdio: ['ignore', 'pipe', 'inherit'] }));
        const reports = workers.map((w) => new Promise<{ rssMb: number }>((resolve, reject) => {
          let out = '';
          w.stdout!.on('data', (d) => { out += d; });
          w.on('exit', (code) => code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`worker exited ${code}`)));
        }));
        for (;;) {
          const { rows: [r] } = await client.query(`SELECT count(*)::int AS n FROM ${schema}.job WHERE name = 'corridor-documents' AND state = 'completed'`);
          if (r.n >= n) break;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        for (const w of workers) w.kill('SIGTERM');
        const peaks = await Promise.all(reports);
        const perSecond = n / ((performance.now() - t) / 1000);
        rows.push({ config: `PostgreSQL queue, ${k} worker${k > 1 ? 's' : ''}, store ${store.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}`, articles: n, perSecond, rssMb: Math.max(...peaks.map((p) => p.rssMb)), ratio: perSecond / ceiling });
      } finally {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_store CASCADE`);
        rmSync(dbDir, { recursive: true, force: true });
      }
    }
  } finally {
    await client.end();
  }
  return rows;
}

/** One worker process: takes jobs one at a time until SIGTERM, then reports its peak RSS. */
async function workerChild(queueUrl: string, db: string): Promise<void> {
  const { queueTarget, openQueue } = await import('../src/queue/open-queue.js');
  const { runDocumentWorker } = await import('../src/queue/document-worker.js');
  const { openStore } = await import('../src/store/open-store.js');
  const store = openStore(db);
  const boss = await openQueue(queueTarget(queueUrl)!, { supervise: true });
  const stop = new AbortController();
  process.on('SIGTERM', () => stop.abort());
  await runDocumentWorker(boss, store, { concurrency: 1, refreshEveryMs: 60_000, idlePollMs: 200, expireCheckMs: 5_000, signal: stop.signal });
  await boss.stop({ graceful: false });
  await store.close();
  process.stdout.write(JSON.stringify({ rssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

// last: the classes above must exist before any of this runs
if (args[0] === '--child') await child(args[1], Number(args[2]), Number(args[3]));
else if (args[0] === '--worker-child') await workerChild(args[1], args[2]);
else await main();

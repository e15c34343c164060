// End-to-end ingest throughput (read, extract, resolve, store) on generated ~500-word articles,
// beside the extraction-only ceiling on the same articles, as ratios.
//
//   npx tsx bench/ingest.ts [--articles 1000] [--threads 0,2] [--json]
//
// What it does:
//   1. Writes --articles generated articles (bench/corpus.ts, deterministic) as text files with a
//      Title/Published/Source header into a temp folder.
//   2. The ceiling: extract() alone over the same articles on one thread, in this process.
//   3. For each --threads value, a child process (so each has its own peak memory) runs
//      ingestDocuments over the folder into a fresh SQLite file, then the same with twice the
//      articles (the folder holds both), to show whether memory stays flat in the batch size.
//   4. Prints articles/s, peak RSS, and each figure's ratio to the ceiling. Machines here are
//      shared and noisy: compare ratios, not raw figures.
//
// PostgreSQL with workers is not built yet (issue 6); its rows will join this table.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng, generateArticle } from './corpus.js';

const args = process.argv.slice(2);
const flag = (name: string, dflt: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };

if (args[0] === '--child') await child(args[1], Number(args[2]), Number(args[3]));
else await main();

async function main(): Promise<void> {
  const n = Number(flag('articles', '1000'));
  const threadCounts = flag('threads', '0,2').split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'corridor-bench-ingest-'));
  try {
    const r = new Rng(20261128);
    for (let i = 0; i < 2 * n; i++) {
      const a = generateArticle(r, i);
      const folder = join(dir, i < n ? 'a' : 'b');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${String(i).padStart(6, '0')}.txt`), `Title: ${a.title}\nPublished: ${a.published}\nSource: ${a.source}\n\n${a.text}`);
    }
    process.stderr.write(`bench/ingest: ${n} articles (and ${2 * n} for the memory check) in ${dir}\n`);
    const ceiling = await extractionCeiling(join(dir, 'a'));
    const rows: { config: string; articles: number; perSecond: number; rssMb: number; ratio: number }[] = [
      { config: 'extraction only, 1 thread (ceiling)', articles: n, perSecond: ceiling, rssMb: NaN, ratio: 1 },
    ];
    for (const t of threadCounts) {
      for (const [label, inputs, count] of [['', [join(dir, 'a')], n], [' (2x batch)', [join(dir, 'a'), join(dir, 'b')], 2 * n]] as const) {
        const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', inputs.join(','), String(t), String(count)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
        const m = JSON.parse(out.trim().split('\n').pop()!) as { perSecond: number; rssMb: number };
        rows.push({ config: `SQLite ingest, ${t === 0 ? 'main thread only' : `${t} extraction threads`}${label}`, articles: count, perSecond: m.perSecond, rssMb: m.rssMb, ratio: m.perSecond / ceiling });
      }
    }
    if (args.includes('--json')) { process.stdout.write(JSON.stringify(rows, null, 2) + '\n'); return; }
    process.stdout.write(`${'configuration'.padEnd(52)}${'articles'.padStart(9)}${'art/s'.padStart(9)}${'peak MB'.padStart(9)}${'x ceiling'.padStart(11)}\n`);
    for (const row of rows) {
      process.stdout.write(`${row.config.padEnd(52)}${String(row.articles).padStart(9)}${row.perSecond.toFixed(0).padStart(9)}${(Number.isNaN(row.rssMb) ? '-' : row.rssMb.toFixed(0)).padStart(9)}${row.ratio.toFixed(2).padStart(11)}\n`);
    }
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
  try {
    const t = performance.now();
    const s = await ingestDocuments(inputs.split(','), store, { threads });
    const seconds = (performance.now() - t) / 1000;
    if (s.added !== expected) throw new Error(`expected ${expected} new documents, got ${s.added} (${s.failed} failed)`);
    process.stdout.write(JSON.stringify({ perSecond: s.added / seconds, rssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
  } finally {
    await store.close();
    rmSync(dbDir, { recursive: true, force: true });
  }
}

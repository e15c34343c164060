// What a cold engine costs: CPU per article over the first articles a fresh process extracts, beside the same
// process's CPU per article once it is warm, as a ratio.
//
//   npx tsx bench/warmup.ts [--articles 3000] [--window 500] [--runs 3] [--json]
//
// Why: every `corridor ingest` run and every extraction thread starts a new V8 isolate, which interprets the engine,
// then compiles its hot functions with TurboFan on background threads, and compiles them again each time a function
// meets a case its optimised code did not expect (a deoptimisation). On generated articles this lasts for about the
// first thousand articles and costs as much CPU as extracting them, so a 1,000-article ingest pays it in full.
//
// What it does: each run is a child process (a cold isolate) that generates --articles articles (bench/corpus.ts,
// the same seed every run), then extracts them in order and reads, per window of --window articles, the CPU time of
// the whole process (every thread: V8's compiler and collector threads too) and of its main thread alone. It prints
// each window's CPU per article and the ratio of the first window to the last. The last window is the warm peer:
// the same process, code and kind of article, so a busy machine slows both alike. Read the ratios; the absolute
// figures move with the machine.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Rng, generateArticle } from './corpus.js';
import { threadCpuMs } from './thread-cpu.js';

const args = process.argv.slice(2);
const flag = (name: string, dflt: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };

interface Window { from: number; processMs: number; mainMs: number | null }

async function child(n: number, window: number): Promise<void> {
  const { extract } = await import('../src/nlp/extract.js');
  const r = new Rng(20261208);
  const articles = Array.from({ length: n }, (_, i) => generateArticle(r, i));
  const out: Window[] = [];
  for (let from = 0; from < n; from += window) {
    const cpu0 = process.cpuUsage();
    const main0 = threadCpuMs();
    const part = articles.slice(from, from + window);
    for (const a of part) extract({ text: a.text, title: a.title, published: a.published, source: a.source, path: a.path });
    const cpu = process.cpuUsage(cpu0);
    const main1 = threadCpuMs();
    out.push({
      from,
      processMs: (cpu.user + cpu.system) / 1000 / part.length,
      mainMs: main0 === null || main1 === null ? null : (main1 - main0) / part.length,
    });
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

function main(): void {
  const n = Number(flag('articles', '3000'));
  const window = Number(flag('window', '500'));
  const runs = Number(flag('runs', '3'));
  if (!(n >= 2 * window && window >= 1 && runs >= 1)) throw new Error('--articles must hold at least two --window windows; --runs >= 1');
  const results: Window[][] = [];
  for (let k = 0; k < runs; k++) {
    process.stderr.write(`bench/warmup: run ${k + 1} of ${runs} (${n} articles in a fresh process)\n`);
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(n), String(window)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    results.push(JSON.parse(out.trim().split('\n').pop()!) as Window[]);
  }
  const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
  const windows = results[0].map((w, i) => ({
    from: w.from,
    processMs: median(results.map((r) => r[i].processMs)),
    mainMs: results[0][i].mainMs === null ? null : median(results.map((r) => r[i].mainMs!)),
  }));
  const ratios = results.map((r) => r[0].processMs / r[r.length - 1].processMs);
  const cold = windows[0];
  const warm = windows[windows.length - 1];
  // CPU spent above the warm rate over the whole run: what warming up cost, in warm articles' worth
  const extra = windows.reduce((s, w) => s + (w.processMs - warm.processMs) * window, 0);
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify({ articles: n, window, runs, windows, ratios, extraMs: extra, extraArticles: extra / warm.processMs }, null, 2) + '\n');
    return;
  }
  process.stdout.write(`${'articles'.padEnd(14)}${'process ms/art'.padStart(16)}${'main ms/art'.padStart(13)}${'others ms/art'.padStart(15)}\n`);
  for (const w of windows) {
    const others = w.mainMs === null ? '-' : (w.processMs - w.mainMs).toFixed(2);
    process.stdout.write(`${`${w.from + 1}-${w.from + window}`.padEnd(14)}${w.processMs.toFixed(2).padStart(16)}${(w.mainMs === null ? '-' : w.mainMs.toFixed(2)).padStart(13)}${others.padStart(15)}\n`);
  }
  process.stdout.write(`medians of ${runs} fresh processes; "others" are V8's compiler and collector threads\n`);
  process.stdout.write(`cold/warm (first window over last, process CPU): ${(cold.processMs / warm.processMs).toFixed(2)}x (runs: ${ratios.map((x) => x.toFixed(2)).join(', ')})\n`);
  process.stdout.write(`warming up cost ${(extra / 1000).toFixed(1)} s of CPU over the run, as much as extracting ${Math.round(extra / warm.processMs)} warm articles\n`);
}

if (args[0] === '--child') await child(Number(args[1]), Number(args[2]));
else main();

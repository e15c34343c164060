// Extraction throughput and memory benchmark for corridor's engine, against compromise as a peer.
//
//   npx tsx bench/extract.ts [--mb 5] [--peer | --no-peer] [--json] [--rounds 3] [--ratio-mb 1|all] [--seed N]
//
// From the built dist instead (no npm, no tsx; `npm run build` or `npm test` also produce it):
//   node node_modules/typescript/bin/tsc -p tsconfig.json && node dist/bench/extract.js --mb 5
//
// What it does, on one thread:
//   1. Generates a deterministic synthetic corpus (bench/corpus.ts), --mb MiB of articles (default 5).
//   2. corridor alone (compromise not loaded yet): warm-up on a few articles, then streaming passes
//      over the first quarter of the corpus, the same quarter again, and all of it. Each extraction
//      is dropped after its projects are counted. Heap used is sampled during each pass (and read
//      after a forced GC); the growth from the quarter to the full pass shows whether memory stays
//      flat as the corpus grows, the repeated quarter tells a per-call leak from state keyed by
//      content (caches of names seen). Process max RSS (process.resourceUsage().maxRSS) is read
//      after these passes.
//   3. Peer rounds (default on; --no-peer skips them): corridor and compromise
//      (nlp(text).people()/.places()/.organizations(), each .out('array')) over the same articles,
//      --rounds times. Within a round the two take turns every 8 articles, so a busy neighbour on
//      the machine slows both alike; which engine goes first alternates from round to round. The median words/s of each engine and their
//      ratio are printed. compromise is several times slower, so the rounds use an evenly spaced
//      sample of the corpus (--ratio-mb MiB, default 1; `all` = the whole corpus) to keep the run
//      within a few minutes.
//   words = whitespace-separated tokens of the input (headline + body), counted before timing.
//
// Absolute words/s depend on the machine and on whatever else runs on it; read the ratio (same
// process, same articles, interleaved) and the heap growth. The peer rounds also count each engine's
// CPU time on this thread (bench/thread-cpu.ts, Linux): that figure and its ratio ignore what else the
// machine runs, so they are the ones to compare between runs on a shared machine. The 150k words/s target line is
// printed for orientation only. Progress goes to stderr, results to stdout (JSON with --json).

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extract } from '../src/nlp/extract.js';
import { generateCorpus, DEFAULT_SEED, MIB, type BenchArticle } from './corpus.js';
import { threadCpuMs } from './thread-cpu.js';

const TARGET_WPS = 150_000;

// ---------------------------------------------------------------- options

interface Options { mb: number; seed: number; rounds: number; ratioMb: number | 'all'; peer: boolean; json: boolean }

function parseArgs(argv: string[]): Options {
  const o: Options = { mb: 5, seed: DEFAULT_SEED, rounds: 3, ratioMb: 1, peer: true, json: false };
  const num = (flag: string, v: string | undefined, min: number): number => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n < min) fail(`${flag} needs a number >= ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--mb': o.mb = num(a, argv[++i], 0.01); break;
      case '--seed': o.seed = Math.floor(num(a, argv[++i], 0)); break;
      case '--rounds': o.rounds = Math.floor(num(a, argv[++i], 1)); break;
      case '--ratio-mb': { const v = argv[++i]; o.ratioMb = v === 'all' ? 'all' : num(a, v, 0.01); break; }
      case '--peer': o.peer = true; break;
      case '--no-peer': o.peer = false; break;
      case '--json': o.json = true; break;
      case '-h': case '--help':
        process.stdout.write('usage: npx tsx bench/extract.ts [--mb 5] [--peer | --no-peer] [--json] [--rounds 3] [--ratio-mb 1|all] [--seed N]\n');
        return process.exit(0);
      default: fail(`unknown option ${a}`);
    }
  }
  return o;
}

function fail(msg: string): never {
  process.stderr.write(`bench/extract: ${msg}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------- measurement

// A full collection before each pass gives every pass the same starting heap. The flag can be
// switched on at run time, so neither tsx nor node needs --expose-gc on the command line.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const heapUsed = () => process.memoryUsage().heapUsed;
const maxRssBytes = () => process.resourceUsage().maxRSS * 1024; // maxRSS is in KiB
const mib = (b: number) => b / MIB;

/** Runs one article and returns a count (projects, or names for compromise); the result is dropped. */
type Engine = { name: string; run: (a: BenchArticle) => number };

interface Pass {
  engine: string;
  articles: number;
  words: number;
  ms: number;
  wordsPerSec: number;
  msPerArticle: number;
  /** Items counted (corridor: projects; compromise: people + places + organisations). */
  found: number;
  heapBeforeMB: number;
  heapPeakMB: number;
  heapAfterGcMB: number;
  /** Words per second of this thread's CPU time (peer rounds only; null where it cannot be read). */
  cpuWordsPerSec?: number | null;
}

const SAMPLE_EVERY = 8; // articles between heap samples

function runPass(engine: Engine, articles: BenchArticle[]): Pass {
  gc();
  const before = heapUsed();
  let peak = before;
  let words = 0;
  let found = 0;
  const t0 = performance.now();
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    found += engine.run(a);
    words += a.words;
    if (i % SAMPLE_EVERY === SAMPLE_EVERY - 1) { const h = heapUsed(); if (h > peak) peak = h; }
  }
  const ms = performance.now() - t0;
  const end = heapUsed();
  if (end > peak) peak = end;
  gc();
  const after = heapUsed();
  return {
    engine: engine.name,
    articles: articles.length,
    words,
    ms,
    wordsPerSec: words / (ms / 1000),
    msPerArticle: ms / articles.length,
    found,
    heapBeforeMB: mib(before),
    heapPeakMB: mib(peak),
    heapAfterGcMB: mib(after),
  };
}

/**
 * One peer round: the articles in blocks of BLOCK; within each block every engine of `order` runs
 * in turn. On a shared, noisy machine this puts both engines under the same load over time; the
 * engine that goes first alternates from round to round. Heap is sampled after each block.
 */
const BLOCK = 8;
function runRound(order: Engine[], articles: BenchArticle[]): Map<string, Pass> {
  gc();
  const before = heapUsed();
  const acc = new Map(order.map((e) => [e.name, { ms: 0, cpuMs: 0 as number | null, words: 0, found: 0, peak: before }]));
  for (let b = 0; b < articles.length; b += BLOCK) {
    const block = articles.slice(b, b + BLOCK);
    for (const e of order) {
      const m = acc.get(e.name)!;
      const c0 = threadCpuMs();
      const t0 = performance.now();
      for (const a of block) m.found += e.run(a);
      m.ms += performance.now() - t0;
      const c1 = threadCpuMs();
      m.cpuMs = m.cpuMs === null || c0 === null || c1 === null ? null : m.cpuMs + (c1 - c0);
      for (const a of block) m.words += a.words;
      const h = heapUsed();
      if (h > m.peak) m.peak = h;
    }
  }
  gc();
  const after = heapUsed();
  return new Map(order.map((e) => {
    const m = acc.get(e.name)!;
    const p: Pass = {
      engine: e.name, articles: articles.length, words: m.words, ms: m.ms, wordsPerSec: m.words / (m.ms / 1000),
      msPerArticle: m.ms / articles.length, found: m.found, heapBeforeMB: mib(before), heapPeakMB: mib(m.peak), heapAfterGcMB: mib(after),
      cpuWordsPerSec: m.cpuMs ? m.words / (m.cpuMs / 1000) : null,
    };
    return [e.name, p] as const;
  }));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---------------------------------------------------------------- engines

const corridor: Engine = {
  name: 'corridor',
  run: (a) => extract({ text: a.text, title: a.title, published: a.published, source: a.source, path: a.path }).projects.length,
};

/** compromise gets the same text corridor analyses: the headline as its own paragraph, then the body. */
async function loadCompromise(): Promise<Engine> {
  const nlp = (await import('compromise')).default;
  return {
    name: 'compromise',
    run: (a) => {
      const doc = nlp(`${a.title}\n\n${a.text}`);
      return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
    },
  };
}

// ---------------------------------------------------------------- run

const opts = parseArgs(process.argv.slice(2));
const log = (s: string) => process.stderr.write(s + '\n');
const started = performance.now();

log(`generating ${opts.mb} MiB corpus (seed ${opts.seed}) ...`);
const corpus = generateCorpus({ mb: opts.mb, seed: opts.seed });
const all = corpus.articles;
const quarter = all.slice(0, Math.max(1, Math.floor(all.length / 4)));
log(`  ${all.length} articles, ${corpus.words.toLocaleString('en-US')} words, ${(corpus.bytes / MIB).toFixed(2)} MiB`);

const WARMUP = Math.min(30, all.length);
log(`corridor: warm-up on ${WARMUP} articles, then first quarter (twice), then full corpus ...`);
for (let i = 0; i < WARMUP; i++) corridor.run(all[i]);
const qPass = runPass(corridor, quarter);
log(`  quarter: ${Math.round(qPass.wordsPerSec).toLocaleString('en-US')} words/s`);
const qRepeat = runPass(corridor, quarter);
log(`  quarter again: ${Math.round(qRepeat.wordsPerSec).toLocaleString('en-US')} words/s`);
const fullPass = runPass(corridor, all);
log(`  full:    ${Math.round(fullPass.wordsPerSec).toLocaleString('en-US')} words/s`);
const rssAfterCorridor = maxRssBytes();

interface Round { round: number; order: string[]; corridor: Pass; compromise: Pass; ratio: number; cpuRatio: number | null }
const rounds: Round[] = [];
let sample: BenchArticle[] = all;
if (opts.peer) {
  if (opts.ratioMb !== 'all' && opts.ratioMb * MIB < corpus.bytes) {
    const step = Math.max(1, Math.round(corpus.bytes / (opts.ratioMb * MIB)));
    sample = all.filter((_, i) => i % step === 0);
  }
  const compromise = await loadCompromise();
  for (let i = 0; i < WARMUP; i++) compromise.run(all[i]);
  log(`peer rounds: ${opts.rounds} x (corridor, compromise) over ${sample.length} articles, taking turns every ${BLOCK} ...`);
  for (let r = 0; r < opts.rounds; r++) {
    const order = r % 2 === 0 ? [corridor, compromise] : [compromise, corridor];
    const res = runRound(order, sample);
    const c = res.get('corridor')!;
    const p = res.get('compromise')!;
    const cpuRatio = c.cpuWordsPerSec && p.cpuWordsPerSec ? c.cpuWordsPerSec / p.cpuWordsPerSec : null;
    rounds.push({ round: r + 1, order: order.map((e) => e.name), corridor: c, compromise: p, ratio: c.wordsPerSec / p.wordsPerSec, cpuRatio });
    log(`  round ${r + 1} (${order[0].name} first): corridor ${Math.round(c.wordsPerSec).toLocaleString('en-US')}, compromise ${Math.round(p.wordsPerSec).toLocaleString('en-US')} words/s, ratio ${(c.wordsPerSec / p.wordsPerSec).toFixed(2)}${cpuRatio ? `; by thread CPU ${cpuRatio.toFixed(2)}` : ''}`);
  }
}
const rssEnd = maxRssBytes();
const elapsedS = (performance.now() - started) / 1000;

// ---------------------------------------------------------------- report

const summarize = (ps: Pass[]) => ({
  wordsPerSec: median(ps.map((p) => p.wordsPerSec)),
  cpuWordsPerSec: ps.every((p) => p.cpuWordsPerSec) ? median(ps.map((p) => p.cpuWordsPerSec!)) : null,
  msPerArticle: median(ps.map((p) => p.msPerArticle)),
  heapPeakMB: Math.max(...ps.map((p) => p.heapPeakMB)),
  found: ps[0].found,
});
const peer = rounds.length
  ? (() => {
      const c = summarize(rounds.map((r) => r.corridor));
      const p = summarize(rounds.map((r) => r.compromise));
      return {
        sample: { articles: sample.length, words: sample.reduce((n, a) => n + a.words, 0), mb: sample.reduce((n, a) => n + a.bytes, 0) / MIB },
        rounds: rounds.length,
        corridor: c,
        compromise: p,
        ratio: c.wordsPerSec / p.wordsPerSec,
        roundRatios: rounds.map((r) => r.ratio),
        cpuRatio: c.cpuWordsPerSec && p.cpuWordsPerSec ? c.cpuWordsPerSec / p.cpuWordsPerSec : null,
      };
    })()
  : null;
// The engine's own figure: the median of the peer rounds when they ran, else the full pass.
const corridorWps = peer ? peer.corridor.wordsPerSec : fullPass.wordsPerSec;

const result = {
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  corpus: { seed: corpus.seed, articles: all.length, words: corpus.words, mb: corpus.bytes / MIB },
  corridor: {
    quarter: qPass,
    quarterRepeat: qRepeat,
    full: fullPass,
    heapRetainedRepeatMB: qRepeat.heapAfterGcMB - qPass.heapAfterGcMB,
    heapPeakGrowthMB: fullPass.heapPeakMB - qPass.heapPeakMB,
    heapRetainedGrowthMB: fullPass.heapAfterGcMB - qPass.heapAfterGcMB,
    maxRssMB: mib(rssAfterCorridor),
  },
  peer,
  target: { wordsPerSec: TARGET_WPS, corridorWordsPerSec: corridorWps, fraction: corridorWps / TARGET_WPS },
  maxRssEndMB: mib(rssEnd),
  elapsedS,
};

if (opts.json) {
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} else {
  const int = (n: number) => Math.round(n).toLocaleString('en-US');
  const f1 = (n: number) => n.toFixed(1);
  const sign = (n: number) => (n >= 0 ? '+' : '') + n.toFixed(1);
  const row = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out: string[] = [];
  out.push(`corridor extract benchmark: ${all.length} articles, ${int(corpus.words)} words, ${(corpus.bytes / MIB).toFixed(2)} MiB (seed ${corpus.seed}); one thread, Node ${process.version}, ${process.platform} ${process.arch}`);
  out.push('');
  out.push('memory: corridor alone, streaming (each extraction dropped after counting its projects)');
  const mw = [18, 9, 10, 10, 10, 14, 15];
  out.push(row(['pass', 'articles', 'words', 'words/s', 'projects', 'heap peak MB', 'after GC MB'], mw));
  for (const [label, p] of [['first 1/4 corpus', qPass], ['same 1/4 again', qRepeat], ['full corpus', fullPass]] as const) {
    out.push(row([label, int(p.articles), int(p.words), int(p.wordsPerSec), int(p.found), f1(p.heapPeakMB), f1(p.heapAfterGcMB)], mw));
  }
  out.push(`heap growth 1/4 -> full corpus (${(fullPass.articles / qPass.articles).toFixed(1)}x the articles): peak ${sign(result.corridor.heapPeakGrowthMB)} MB, retained after GC ${sign(result.corridor.heapRetainedGrowthMB)} MB`);
  out.push(`same 1/4 again: retained after GC ${sign(result.corridor.heapRetainedRepeatMB)} MB (a per-extraction leak would show here; growth on new articles is state keyed by names seen, e.g. the engine's bounded lookup caches)`);
  out.push('words/s of the first pass includes JIT and lookup-cache warm-up; the peer rounds below are the throughput figure');
  out.push(`process max RSS after the corridor passes: ${f1(result.corridor.maxRssMB)} MB (includes the corpus held in memory)`);
  out.push('');
  if (peer) {
    out.push(`peer: ${peer.rounds} rounds over the same ${int(peer.sample.articles)} articles (${int(peer.sample.words)} words, 1 in ${Math.round(all.length / peer.sample.articles)} of the corpus), interleaved in blocks of ${BLOCK}, first engine alternating; medians`);
    const pw = [12, 18, 12, 14];
    out.push(row(['engine', 'words/s (median)', 'ms/article', 'peak heap MB'], pw));
    out.push(row(['corridor', int(peer.corridor.wordsPerSec), peer.corridor.msPerArticle.toFixed(2), f1(peer.corridor.heapPeakMB)], pw));
    out.push(row(['compromise', int(peer.compromise.wordsPerSec), peer.compromise.msPerArticle.toFixed(2), f1(peer.compromise.heapPeakMB)], pw));
    out.push(`ratio corridor/compromise words/s: ${peer.ratio.toFixed(2)}x (per round: ${peer.roundRatios.map((r) => r.toFixed(2) + 'x').join(', ')})`);
    if (peer.corridor.cpuWordsPerSec && peer.compromise.cpuWordsPerSec && peer.cpuRatio) {
      out.push(`by this thread's CPU time (steadier when the machine is shared): corridor ${int(peer.corridor.cpuWordsPerSec)}, compromise ${int(peer.compromise.cpuWordsPerSec)} words/s, ratio ${peer.cpuRatio.toFixed(2)}x`);
    }
    out.push(`  (compromise: people + places + organizations; corridor: full extraction incl. projects and events. Peak heap is the whole process heap, both engines loaded.)`);
  } else {
    out.push('peer: skipped (--no-peer); no ratio');
  }
  const cpuWps = peer?.corridor.cpuWordsPerSec;
  out.push(`target: corridor ${int(corridorWps)} words/s per core = ${result.target.fraction.toFixed(2)}x the ${int(TARGET_WPS)} words/s target (absolute, machine-dependent)${cpuWps ? `; by thread CPU ${int(cpuWps)} words/s = ${(cpuWps / TARGET_WPS).toFixed(2)}x` : ''}`);
  out.push(`process max RSS at the end: ${f1(result.maxRssEndMB)} MB; wall time ${elapsedS.toFixed(0)} s`);
  process.stdout.write(out.join('\n') + '\n');
}

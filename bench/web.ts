// The web app at register scale: time to the first rendered register page and to a filtered
// result, in Debian's chromium against `corridor serve`'s own server on 127.0.0.1, with
// 50,000 generated projects. The peer run is the same requests as plain HTTP from this
// process, in the same command; the ratio (browser / HTTP) is what to compare between commits.
//
//   npx tsx bench/web.ts [--projects 50000] [--per-doc 10] [--rounds 5] [--fresh] [--json]
//
// The register is generated once (bench/web-corpus.ts, through Store.addDocument, so it is
// resolved and indexed like a real one) and kept in .bench/ for the next run; --fresh
// rebuilds it. Only loopback is contacted. Nothing here asserts on time.

import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../src/api/server.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { webCorpus } from './web-corpus.js';

const CHROMIUM = process.env.CORRIDOR_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Options { projects: number; perDoc: number; rounds: number; fresh: boolean; json: boolean }

function options(argv: string[]): Options {
  const value = (name: string, fallback: number) => {
    const at = argv.indexOf(name);
    const n = at >= 0 ? Number(argv[at + 1]) : fallback;
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a positive integer`);
    return n;
  };
  return { projects: value('--projects', 50_000), perDoc: value('--per-doc', 10), rounds: value('--rounds', 5), fresh: argv.includes('--fresh'), json: argv.includes('--json') };
}

const log = (message: string) => process.stderr.write(`${message}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Opens the kept register, or generates it. */
async function register(o: Options): Promise<{ store: Store; seconds: number | null }> {
  const dir = join(process.cwd(), '.bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `web-${o.projects}-${o.perDoc}.db`);
  if (o.fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const exists = existsSync(file);
  const store = openSqliteStore(file);
  if (exists && (await store.registerPage({ limit: 1 })).total > 0) return { store, seconds: null };
  const documents = Math.ceil(o.projects / o.perDoc);
  const started = performance.now();
  let n = 0;
  // Stored without replaying after each one; one replay at the end gives every record its id.
  for (const doc of webCorpus({ documents, projectsPerDocument: o.perDoc })) {
    await store.addDocument(doc, { deferRebuild: true });
    if (++n % 1000 === 0) log(`  stored ${n}/${documents} documents`);
  }
  log('  replaying the register');
  await store.refresh();
  return { store, seconds: (performance.now() - started) / 1000 };
}

/** The two things measured, each as a browser action and as the HTTP requests the page makes for it. */
const FILTER = { country: 'KZ', status: 'construction', sector: 'energy' };
const FILTER_QUERY = new URLSearchParams(FILTER).toString();
const API_FILTER = `country=KZ&status=construction&sector=energy`;

async function firstPage(page: Page, url: string): Promise<number> {
  const t = performance.now();
  await page.goto(`${url}/#/register`);
  await page.waitForSelector('#register-table tbody tr[data-id]');
  await page.waitForSelector('.facet-value');
  return performance.now() - t;
}

async function filtered(page: Page): Promise<number> {
  const t = performance.now();
  await page.evaluate((q) => (location.hash = `#/register?${q}`), FILTER_QUERY);
  // Chips are drawn with the results and the facets, so they mark the query as answered.
  await page.waitForSelector('.chip:has-text("Status: construction")');
  return performance.now() - t;
}

async function http(url: string, paths: string[]): Promise<number> {
  const t = performance.now();
  await Promise.all(paths.map(async (p) => (await fetch(url + p)).arrayBuffer()));
  return performance.now() - t;
}

async function main() {
  const o = options(process.argv.slice(2));
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  log(`register: ${o.projects} projects, ${o.perDoc} per document`);
  const { store, seconds } = await register(o);
  const total = (await store.registerPage({ limit: 1 })).total;
  const matching = (await store.registerPage({ ...FILTER, status: 'construction', limit: 1 })).total;
  const server = await startServer(store, { port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const results = { first: { browser: [] as number[], http: [] as number[] }, filtered: { browser: [] as number[], http: [] as number[] } };
  try {
    for (let round = 0; round < o.rounds + 1; round++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const b1 = await firstPage(page, server.url);
      const b2 = await filtered(page);
      await context.close();
      const h1 = await http(server.url, ['/api/register?limit=50', '/api/register/facets']);
      const h2 = await http(server.url, [`/api/register?${API_FILTER}&limit=50`, `/api/register/facets?${API_FILTER}`]);
      // Round 0 warms the server's statement cache and the browser's module cache; it is not counted.
      if (round === 0) continue;
      results.first.browser.push(b1);
      results.first.http.push(h1);
      results.filtered.browser.push(b2);
      results.filtered.http.push(h2);
      log(`  round ${round}: first page ${b1.toFixed(0)} ms (HTTP ${h1.toFixed(0)}), filtered ${b2.toFixed(0)} ms (HTTP ${h2.toFixed(0)})`);
    }
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
  const rows = (['first', 'filtered'] as const).map((k) => ({
    measure: k === 'first' ? 'first rendered register page' : `filtered query (${FILTER_QUERY})`,
    browserMs: median(results[k].browser),
    httpMs: median(results[k].http),
    ratio: median(results[k].browser) / median(results[k].http),
  }));
  if (o.json) {
    console.log(JSON.stringify({ projects: total, matching, generatedSeconds: seconds, rounds: o.rounds, rows }, null, 2));
    return;
  }
  console.log(`register: ${total} projects (${matching} match the filter)${seconds === null ? ', reused from .bench/' : `, generated in ${seconds.toFixed(0)} s`}`);
  console.log(`medians of ${o.rounds} rounds, chromium ${browser.version()} on 127.0.0.1`);
  console.log('');
  console.log('measure                                                         browser ms   HTTP ms   browser/HTTP');
  for (const r of rows) console.log(`${r.measure.padEnd(62)} ${r.browserMs.toFixed(0).padStart(10)} ${r.httpMs.toFixed(0).padStart(9)} ${r.ratio.toFixed(2).padStart(14)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

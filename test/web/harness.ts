// What every browser test file shares: Debian's chromium driven by playwright-core, a real
// register (the bundled examples ingested through the real pipeline into a temp SQLite file)
// served by `corridor serve`'s own server on 127.0.0.1, console errors collected per page,
// and a screenshot folder whose path is printed. Only loopback is ever contacted.

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { ingestDocuments } from '../../src/pipeline/ingest-documents.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

export const CHROMIUM = process.env.CORRIDOR_CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can. */
export const SKIP = existsSync(CHROMIUM) ? null : `no chromium at ${CHROMIUM}: install it with 'apt-get install -y chromium' (.ci/run does)`;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const SCREENSHOTS = process.env.CORRIDOR_SCREENSHOTS ?? join(tmpdir(), 'corridor-web-screenshots');

export interface Harness {
  url: string;
  store: Store;
  browser: Browser;
  /** A fresh page at the given viewport; its console errors and uncaught exceptions land in `errors`. */
  page(viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[]; context: BrowserContext }>;
  shot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-web-'));
  const store = openSqliteStore(join(dir, 'register.db'));
  const summary = await ingestDocuments([new URL('../../examples', import.meta.url).pathname], store);
  if (summary.added === 0) throw new Error('the examples did not ingest');
  const server: RunningServer = await startServer(store, { port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
  console.log(`# screenshots: ${SCREENSHOTS}`);
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    store,
    browser,
    async page(viewport = { width: 1280, height: 800 }) {
      const context = await browser.newContext({ viewport });
      contexts.push(context);
      // Nothing but the app's own server may be reached: any other request fails the test.
      const origin = new URL(server.url).origin;
      const errors: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
        errors.push(`request outside the app: ${url}`);
        return route.abort();
      });
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      return { page, errors, context };
    },
    async shot(page, name) {
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

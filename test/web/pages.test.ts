// Every page of the web app, in a real browser against a real register: it loads, draws what
// it is for (rows, points, nodes, highlighted text), logs no console error, reaches nothing
// but the app's own server, labels its controls, and fits a narrow phone screen.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { SKIP, startHarness, type Harness } from './harness.js';

let h: Harness;
const ids: Record<string, string> = {};

before(async () => {
  if (SKIP) return;
  h = await startHarness();
  const get = async (path: string) => (await fetch(h.url + path)).json() as Promise<any>;
  const graph = await get('/api/graph');
  ids.organization = graph.nodes.find((n: any) => n.kind === 'organization').id;
  ids.person = graph.nodes.find((n: any) => n.kind === 'person').id;
  ids.project = (await get('/api/map'))[0].id;
  ids.document = String((await get('/api/documents'))[0].id);
});
after(() => h?.close());

/** Each page: its route and the element that shows it drew its content. */
const PAGES: [string, (ids: Record<string, string>) => string, string][] = [
  ['overview', () => '#/', '.totals li'],
  ['register', () => '#/register', '#register-table tbody tr[data-id]'],
  ['project', (i) => `#/project/${i.project}`, '.evidence-doc blockquote'],
  ['organization', (i) => `#/organization/${i.organization}`, 'h2'],
  ['person', (i) => `#/person/${i.person}`, 'h2'],
  ['document', (i) => `#/document/${i.document}`, '.doc-text .span'],
  ['map', () => '#/map', 'svg.map circle.point'],
  ['network', () => '#/network', 'svg.network .node'],
  ['ingest', () => '#/ingest', '#ingest-files'],
  ['audit', () => '#/audit', 'h1 + p.muted, table.audit'],
];

async function open(page: Page, hash: string, ready: string) {
  await page.goto(`${h.url}/${hash}`);
  await page.waitForSelector(ready, { timeout: 15000 });
  await page.waitForLoadState('networkidle');
}

/** Controls a screen reader cannot name: no label, no aria-label, no text. */
function unlabelled(page: Page): Promise<string[]> {
  return page.$$eval('input, select, textarea, button, a[href]', (nodes) =>
    nodes
      .filter((n) => {
        const e = n as HTMLInputElement;
        if (e.type === 'hidden' || e.closest('[hidden]')) return false;
        const named = (e.labels?.length ?? 0) > 0 || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || (e.textContent ?? '').trim();
        return !named;
      })
      .map((n) => n.outerHTML.slice(0, 120)),
  );
}

describe('every page at 1280x800', { skip: SKIP ?? false }, () => {
  for (const [name, route, ready] of PAGES) {
    it(`${name}: loads, draws, no console error, every control labelled`, async () => {
      const { page, errors, context } = await h.page();
      await open(page, route(ids), ready);
      const title = (await page.textContent('h1'))?.trim();
      assert.ok(title, 'the page has a heading');
      assert.equal(await page.title(), `${title} \u2013 corridor`);
      assert.deepEqual(await unlabelled(page), []);
      assert.equal(await page.getAttribute(`.nav a[aria-current="page"]`, 'href') !== null, true, 'the nav marks where we are');
      await h.shot(page, `desktop-${name}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('the map draws the world from the bundled TopoJSON and the points from the register', async () => {
    const { page, errors, context } = await h.page();
    await open(page, '#/map', 'svg.map circle.point');
    const countries = await page.locator('svg.map path.country').count();
    const points = await page.locator('svg.map circle.point').count();
    const listed = await page.locator('.map-list li').count();
    assert.ok(countries > 150, `${countries} countries`);
    assert.ok(points > 0);
    assert.equal(points, listed, 'every point is also in the list');
    // Hover names a point; choosing a country zooms in.
    await page.locator('svg.map circle.point').first().hover({ force: true });
    assert.match((await page.textContent('.map-tooltip')) ?? '', /\S/);
    const before = await page.getAttribute('svg.map', 'viewBox');
    const code = (await page.$$eval('#map-country option', (o) => o.map((x) => (x as HTMLOptionElement).value))).find((v) => v);
    await page.selectOption('#map-country', code!);
    await page.waitForFunction((b) => document.querySelector('svg.map')?.getAttribute('viewBox') !== b, before);
    assert.match(page.url(), new RegExp(`country=${code}`));
    await h.shot(page, 'map-zoomed');
    // A click on a point opens its project.
    const id = await page.getAttribute('svg.map circle.point >> nth=0', 'data-id');
    await page.locator('svg.map circle.point').first().click({ force: true });
    await page.waitForURL(new RegExp(`#/project/${id}$`));
    await page.waitForSelector('.evidence-doc');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the network draws projects, organisations and people, and filters by sector', async () => {
    const { page, errors, context } = await h.page();
    await open(page, '#/network', 'svg.network .node');
    const kinds = await page.$$eval('svg.network .node', (n) => [...new Set(n.map((x) => x.getAttribute('class')))].sort());
    assert.deepEqual(kinds.map((k) => k!.replace(' labelled', '')).filter((v, i, a) => a.indexOf(v) === i).sort(), ['node node-organization', 'node node-person', 'node node-project']);
    assert.ok((await page.locator('svg.network line.edge').count()) > 0);
    const all = await page.locator('svg.network .node-project').count();
    const sector = (await page.$$eval('#net-sector option', (o) => o.map((x) => (x as HTMLOptionElement).value))).find((v) => v)!;
    await page.selectOption('#net-sector', sector);
    await page.waitForFunction((n) => document.querySelectorAll('svg.network g.node-project').length < n, all);
    assert.match(page.url(), /sector=/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a page that does not exist says so, without errors', async () => {
    const { page, errors, context } = await h.page();
    await page.goto(`${h.url}/#/nowhere`);
    await page.waitForSelector('h1');
    assert.equal(await page.textContent('h1'), 'Not found');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('every page on a narrow phone screen (390x844)', { skip: SKIP ?? false }, () => {
  for (const [name, route, ready] of PAGES) {
    it(`${name}: no sideways scrolling`, async () => {
      const { page, errors, context } = await h.page({ width: 390, height: 844 });
      await open(page, route(ids), ready);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `the page is ${overflow}px wider than the screen`);
      await h.shot(page, `phone-${name}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

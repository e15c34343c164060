// Article text is shown as text, never as HTML: in Debian's chromium, an article pasted
// through the ingest page and a stored document whose every record (title, source, project,
// organisation, person, place, URL) carries markup are opened on every page that shows them.
// No payload runs (each would set window.__pwned, change the title, open a dialog or log),
// no element of the payloads exists in the page, nothing is requested for them, and the
// markup reads literally on screen. The CSP would stop inline script too; the element checks
// show the text path alone keeps them out.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Extraction } from '../../src/nlp/extraction.js';
import type { NewDocument } from '../../src/store/store.js';
import { span } from '../api/fixture.js';
import { SKIP, startHarness, type Harness } from './harness.js';

const SCRIPT = '<script>window.__pwned=1;document.title="pwned"</script>';
const IMG = '<img src=x onerror="window.__pwned=2">';
const JS_LINK = '<a href="javascript:window.__pwned=3">read more</a>';
const IFRAME = '<iframe src="javascript:parent.__pwned=4"></iframe>';
const SVG = '"><svg onload=window.__pwned=5>';
const BREAKOUT = '</textarea></title><script>alert(6)</script>';
const TEMPLATE = "{{constructor.constructor('window.__pwned=7')()}}";
const PAYLOADS = [SCRIPT, IMG, JS_LINK, IFRAME, SVG, BREAKOUT, TEMPLATE];

/** Elements and attributes only markup could have put in the page. */
const INJECTED = 'iframe, img[src="x"], svg[onload], [onerror], [onload], [onmouseover], a[href^="javascript:"], script:not([src])';

// A stored document whose records carry markup in every name the pages draw.
const PROJECT = `Aral ${IMG} Solar Park`;
const ORG = `${SVG} Lumen Holdings`;
const PERSON = `Farida ${SCRIPT} Osmonova`;
const PLACE = `${IFRAME} Oasis`;
const S1 = `TASHKENT (Steppe Wire) - ${ORG} began construction of the 300 MW ${PROJECT} in ${PLACE}, Uzbekistan.`;
const S2 = `${PERSON}, chief executive of ${ORG}, said ${JS_LINK} and ${BREAKOUT} and ${TEMPLATE}.`;
const TEXT = `${S1}\n\n${S2}`;
const TITLE = `${SCRIPT} Aral solar park ${SVG}`;

function hostileDocument(): NewDocument {
  const extraction: Extraction = {
    schema: 'corridor.extraction/1',
    document: { path: 'hostile.txt', title: TITLE, published: '2026-05-01', source: `<b onmouseover="window.__pwned=8">Wire</b>`, language: 'en', url: 'javascript:window.__pwned=9' },
    text: TEXT,
    people: [{ name: PERSON, aliases: [], roles: [{ title: 'chief executive', organization: ORG }] }],
    organizations: [{ name: ORG, aliases: [], country: 'UZ' }],
    places: [{ name: PLACE, kind: 'city', country: 'UZ' }, { name: 'Uzbekistan', kind: 'country', country: 'UZ' }],
    projects: [{
      name: PROJECT, type: 'solar_power_plant', sector: 'energy.renewables', status: 'construction', country: 'UZ', places: [PLACE],
      organizations: [{ name: ORG, role: 'developer' }], capacity: [{ value: 300, unit: 'MW', text: '300 MW' }], amount: null,
      evidence: [span(TEXT, S1), span(TEXT, S2)],
    }],
    events: [],
  };
  return {
    input: 'hostile.txt', path: 'hostile.txt', kind: 'text', text: TEXT,
    meta: { title: TITLE, published: '2026-05-01', source: extraction.document.source ?? null, url: extraction.document.url ?? null },
    contentHash: createHash('sha256').update(TEXT).digest('hex'),
    extraction,
  };
}

let h: Harness;
const ids: Record<string, string> = {};

before(async () => {
  if (SKIP) return;
  h = await startHarness();
  const { documentId } = await h.store.addDocument(hostileDocument());
  const get = async (path: string) => (await fetch(h.url + path)).json() as Promise<any>;
  ids.document = String(documentId);
  ids.project = (await get(`/api/register?documentId=${documentId}`)).rows[0].id;
  ids.organization = (await get(`/api/organizations?q=${encodeURIComponent('Lumen Holdings')}`))[0].id;
  ids.person = (await get(`/api/people?q=${encodeURIComponent('Osmonova')}`)).find((p: any) => p.name.includes('<script>')).id;
});
after(() => h?.close());

/** Opens a page that reports every dialog and every request for a payload's resource. */
async function watched() {
  const opened = await h.page();
  const seen: string[] = [];
  opened.page.on('dialog', (d) => {
    seen.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  opened.page.on('console', (m) => {
    if (/pwned|alert/.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  opened.page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/x') seen.push(`request: ${r.url()}`);
  });
  return { ...opened, seen };
}

async function assertInert(page: Page, seen: string[], errors: string[], where: string): Promise<void> {
  // Give any handler that would fire (onload, onerror, a timer) the time to run.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, `${where}: a payload ran`);
  // The payload would set the whole title to "pwned"; the title may quote the payload as text.
  assert.notEqual(await page.title(), 'pwned', where);
  assert.deepEqual(await page.$$eval(INJECTED, (n) => n.map((x) => x.outerHTML.slice(0, 100))), [], `${where}: markup became elements`);
  assert.deepEqual(seen, [], where);
  assert.deepEqual(errors, [], `${where}: console errors (a CSP violation would show here)`);
}

describe('article text is rendered as text', { skip: SKIP ?? false }, () => {
  it('pasted through the ingest page: the markup is stored, shown as text on the project and document pages, and runs nowhere', async () => {
    const { page, errors, context, seen } = await watched();
    await page.goto(`${h.url}/#/ingest`);
    await page.fill('#ingest-title', `Karatau wind farm ${SCRIPT} ${SVG}`);
    const body = 'ASTANA, April 2 (Steppe Wire) - Qazaq Wind Energy began construction of the 150 MW Karatau Wind Farm in Kazakhstan on Thursday, ' +
      `financed by the Eurasian Development Bank.\n\n${PAYLOADS.join('\n\n')}\n\nThe $180 million plant is due to start operating in 2028, the company said.`;
    await page.fill('#ingest-text', body);
    await page.click('button:has-text("Ingest text")');
    await page.waitForSelector('.ingest-row[data-state="done"]');
    await assertInert(page, seen, errors, 'ingest page');
    await page.click('.ingest-row .ingested-project:has-text("Karatau")');
    await page.waitForSelector('.evidence-doc');
    await assertInert(page, seen, errors, 'project page');
    const documentId = (await (await fetch(`${h.url}/api/documents`)).json() as any[]).find((d) => String(d.title).includes('Karatau')).id;
    await page.goto(`${h.url}/#/document/${documentId}`);
    await page.waitForSelector('.doc-text');
    const shown = (await page.textContent('.doc-text'))!;
    for (const p of PAYLOADS) assert.ok(shown.includes(p), `the article shows ${p} as text`);
    assert.ok((await page.textContent('h1'))!.includes(SCRIPT), 'the title shows its markup as text');
    await h.shot(page, 'xss-pasted-document');
    await assertInert(page, seen, errors, 'document page');
    await context.close();
  });

  const PAGES: [string, (i: Record<string, string>) => string, string, string[]][] = [
    ['document', (i) => `#/document/${i.document}`, '.doc-text .span', [SCRIPT, IMG, SVG, JS_LINK, BREAKOUT, TEMPLATE, IFRAME]],
    ['project', (i) => `#/project/${i.project}`, '.evidence-doc blockquote', [PROJECT, ORG, SCRIPT]],
    ['register', () => `#/register?q=${encodeURIComponent('Aral Solar Park')}`, '#register-table tbody tr[data-id]', [PROJECT]],
    ['organization', (i) => `#/organization/${i.organization}`, 'h2', [ORG, PROJECT]],
    ['person', (i) => `#/person/${i.person}`, 'h2', [PERSON]],
    ['overview', () => '#/', '.totals li', []],
    ['network', () => '#/network', 'svg.network .node', []],
    ['map', () => '#/map', 'svg.map circle.point', []],
  ];

  for (const [name, route, ready, literal] of PAGES) {
    it(`${name}: a record full of markup shows it as text and runs nothing`, async () => {
      const { page, errors, context, seen } = await watched();
      await page.goto(`${h.url}/${route(ids)}`);
      await page.waitForSelector(ready, { timeout: 15000 });
      const text = (await page.textContent('main')) ?? (await page.textContent('body'))!;
      for (const l of literal) assert.ok(text.includes(l), `${name} shows ${l} literally`);
      if (name === 'document') {
        assert.deepEqual(await page.$$eval('a[href^="javascript:"]', (a) => a.length), 0, 'the javascript: URL is not a link');
      }
      await h.shot(page, `xss-${name}`);
      await assertInert(page, seen, errors, name);
      await context.close();
    });
  }
});

// The analyst's flows end to end in a real browser: search, open a project, follow a source
// to the highlighted sentence; slice the register by a facet, sort it, choose columns, share
// the URL and export the same view; upload a file and find its project; work by keyboard.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SKIP, startHarness, type Harness } from './harness.js';

let h: Harness;
before(async () => {
  if (SKIP) return;
  h = await startHarness();
});
after(() => h?.close());

describe('analyst flows', { skip: SKIP ?? false }, () => {
  it('search, open a project, click a source, see the sentence highlighted in the article', async () => {
    const { page, errors, context } = await h.page();
    await page.goto(`${h.url}/#/register`);
    await page.waitForSelector('#register-table tbody tr[data-id]');
    await page.fill('#register-q', 'urea');
    await page.press('#register-q', 'Enter');
    await page.waitForURL(/q=urea/);
    // The filter chip is drawn with the results, so its presence means the search has answered.
    await page.waitForSelector('.chip:has-text("Search: urea")');
    const names = await page.$$eval('#register-table tbody .project-name', (a) => a.map((x) => x.textContent));
    assert.ok(names.length > 0 && names.length < 25, `the search narrowed the register: ${names.join(', ')}`);
    await page.click('#register-table tbody .project-name >> nth=0');
    await page.waitForSelector('.evidence-doc blockquote');
    const sentence = (await page.textContent('.evidence-doc blockquote >> nth=0'))!.trim();
    await h.shot(page, 'flow-project');
    await page.click('.source-link >> nth=0');
    await page.waitForSelector('mark.focus-sentence');
    const highlighted = (await page.$$eval('mark.focus-sentence', (m) => m.map((x) => x.textContent).join(''))).trim();
    assert.equal(highlighted, sentence, 'the article marks exactly the sentence the project page showed');
    assert.ok(await page.isVisible('mark.focus-sentence'), 'and scrolls it into view');
    // Spans of every kind link to their records.
    const kinds = await page.$$eval('.doc-text .span', (s) => [...new Set(s.map((x) => x.className))].sort());
    assert.ok(kinds.some((k) => k.includes('span-organization')), kinds.join(' | '));
    await h.shot(page, 'flow-highlighted-sentence');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('facets, sorting, column choice and paging live in the URL; the CSV export is the same view', async () => {
    const { page, errors, context } = await h.page();
    await page.goto(`${h.url}/#/register`);
    await page.waitForSelector('.facet[data-facet="country"] .facet-value');
    const first = page.locator('.facet[data-facet="country"] .facet-value').first();
    const expected = Number(await first.locator('.count').textContent());
    await first.click();
    await page.waitForURL(/country=[A-Z]{2}/);
    const code = /country=([A-Z]{2})/.exec(page.url())![1];
    await page.waitForFunction((n) => document.querySelectorAll('#register-table tbody tr[data-id]').length === n, expected);
    assert.equal(await page.getAttribute('.facet[data-facet="country"] .facet-value >> nth=0', 'aria-pressed'), 'true');
    // Sort by name, then by name the other way.
    await page.click('#register-table th button.sort:has-text("Name")');
    await page.waitForURL(/sort=name&dir=asc/);
    await page.waitForSelector('th[aria-sort="ascending"]');
    const asc = await page.$$eval('#register-table tbody .project-name', (a) => a.map((x) => x.textContent!));
    assert.deepEqual(asc, [...asc].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    // Drop a column.
    await page.click('.columns-menu summary');
    await page.uncheck('#col-capacity');
    await page.waitForURL(/cols=/);
    await page.waitForFunction(() => ![...document.querySelectorAll('#register-table th')].some((th) => th.textContent?.includes('Capacity')));
    const headers = await page.$$eval('#register-table thead th', (t) => t.map((x) => x.textContent!.replace(/[\u25b2\u25bc]/g, '').trim()));
    // A shared link opens the same view.
    const shared = page.url();
    const other = await h.page();
    await other.page.goto(shared);
    await other.page.waitForSelector('#register-table tbody tr[data-id]');
    assert.deepEqual(await other.page.$$eval('#register-table tbody .project-name', (a) => a.map((x) => x.textContent!)), asc);
    assert.deepEqual(await other.page.$$eval('#register-table thead th', (t) => t.map((x) => x.textContent!.replace(/[\u25b2\u25bc]/g, '').trim())), headers);
    await other.context.close();
    // The export link carries the filters, the sort and the columns shown.
    const href = await page.getAttribute('a:has-text("Export CSV")', 'href');
    const csv = await (await fetch(new URL(href!, h.url))).text();
    const lines = csv.trim().split('\r\n');
    assert.equal(lines.length, expected + 1);
    assert.equal(lines[0].split(',').length, headers.length);
    assert.ok(lines.slice(1).every((l) => l.includes(`,${code},`) || l.endsWith(`,${code}`)), 'every exported row is in the chosen country');
    await h.shot(page, 'flow-register-sliced');
    // Paging: ten rows a page, then the next page.
    await page.goto(`${h.url}/#/register?size=10&sort=name&dir=asc`);
    await page.waitForSelector('.page-info');
    const total = Number(((await (await fetch(`${h.url}/api/register?limit=1`)).json()) as any).total);
    assert.equal(await page.textContent('.page-info'), `Page 1 of ${Math.ceil(total / 10)}`);
    const pageOne = await page.$$eval('#register-table tbody tr[data-id]', (r) => r.map((x) => x.getAttribute('data-id')!));
    const lastName = (await page.textContent('#register-table tbody tr:last-child .project-name'))!;
    assert.equal(pageOne.length, 10);
    await page.click('button:has-text("Next page")');
    await page.waitForURL(/page=2/);
    await page.waitForFunction(() => document.querySelector('.page-info')?.textContent?.startsWith('Page 2'));
    const pageTwo = await page.$$eval('#register-table tbody tr[data-id]', (r) => r.map((x) => x.getAttribute('data-id')!));
    assert.ok(pageTwo.length > 0 && pageTwo.every((id) => !pageOne.includes(id)), 'page two holds the next projects');
    const firstName = (await page.textContent('#register-table tbody .project-name'))!;
    assert.ok(firstName.toLowerCase().localeCompare(lastName.toLowerCase()) >= 0, 'in the same order');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('upload a file, see its projects appear, open one, find it in the register', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-upload-'));
    const file = join(dir, 'karatau-wind.txt');
    writeFileSync(
      file,
      'Title: Karatau wind farm breaks ground\nSource: Steppe Wire\nPublished: 2026-04-02\n\n' +
        'ASTANA, April 2 (Steppe Wire) - Qazaq Wind Energy began construction of the 150 MW Karatau Wind Farm in Kazakhstan on Thursday, ' +
        'financed by the Eurasian Development Bank.\n\nThe $180 million plant is due to start operating in 2028, the company said.\n',
    );
    const { page, errors, context } = await h.page();
    await page.goto(`${h.url}/#/ingest`);
    await page.setInputFiles('#ingest-files', file);
    await page.click('button:has-text("Upload and ingest")');
    await page.waitForSelector('.ingest-row[data-state="done"]');
    assert.equal(await page.getAttribute('#ingest-progress', 'value'), '1');
    const projects = await page.$$eval('.ingest-row .ingested-project', (a) => a.map((x) => x.textContent!));
    assert.ok(projects.some((p) => /Karatau/.test(p)), projects.join(', '));
    await h.shot(page, 'flow-ingested');
    await page.click('.ingest-row .ingested-project:has-text("Karatau")');
    await page.waitForSelector('.evidence-doc');
    assert.match((await page.textContent('h1'))!, /Karatau/);
    await page.goto(`${h.url}/#/register?q=Karatau`);
    await page.waitForSelector('#register-table tbody .project-name');
    assert.match((await page.textContent('#register-table tbody .project-name'))!, /Karatau/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('works from the keyboard: skip link, search, facet, open a project', async () => {
    const { page, errors, context } = await h.page();
    await page.goto(`${h.url}/#/register`);
    await page.waitForSelector('#register-table tbody tr[data-id]');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'view');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'register-q');
    await page.keyboard.type('water');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=water/);
    await page.waitForSelector('.chip:has-text("Search: water")');
    // Tab on to the first facet value and press it with the space bar.
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.classList.contains('facet-value'))); i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.facet')?.getAttribute('data-facet')), 'country');
    await page.keyboard.press(' ');
    await page.waitForURL(/country=/);
    await page.waitForSelector('.facet-value[aria-pressed="true"]');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed')), 'true', 'focus stays on the pressed facet');
    await page.focus('#register-table tbody .project-name');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.evidence-doc');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new page\'s heading');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

// Curation in the browser: edit a field, merge two projects and split one by source, each with
// a note and a confirmation, and find the acts in the audit log. Its own register, since it changes it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SKIP, startHarness, type Harness } from './harness.js';

let h: Harness;
let rows: { id: string; name: string }[];
before(async () => {
  if (SKIP) return;
  h = await startHarness();
  rows = ((await (await fetch(`${h.url}/api/register?sort=name&dir=asc&limit=100`)).json()) as any).rows;
});
after(() => h?.close());

describe('curation', { skip: SKIP ?? false }, () => {
  it('edit a field: confirm, the project shows the value, the audit log the act', async () => {
    const target = rows.find((r) => /^[A-Z]/.test(r.name))!;
    const { page, errors, context } = await h.page();
    await page.goto(`${h.url}/#/project/${target.id}`);
    await page.waitForSelector('#set-field');
    await page.selectOption('#set-field', 'status');
    await page.fill('#set-value', 'completed');
    await page.fill('#set-note', 'commissioning reported by the operator');
    await page.click('form[aria-label="Edit a field"] button[type="submit"]');
    // Cancelling changes nothing.
    await page.waitForSelector('dialog.confirm[open]');
    await page.click('dialog.confirm button:has-text("Cancel")');
    assert.equal(((await (await fetch(`${h.url}/api/curation`)).json()) as any[]).length, 0);
    await page.click('form[aria-label="Edit a field"] button[type="submit"]');
    await page.waitForSelector('dialog.confirm[open]');
    await h.shot(page, 'curation-confirm');
    await page.click('#confirm-ok');
    await page.waitForFunction(() => document.querySelector('.facts .status')?.textContent === 'completed');
    await page.goto(`${h.url}/#/audit`);
    await page.waitForSelector('table.audit tbody tr');
    const row = (await page.textContent('table.audit tbody tr[data-action="set"]'))!;
    assert.match(row, /status = completed/);
    assert.match(row, /commissioning reported by the operator/);
    assert.ok(row.includes(target.id));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('merge two projects: pick the other by name, confirm, land on the merged record, see the audit entry', async () => {
    const [a, b] = rows.filter((r) => /^[A-Z]/.test(r.name)).slice(1, 3);
    const { page, errors, context } = await h.page();
    await page.goto(`${h.url}/#/project/${a.id}`);
    await page.waitForSelector('#pick-project');
    await page.fill('#pick-project', b.name);
    await page.click(`.picker-hits button.pick:has-text("${b.id}")`);
    assert.match((await page.textContent('#merge-chosen'))!, new RegExp(b.id));
    await page.fill('#merge-note', 'same plant reported under two names');
    await page.click('form[aria-label="Merge with another project"] button[type="submit"]');
    await page.waitForSelector('dialog.confirm[open]');
    await page.click('#confirm-ok');
    // The page reloads the merged record, which now lists the act.
    await page.waitForFunction(() => /Curation of this project/.test(document.body.textContent ?? '') && document.querySelectorAll('.evidence-doc').length > 0);
    const merged = ((await (await fetch(`${h.url}/api/curation`)).json()) as any[]).find((c) => c.action === 'merge');
    assert.ok(merged, 'the merge is in the log');
    const kept = /#\/project\/(prj-[0-9a-z]{10})/.exec(page.url())![1];
    assert.ok([a.id, b.id].includes(kept));
    const total = ((await (await fetch(`${h.url}/api/register?limit=1`)).json()) as any).total;
    assert.equal(total, rows.length - 1, 'one project fewer in the register');
    await page.goto(`${h.url}/#/audit`);
    await page.waitForSelector('table.audit tbody tr[data-action="merge"]');
    const row = (await page.textContent('table.audit tbody tr[data-action="merge"]'))!;
    assert.match(row, /same plant reported under two names/);
    assert.ok(row.includes(a.id) && row.includes(b.id), row);
    await h.shot(page, 'curation-audit-log');
    // The retired id still opens: it leads to the merged project.
    const retired = kept === a.id ? b.id : a.id;
    await page.goto(`${h.url}/#/project/${retired}`);
    await page.waitForSelector('.evidence-doc');
    assert.match((await page.textContent('.eyebrow'))!, new RegExp(kept));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('split a project by source: tick the source that leaves, confirm, see both records and the audit entry', async () => {
    const projects = (await (await fetch(`${h.url}/api/projects?limit=500`)).json()) as any[];
    const target = projects.find((p) => p.documents.length > 1);
    assert.ok(target, 'the examples hold a project reported by two sources');
    const before = ((await (await fetch(`${h.url}/api/register?limit=1`)).json()) as any).total;
    const leaving = target.documents[target.documents.length - 1];
    const { page, errors, context } = await h.page();
    await page.goto(`${h.url}/#/project/${target.id}`);
    await page.waitForSelector('fieldset.split-docs');
    await page.check(`#split-doc-${leaving.id}`);
    await page.fill('#split-note', 'the later article is about the second phase');
    await page.click('form[aria-label="Split this project"] button[type="submit"]');
    await page.waitForSelector('dialog.confirm[open]');
    assert.match((await page.textContent('dialog.confirm[open]'))!, /this source says/);
    await page.click('#confirm-ok');
    await page.waitForSelector('.split-result li a');
    const ids = await page.$$eval('.split-result li a', (as) => as.map((a) => a.textContent));
    assert.equal(ids.length, 2, JSON.stringify(ids));
    assert.ok(ids.includes(target.id), 'the record keeps its id');
    const after = ((await (await fetch(`${h.url}/api/register?limit=1`)).json()) as any).total;
    assert.equal(after, before + 1, 'one project more in the register');
    const other = ids.find((id) => id !== target.id)!;
    const split = (await (await fetch(`${h.url}/api/projects/${other}`)).json()) as any;
    assert.deepEqual(split.documents.map((d: any) => d.id), [leaving.id], 'the new record has the source that left');
    await page.goto(`${h.url}/#/audit`);
    await page.waitForSelector('table.audit tbody tr[data-action="split"]');
    const row = (await page.textContent('table.audit tbody tr[data-action="split"]'))!;
    assert.match(row, /the later article is about the second phase/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

// addDocuments: many documents in one transaction. Each document still lands whole or not at
// all: a broken one in the middle of a batch is reported and leaves no row behind, and the
// others give the same register as adding them one at a time.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Status } from '../../src/nlp/extraction.js';
import type { Store } from '../../src/store/store.js';
import { D1, D2, D3, makeDoc } from './fixtures.js';
import { openTestStore } from './engines.js';

/** A document whose project has a status the schema refuses: its document row goes in first, then the project fails. */
const BROKEN = makeDoc({
  text: 'Lorvane Cement announced a grinding plant in Oskel.',
  published: '2025-01-05',
  organizations: [{ name: 'Lorvane Cement', aliases: [], country: 'KZ' }],
  places: [{ name: 'Oskel', kind: 'city', country: 'KZ' }],
  projects: [{ name: 'Oskel grinding plant', type: 'other', sector: 'other', status: 'dreaming' as Status, places: ['Oskel'], sentences: ['Lorvane Cement announced a grinding plant in Oskel.'] }],
});

/**
 * Everything a reader sees of the register, for comparing two stores. Documents are named by
 * content hash: PostgreSQL never hands back ids a rolled-back insert took, so the batch that
 * went round twice numbers its documents differently.
 */
async function snapshot(store: Store): Promise<unknown> {
  const projects = [];
  for (const p of await store.listProjects()) projects.push(await store.getProject(p.id));
  const documents = (await store.listDocuments()).map(({ addedAt: _a, ...d }) => d);
  const hashOf = new Map(documents.map((d) => [d.id, d.contentHash]));
  const all = { projects, organizations: await store.listOrganizations(), people: await store.listPeople(), documents, search: await store.search('Beskol') };
  return JSON.parse(JSON.stringify(all, function (this: { kind?: string }, key, value: unknown) {
    if ((key === 'id' || key === 'documentId') && typeof value === 'number') return hashOf.get(value);
    return key === 'id' && this.kind === 'document' ? hashOf.get(Number(value)) : value; // a search hit
  }));
}

test('a broken document in a batch is reported and left out whole; the rest match adding them one by one', async () => {
  const { store: batched } = await openTestStore();
  const { store: single } = await openTestStore();
  // a new register is current (migration 006), so the broken document is resolved, and fails,
  // inside the batch, not in a replay after it
  assert.equal((await batched.refresh()).rebuilt, false);
  assert.equal((await single.refresh()).rebuilt, false);
  const results = await batched.addDocuments([D1, BROKEN, D2, D3]);
  assert.deepEqual(results.map((r) => r.status), ['new', 'failed', 'new', 'new']);
  assert.match((results[1] as { reason: string }).reason, /\S/);
  assert.equal(await batched.hasDocument(BROKEN.contentHash), false);
  assert.equal((await batched.listOrganizations({ q: 'lorvane' })).length, 0);
  assert.equal((await batched.search('Oskel')).length, 0);

  await single.addDocument(D1);
  await assert.rejects(single.addDocument(BROKEN));
  for (const d of [D2, D3]) await single.addDocument(d);
  assert.deepEqual(await snapshot(batched), await snapshot(single));
  await batched.close();
  await single.close();
});

test('a batch that repeats a document stores it once; a batch of stored documents adds nothing', async () => {
  const { store } = await openTestStore();
  const first = await store.addDocuments([D2, D1, D2]);
  assert.deepEqual(first.map((r) => r.status), ['new', 'new', 'present']);
  assert.equal((first[2] as { documentId: number }).documentId, (first[0] as { documentId: number }).documentId);
  // D1 sorts before D2, so the register was replayed at the end of the batch; the same once more
  const again = await store.addDocuments([D1, D2]);
  assert.deepEqual(again.map((r) => r.status), ['present', 'present']);
  assert.equal((await store.listDocuments()).length, 2);
  assert.equal((await store.refresh()).rebuilt, false);
  await store.close();
});

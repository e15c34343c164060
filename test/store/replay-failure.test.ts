// A stored document the register cannot hold (here a project status outside the schema's list,
// as a broken or hand-edited extraction might have) used to fail every replay, so the register
// stayed stale and no later document ever reached it. Now a replay leaves that one document out,
// reports it, and resolves the rest.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Status } from '../../src/nlp/extraction.js';
import { openTestStore } from './engines.js';
import { makeDoc } from './fixtures.js';

function doc(text: string, published: string, name: string, status: string) {
  return makeDoc({
    text, published, path: `${published}.txt`,
    places: [{ name: 'Tarnvik', aliases: [], kind: 'city', country: 'SE' }],
    projects: [{ name, type: 'port', sector: 'transport.maritime', status: status as Status, places: ['Tarnvik'], sentences: [text] }],
  });
}

const NEWEST = doc('Work on the Tarnvik container terminal began in May.', '2025-05-20', 'Tarnvik container terminal', 'construction');
const BROKEN = doc('The Tarnvik ferry quay was talked about in January.', '2025-01-10', 'Tarnvik ferry quay', 'daydreamed');
const OLDER = doc('Plans for a Tarnvik grain pier were announced in February.', '2025-02-14', 'Tarnvik grain pier', 'announced');

test('a replay leaves out a stored document it cannot resolve, reports it, and resolves the rest', async () => {
  const { store } = await openTestStore();
  try {
    await store.addDocuments([NEWEST]);
    // older than the register: stored, and resolved by the replay that refresh runs
    const added = await store.addDocuments([BROKEN, OLDER], { deferRebuild: true });
    assert.deepEqual(added.map((r) => r.status), ['new', 'new']);
    const brokenId = (added[0] as { documentId: number }).documentId;
    const r = await store.refresh();
    assert.equal(r.rebuilt, true);
    assert.equal(r.documents, 2);
    assert.equal(r.failed?.length, 1);
    assert.equal(r.failed?.[0].documentId, brokenId);
    assert.match(r.failed?.[0].reason ?? '', /CHECK|check/);
    assert.deepEqual((await store.listProjects()).map((p) => p.name).sort(), ['Tarnvik container terminal', 'Tarnvik grain pier']);
    // their search rows too, and none for what was left out
    const found = async (q: string) => (await store.search(q)).filter((h) => h.kind === 'project').map((h) => h.name);
    assert.deepEqual(await found('grain'), ['Tarnvik grain pier']);
    assert.deepEqual(await found('container'), ['Tarnvik container terminal']);
    assert.deepEqual(await found('ferry'), []);
    // the register is current: a later document extends it, and refresh has nothing to replay
    assert.equal((await store.refresh()).rebuilt, false);
    // the document stays stored (a re-extraction may mend it) and the next replay tries it again
    assert.ok((await store.listDocuments()).some((d) => d.id === brokenId));
  } finally {
    await store.close();
  }
});

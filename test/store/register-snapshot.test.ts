// The register in one snapshot (what `corridor export` reads) must equal the records asked for
// one at a time: every project as getProject gives it, organisations, people and documents as
// their unfiltered lists give them. Both engines; with curation acts on the register, so the
// per-project curation lists, redirects and merged aliases are exercised too.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestDocuments } from '../../src/pipeline/ingest-documents.js';
import { openTestStore } from './engines.js';

const EXAMPLES = [
  ...readdirSync('examples').filter((f) => /\.(txt|html)$/.test(f)).map((f) => join('examples', f)),
  ...readdirSync('examples/feeds').filter((f) => f.endsWith('.xml')).map((f) => join('examples/feeds', f)),
].sort();

test('registerSnapshot equals getProject per project and the unfiltered lists, after curation', async () => {
  const { store } = await openTestStore();
  try {
    const s = await ingestDocuments(EXAMPLES, store);
    assert.equal(s.failed, 0);
    // curation: two projects merged, a value set on the survivor, two organisations merged
    const [a, b] = await store.listProjects({ limit: 2 });
    const kept = await store.mergeProjects([a.id, b.id], 'analyst-1', 'one scheme under two names');
    await store.setProjectField(kept, 'status', 'operating', 'analyst-2', 'the operator says it runs');
    const orgs = await store.listOrganizations();
    await store.mergeOrganizations([orgs[0].id, orgs[1].id], 'analyst-1', 'one company');

    const snapshot = await store.registerSnapshot();
    const summaries = await store.listProjects();
    assert.ok(summaries.length >= 10);
    assert.ok(snapshot.projects.some((p) => p.curation.length > 0), 'some project carries its curation acts');
    assert.ok(snapshot.projects.some((p) => p.evidence.length > 0 && p.locations.length > 0 && p.organizations.length > 0));
    assert.deepEqual(snapshot.projects.map((p) => p.id), summaries.map((p) => p.id));
    for (const [i, summary] of summaries.entries()) {
      assert.deepEqual(snapshot.projects[i], await store.getProject(summary.id), `project ${summary.id}`);
    }
    const organizations = await store.listOrganizations();
    assert.ok(organizations.some((o) => o.aliases.length > 0));
    assert.deepEqual(snapshot.organizations, organizations);
    const people = await store.listPeople();
    assert.ok(people.some((p) => p.titles.length > 0));
    assert.deepEqual(snapshot.people, people);
    assert.deepEqual(snapshot.documents, await store.listDocuments());
  } finally {
    await store.close();
  }
});

// A replay's session is bounded: past REPLAY_SESSION.maxEntries it writes its search rows,
// forgets what it knew of records and asks SQL from then on. Forgetting may cost time, never
// change the register: a replay that forgets after every document gives the same export as one
// that remembers everything.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildRegisterExport } from '../../src/export/register-export.js';
import { ingestDocuments } from '../../src/pipeline/ingest-documents.js';
import { REPLAY_SESSION } from '../../src/store/rebuild-register.js';
import { writeGeneratedArticles } from '../cli/generated-articles.js';
import { openTestStore } from './engines.js';

const dir = mkdtempSync(join(tmpdir(), 'corridor-replay-bound-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a replay that forgets after every document gives the register a replay that remembers gives', async () => {
  // generated articles whose projects recur, and the examples (stories, merges, gazetteer places)
  writeGeneratedArticles(dir, 120);
  const exports: string[] = [];
  const limit = REPLAY_SESSION.maxEntries;
  try {
    for (const maxEntries of [limit, 0]) {
      REPLAY_SESSION.maxEntries = maxEntries;
      const { store } = await openTestStore();
      const s = await ingestDocuments([dir, 'examples'], store, { threads: 0 });
      assert.equal(s.failed, 0);
      // every document replayed under this bound, whatever order they came in
      const r = await store.reprocess((d) => d.extraction);
      assert.equal(r.documents, s.added);
      exports.push(JSON.stringify(await buildRegisterExport(store)));
      await store.close();
    }
  } finally {
    REPLAY_SESSION.maxEntries = limit;
  }
  assert.ok(JSON.parse(exports[0]).projects.length > 20);
  assert.equal(exports[1], exports[0]);
});

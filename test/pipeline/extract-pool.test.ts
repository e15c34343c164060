// Extraction on worker threads gives exactly what the main thread gives, applies the user's
// lexicons in every thread, and an ingest on threads stores the same register.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildRegisterExport } from '../../src/export/register-export.js';
import { readInput } from '../../src/ingest/read-inputs.js';
import { extract } from '../../src/nlp/extract.js';
import { applyUserLexicon, readUserLexicon } from '../../src/nlp/user-lexicon.js';
import { ExtractPool } from '../../src/pipeline/extract-pool.js';
import { extractInput, ingestDocuments } from '../../src/pipeline/ingest-documents.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { simhash, toHex } from '../../src/resolve/simhash.js';

const dir = mkdtempSync(join(tmpdir(), 'corridor-pool-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('two threads extract each example exactly as the main thread does, and a user lexicon reaches them', async () => {
  const lexicon = join(dir, 'lexicon.yaml');
  writeFileSync(lexicon, 'organizations:\n  - name: Quillfeather Works\n    aliases: [QFW]\n    country: KZ\n');
  applyUserLexicon(readUserLexicon(lexicon));
  const pool = new ExtractPool(2, [lexicon]);
  try {
    assert.equal(pool.size, 2);
    const files = readdirSync('examples').filter((f) => /\.(txt|html)$/.test(f)).map((f) => join('examples', f));
    for (const f of files) {
      const [doc] = await readInput(f);
      assert.ok(!('reason' in doc));
      const input = extractInput(doc);
      assert.deepEqual(await pool.extract(input), extract(input), f);
      // the near-duplicate hash a thread computes for the store is the one the store would compute
      const hashed = await pool.extractHashed(input);
      assert.equal(hashed.simhash, toHex(simhash(hashed.extraction.text ?? input.text)), f);
      // a thread sends the JSON the store writes, byte for byte what serialising here would give
      const here = extract(input);
      assert.equal(hashed.extraction.json, JSON.stringify(here), f);
      assert.equal(hashed.extraction.text, here.text, f);
      assert.deepEqual(hashed.extraction.document, here.document, f);
    }
    const input = { text: 'QFW will build a 40 MW solar plant near Almaty, Quillfeather Works said.', title: null, published: '2025-03-01' };
    const fromPool = await pool.extract(input);
    assert.ok(fromPool.organizations.some((o) => o.name === 'Quillfeather Works'));
    assert.deepEqual(fromPool, extract(input));
  } finally {
    await pool.close();
  }
});

test('an ingest on threads stores the same register as one on the main thread', async () => {
  const inputs = ['examples']; // its feeds folder too
  const exports: string[] = [];
  for (const threads of [0, 2]) {
    const store = openSqliteStore(join(dir, `t${threads}.db`));
    try {
      // over 16 documents, so the threads are used
      const s = await ingestDocuments(inputs, store, { threads });
      assert.equal(s.failed, 0);
      assert.ok(s.added >= 16);
      exports.push(JSON.stringify(await buildRegisterExport(store)));
      // a second run finds every document present and stores nothing
      const again = await ingestDocuments(inputs, store, { threads });
      assert.equal(again.added, 0);
      assert.equal(again.present, s.added);
    } finally {
      await store.close();
    }
  }
  assert.equal(exports[1], exports[0]);
});

test('by default an ingest leaves the writer a core: one extraction thread per core but one, at least one', async () => {
  const { defaultThreads } = await import('../../src/pipeline/ingest-documents.js');
  assert.equal(defaultThreads(1), 1);
  assert.equal(defaultThreads(2), 1);
  assert.equal(defaultThreads(8), 7);
});

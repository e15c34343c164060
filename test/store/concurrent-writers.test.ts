// Many writers on one register (team mode: workers in several processes, on several machines):
// each document takes effect once, and the register they leave is the one a single writer
// builds from the same documents. Runs on this pass's engine (engines.ts); the second half
// uses two real processes (the built CLI, `npm test` builds it first).

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildRegisterExport } from '../../src/export/register-export.js';
import { ingestDocuments } from '../../src/pipeline/ingest-documents.js';
import { openStore } from '../../src/store/open-store.js';
import { corridor } from '../cli/run-cli.js';
import { freshDatabase, openTestStore, TEST_ENGINE } from './engines.js';

const EXAMPLES = readdirSync('examples').filter((f) => /\.(txt|html)$/.test(f)).map((f) => join('examples', f)).sort();

/** Two overlapping thirds-and-more: the middle third goes to both writers, in opposite orders. */
function overlapping<T>(xs: T[]): [T[], T[]] {
  const third = Math.ceil(xs.length / 3);
  return [xs.slice(0, 2 * third), xs.slice(third).reverse()];
}

async function singleWriterExport(): Promise<string> {
  const { store } = await openTestStore();
  const s = await ingestDocuments(EXAMPLES, store, { threads: 0 });
  assert.equal(s.failed, 0);
  const out = JSON.stringify(await buildRegisterExport(store), null, 2);
  await store.close();
  return out;
}

test('two stores on one database add overlapping documents at once: each document once, the same register as one writer', async () => {
  assert.ok(EXAMPLES.length >= 9);
  const expected = await singleWriterExport();
  const { store: a, target } = await openTestStore();
  const b = openStore(target); // a second connection (pool) of its own, as another worker has
  try {
    const [left, right] = overlapping(EXAMPLES);
    const [sa, sb] = await Promise.all([ingestDocuments(left, a, { threads: 0 }), ingestDocuments(right, b, { threads: 0 })]);
    assert.equal(sa.failed + sb.failed, 0);
    // every overlapping document went in once: one writer stored it, the other found it present
    assert.equal(sa.added + sb.added, EXAMPLES.length);
    const docs = await a.listDocuments();
    assert.equal(docs.length, EXAMPLES.length);
    assert.equal(new Set(docs.map((d) => d.contentHash)).size, EXAMPLES.length);
    assert.equal(JSON.stringify(await buildRegisterExport(b), null, 2), expected);
  } finally {
    await b.close();
  }
});

test('two processes ingest overlapping folders into one database at once: the export is the single-writer one', async () => {
  const expected = await singleWriterExport();
  const db = await freshDatabase(TEST_ENGINE);
  try {
    const [left, right] = overlapping(EXAMPLES);
    const [ra, rb] = await Promise.all([
      corridor(['ingest', ...left, '--db', db.target, '--quiet']),
      corridor(['ingest', ...right, '--db', db.target, '--quiet']),
    ]);
    assert.equal(ra.code, 0, ra.stderr);
    assert.equal(rb.code, 0, rb.stderr);
    const docs = await corridor(['documents', '--db', db.target, '--format', 'json']);
    const rows = JSON.parse(docs.stdout) as { contentHash: string }[];
    assert.equal(rows.length, EXAMPLES.length);
    assert.equal(new Set(rows.map((d) => d.contentHash)).size, EXAMPLES.length);
    const exported = await corridor(['export', '--format', 'json', '--db', db.target]);
    assert.equal(exported.code, 0, exported.stderr);
    assert.equal(exported.stdout.trimEnd(), expected);
  } finally {
    await db.drop();
  }
});

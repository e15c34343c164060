// The change stamp the API's answer cache trusts: still while nothing is written, `own` moves
// with this store's writes, `other` with another connection's commits (SQLite: data_version;
// PostgreSQL: a notification at every commit). Runs on this pass's engine.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore } from '../../src/store/open-store.js';
import type { ChangeStamp, Store } from '../../src/store/store.js';
import { openTestStore } from './engines.js';
import { D1, D2, D3 } from './fixtures.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until two stamps in a row agree (PostgreSQL answers a new one until its listener is up). */
async function steady(store: Store): Promise<ChangeStamp> {
  for (let i = 0; i < 100; i++) {
    const a = store.changeStamp();
    await sleep(20);
    const b = store.changeStamp();
    if (a.own === b.own && a.other === b.other) return b;
  }
  throw new Error('the change stamp never settled');
}

async function until(what: string, ok: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ok(); i++) await sleep(20);
  assert.ok(ok(), what);
}

test('the change stamp stays still, then moves with own writes and with other connections\' commits', async () => {
  const { store, target } = await openTestStore();
  const other = openStore(target);
  try {
    await store.addDocument(D1);
    const s0 = await steady(store);
    await store.listProjects();
    assert.deepEqual(store.changeStamp(), s0, 'a read changes nothing');

    await store.addDocument(D2);
    assert.notEqual(store.changeStamp().own, s0.own, 'an own write moves own at once');
    const s1 = await steady(store);

    await other.addDocument(D3);
    await until('another connection\'s commit moves other', () => store.changeStamp().other !== s1.other);
    assert.equal(store.changeStamp().own, s1.own);
  } finally {
    await other.close();
  }
});

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openStore } from '../../src/store/open-store.js';
import { D1, tempDir } from './fixtures.js';
import { freshDatabase, PG_URL } from './engines.js';

const tmp = tempDir();
after(tmp.cleanup);

test('a postgres:// or postgresql:// URL opens PostgreSQL, any case, and never a file named after it', { skip: PG_URL ? false : 'CORRIDOR_TEST_PG is not set' }, async () => {
  for (const scheme of ['postgres', 'postgresql', 'POSTGRES']) {
    const db = await freshDatabase('postgres');
    const url = db.target.replace(/^postgres/, scheme);
    const store = openStore(url);
    try {
      assert.equal((await store.addDocument(D1)).status, 'new');
      assert.equal(await store.hasDocument(D1.contentHash), true);
    } finally {
      await store.close();
      await db.drop();
    }
    assert.ok(!existsSync(scheme) && !existsSync(`${scheme}:`));
  }
});

test('a PostgreSQL server that cannot be reached is a rejected call, not a crash at open', async () => {
  const store = openStore('postgres://nobody@127.0.0.1:1/none'); // port 1: nothing listens
  await assert.rejects(store.listProjects(), /ECONNREFUSED|connect/);
  await store.close();
});

test('a file path opens SQLite, creating missing folders', async () => {
  const file = join(tmp.dir, 'a', 'b', 'reg.db');
  const store = openStore(file);
  await store.addDocument(D1);
  await store.close();
  assert.ok(existsSync(file));
  const again = openStore(file);
  assert.equal(await again.hasDocument(D1.contentHash), true);
  await again.close();
});

test('without an argument, CORRIDOR_DB decides, a PostgreSQL URL there too; the argument wins', async () => {
  const saved = process.env.CORRIDOR_DB;
  try {
    const file = join(tmp.dir, 'env', 'from-env.db');
    process.env.CORRIDOR_DB = file;
    const store = openStore();
    await store.close();
    assert.ok(existsSync(file));
    if (PG_URL) {
      const db = await freshDatabase('postgres');
      process.env.CORRIDOR_DB = db.target;
      const pgStore = openStore();
      await pgStore.addDocument(D1);
      await pgStore.close();
      const again = openStore(db.target);
      assert.equal(await again.hasDocument(D1.contentHash), true);
      await again.close();
      await db.drop();
    }
    process.env.CORRIDOR_DB = 'postgresql://nobody@127.0.0.1:1/none';
    const mem = openStore(':memory:'); // the argument wins over the environment
    assert.deepEqual(await mem.listProjects(), []);
    await mem.close();
  } finally {
    if (saved === undefined) delete process.env.CORRIDOR_DB; else process.env.CORRIDOR_DB = saved;
  }
});

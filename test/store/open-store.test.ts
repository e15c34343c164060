import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openStore } from '../../src/store/open-store.js';
import { D1, tempDir } from './fixtures.js';

const tmp = tempDir();
after(tmp.cleanup);

test('a PostgreSQL URL is refused with a clear message', () => {
  for (const url of ['postgres://u@h/db', 'postgresql://h/db', 'POSTGRES://h/db']) {
    assert.throws(() => openStore(url), /PostgreSQL support arrives in team mode/);
  }
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

test('without an argument, CORRIDOR_DB decides; a PostgreSQL URL there is refused too', async () => {
  const saved = process.env.CORRIDOR_DB;
  try {
    const file = join(tmp.dir, 'env', 'from-env.db');
    process.env.CORRIDOR_DB = file;
    const store = openStore();
    await store.close();
    assert.ok(existsSync(file));
    process.env.CORRIDOR_DB = 'postgresql://team/db';
    assert.throws(() => openStore(), /team mode/);
    const mem = openStore(':memory:'); // the argument wins over the environment
    assert.deepEqual(await mem.listProjects(), []);
    await mem.close();
  } finally {
    if (saved === undefined) delete process.env.CORRIDOR_DB; else process.env.CORRIDOR_DB = saved;
  }
});

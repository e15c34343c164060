// `watch --queue`: a changed feed's new items become jobs instead of being extracted here; the
// feed's validators still live in the store, so the next poll is a 304.

import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { corridor } from '../cli/run-cli.js';
import { skipWithoutPg, testQueue } from './test-pg.js';

const feed = readFileSync('examples/feeds/sample-feed.xml');
const dir = mkdtempSync(join(tmpdir(), 'corridor-watch-queue-'));
let server: Server;
let url = '';
before(async () => {
  server = createServer((req, res) => {
    if (req.headers['if-none-match'] === '"v1"') { res.writeHead(304, { etag: '"v1"' }); res.end(); return; }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
    res.end(feed);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
});
after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

test('watch --queue enqueues a feed\'s items instead of storing them; the next poll is not modified', { skip: skipWithoutPg }, async () => {
  const q = await testQueue('watch');
  try {
    const db = join(dir, 'register.db');
    const first = await corridor(['watch', url, '--once', '--allow-private', '--db', db, '--queue', q.url]);
    assert.equal(first.code, 0, first.stderr);
    const m = /feed\.xml {2}(\d+) items, (\d+) queued\n/.exec(first.stdout);
    assert.ok(m, first.stdout);
    assert.ok(Number(m[1]) > 0);
    assert.equal(m[2], m[1]);
    assert.deepEqual(await q.states(), { created: Number(m[1]) });
    const documents = await corridor(['documents', '--db', db, '--format', 'json']);
    assert.deepEqual(JSON.parse(documents.stdout), [], 'watch --queue stored a document itself');
    const second = await corridor(['watch', url, '--once', '--allow-private', '--db', db, '--queue', q.url]);
    assert.match(second.stdout, /feed\.xml {2}not modified\n/);
  } finally {
    await q.drop();
  }
});

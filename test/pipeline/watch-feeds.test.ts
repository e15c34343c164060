// `corridor watch` against a real feed server on 127.0.0.1: the first poll takes the items in,
// the next sends the validators and gets 304, a changed feed adds only its new item.

import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInterval, pollFeed } from '../../src/pipeline/watch-feeds.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

const ITEMS = [
  ['Veska Ports signs for a grain berth at Kalvar', 'Veska Ports signed a contract on Monday to build a 2 million tonne grain berth at the Kalvar river port, the company said.', 'Mon, 03 Mar 2025 08:00:00 +0000'],
  ['Brightmoor Solar starts a 120 MW plant near Dorvan', 'Brightmoor Solar started construction of a 120 MW solar power plant near Dorvan on Tuesday, with financing from regional banks.', 'Tue, 04 Mar 2025 08:00:00 +0000'],
  ['Halden Steel Works plans a rolling mill in Velmora', 'Halden Steel Works announced plans on Wednesday for a 500,000 tonne rolling mill in Velmora, its first outside the home market.', 'Wed, 05 Mar 2025 08:00:00 +0000'],
];
const feed = (n: number) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>http://127.0.0.1/</link><description>test</description>
${ITEMS.slice(0, n).map(([t, d, p], i) => `<item><title>${t}</title><link>http://127.0.0.1/item/${i}</link><guid>item-${i}</guid><pubDate>${p}</pubDate><description>${d}</description></item>`).join('\n')}
</channel></rss>`;

let server: Server;
let base = '';
let items = 2;
const seen: IncomingHttpHeaders[] = [];
const dir = mkdtempSync(join(tmpdir(), 'corridor-watch-'));

before(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    const etag = `"v${items}"`;
    const lastModified = new Date(Date.UTC(2025, 2, items)).toUTCString();
    if (req.url === '/etag.xml' && req.headers['if-none-match'] === etag) { res.writeHead(304, { etag }); res.end(); return; }
    if (req.url === '/dated.xml' && req.headers['if-modified-since'] === lastModified) { res.writeHead(304); res.end(); return; }
    const headers: Record<string, string> = { 'content-type': 'application/rss+xml' };
    if (req.url === '/etag.xml') headers.etag = etag;
    else headers['last-modified'] = lastModified;
    res.writeHead(200, headers);
    res.end(feed(items));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

for (const [path, header] of [['/etag.xml', 'if-none-match'], ['/dated.xml', 'if-modified-since']] as const) {
  test(`${path}: new items go in, an unchanged feed is not read again, a changed one adds only its new item`, async () => {
    items = 2;
    const store = openSqliteStore(join(dir, `${path.slice(1)}.db`));
    try {
      const url = base + path;
      const first = await pollFeed(url, store, { allowPrivate: true });
      assert.deepEqual([first.status, first.items, first.added], ['read', 2, 2]);
      assert.equal(seen.at(-1)![header], undefined);
      const second = await pollFeed(url, store, { allowPrivate: true });
      assert.equal(second.status, 'not-modified');
      assert.ok(seen.at(-1)![header], `the second poll sends ${header}`);
      items = 3;
      const third = await pollFeed(url, store, { allowPrivate: true });
      assert.deepEqual([third.status, third.items, third.added], ['read', 3, 1]);
      assert.equal((await store.listDocuments()).length, 3);
      const state = (await store.feedState(url))!;
      assert.deepEqual([state.lastStatus, state.itemsSeen, state.itemsAdded], ['200', 5, 3]);
    } finally {
      await store.close();
    }
  });
}

test('a loopback feed without --allow-private is refused and remembered as a failure', async () => {
  const store = openSqliteStore(join(dir, 'refused.db'));
  try {
    const r = await pollFeed(`${base}/etag.xml`, store);
    assert.equal(r.status, 'failed');
    assert.match(r.reason!, /loopback/);
    assert.match((await store.feedState(`${base}/etag.xml`))!.lastStatus, /refused/);
  } finally {
    await store.close();
  }
});

test('intervals', () => {
  assert.equal(parseInterval('15m'), 900_000);
  assert.equal(parseInterval('2h'), 7_200_000);
  assert.equal(parseInterval('90'), 90_000);
  assert.equal(parseInterval('soon'), null);
  assert.equal(parseInterval('0s'), null);
});

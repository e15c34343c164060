import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { corridor, ROOT } from './run-cli.js';

test('ingest reads an HTML page and a feed over HTTP, and reports a URL that fails', async () => {
  const page = readFileSync(join(ROOT, 'examples/kg-osh-hospital-2025-09-17.html'));
  const feed = readFileSync(join(ROOT, 'examples/feeds/sample-feed.xml'));
  const server = createServer((req, res) => {
    if (req.url === '/story') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page); return; }
    if (req.url === '/feed') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(feed); return; }
    res.writeHead(404); res.end('gone');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const db = join(mkdtempSync(join(tmpdir(), 'corridor-url-')), 'r.db');
    // the server is on loopback, which URL reads refuse unless told otherwise
    const r = await corridor(['ingest', `${base}/story`, `${base}/feed`, `${base}/missing`, '--db', db, '--allow-private']);
    assert.equal(r.code, 3, r.stdout + r.stderr);
    assert.match(r.stdout, /4 new, 0 already present, 1 failed/);
    assert.match(r.stdout, /failed {2}http:\/\/127\.0\.0\.1:\d+\/missing: .*404/);
    const docs = JSON.parse((await corridor(['documents', '--db', db, '--format', 'json'])).stdout);
    assert.ok(docs.some((d: { url: string | null }) => d.url?.startsWith(base) || d.url?.startsWith('https://')));
    assert.ok(docs.some((d: { title: string }) => /Osh regional hospital/.test(d.title)));
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
});

// `corridor watch --once` as a user runs it (from cron, say): one line per feed, validators kept
// in the database between runs, so the second run is a 304.

import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { spawn } from 'node:child_process';
import { corridor, ROOT } from './run-cli.js';

const feed = readFileSync('examples/feeds/sample-feed.xml');
let server: Server;
let url = '';
before(async () => {
  server = createServer((req, res) => {
    if (req.headers['if-none-match'] === '"one"') { res.writeHead(304, { etag: '"one"' }); res.end(); return; }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"one"' });
    res.end(feed);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('watch --once: the first run reads the feed, the second is not modified', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'corridor-watch-cli-')), 'register.db');
  const first = await corridor(['watch', url, '--once', '--allow-private', '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /feed\.xml {2}\d+ items, \d+ new/);
  const second = await corridor(['watch', url, '--once', '--allow-private', '--db', db]);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /feed\.xml {2}not modified/);
  const refused = await corridor(['watch', url, '--once', '--db', db]);
  assert.equal(refused.code, 3);
  assert.match(refused.stdout, /failed: refused/);
});

test('watch refuses a polling interval under a minute and what is not an http(s) URL', async () => {
  assert.equal((await corridor(['watch', url, '--every', '10s'])).code, 2);
  assert.equal((await corridor(['watch', 'file:///etc/passwd', '--once'])).code, 2);
});

test('watch without --once keeps polling until SIGTERM, which ends the wait and exits 0', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'corridor-watch-loop-')), 'register.db');
  const child = spawn(process.execPath, ['bin/corridor.js', 'watch', url, '--every', '1m', '--allow-private', '--db', db], { cwd: ROOT });
  let out = '';
  const firstLine = new Promise<void>((resolve) => child.stdout.on('data', (d) => { out += d; if (out.includes('\n')) resolve(); }));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  await firstLine;
  // after its first poll it is waiting for the next one, not gone
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(child.exitCode, null, 'still running between polls');
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
  assert.match(out, /feed\.xml {2}\d+ items, \d+ new/);
});

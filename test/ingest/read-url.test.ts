// URL reading against a real HTTP server on 127.0.0.1 (port chosen by the OS). Loopback is
// refused by default (address-policy.ts), so every read here passes allowPrivate, as the
// --allow-private flag does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isFailure, type ReadDocument, type ReadResult } from '../../src/ingest/document.js';
import { fetchUrl, isFetchFailure, USER_AGENT } from '../../src/ingest/fetch-url.js';
import { readInput } from '../../src/ingest/read-inputs.js';
import { fixture } from './fixture-path.js';

const ARTICLE = readFileSync(fixture('html/article-boilerplate.html'));
const MAIN_DIV = readFileSync(fixture('html/main-div.html'));
const FEED = readFileSync(fixture('feed/rss2.xml'));

/** What every read in this file passes: the test server is on loopback. */
const LOCAL = { allowPrivate: true } as const;

let server: Server;
let base = '';
let lastUserAgent: string | undefined;

function docs(results: ReadResult[]): ReadDocument[] {
  return results.map((r) => {
    if (isFailure(r)) assert.fail(`expected a document, got failure for ${r.input}: ${r.reason}`);
    return r;
  });
}

before(async () => {
  server = createServer((req, res) => {
    lastUserAgent = req.headers['user-agent'];
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    switch (url.pathname) {
      case '/article':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(ARTICLE);
        return;
      case '/news/solar':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(MAIN_DIV);
        return;
      case '/feed':
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(FEED);
        return;
      case '/feed-mislabelled':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(FEED);
        return;
      case '/plain':
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Title: Plain notice\n\nA plain-text notice about a new bus depot served over HTTP.');
        return;
      case '/latin1':
        res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
        res.end(Buffer.from('A caf\xe9 operator from the coast will open a roastery near the new ring road.', 'latin1'));
        return;
      case '/old-article':
        res.writeHead(301, { location: '/article' });
        res.end();
        return;
      case '/hop': {
        const n = Number(url.searchParams.get('n') ?? '0');
        res.writeHead(302, { location: n > 0 ? `/hop?n=${n - 1}` : '/news/solar' });
        res.end();
        return;
      }
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        res.end();
        return;
      case '/to-ftp':
        res.writeHead(302, { location: 'ftp://127.0.0.1/file.txt' });
        res.end();
        return;
      case '/slow': {
        const timer = setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('Too late.');
        }, 3000);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case '/big':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(64 * 1024) });
        res.end(Buffer.alloc(64 * 1024, 0x61));
        return;
      case '/big-stream': {
        res.writeHead(200, { 'content-type': 'text/plain' }); // chunked: no content-length
        let sent = 0;
        const push = (): void => {
          if (sent >= 64 || res.destroyed) { res.end(); return; }
          sent++;
          res.write(Buffer.alloc(1024, 0x62), () => setImmediate(push));
        };
        push();
        return;
      }
      case '/empty':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end();
        return;
      case '/server-error':
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('Down for maintenance');
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('an HTML page: one url document with meta.url and the page metadata', async () => {
  const input = `${base}/article`;
  const [d] = docs(await readInput(input, LOCAL));
  assert.equal(d.kind, 'url');
  assert.equal(d.input, input);
  assert.equal(d.path, input);
  assert.equal(d.meta.title, 'Port Verano operator commits $400m to second container terminal');
  assert.equal(d.meta.url, 'https://coastline.example.com/ports/verano-terminal');
  assert.ok(d.text.startsWith('The company that runs Port Verano'));
  assert.ok(!d.text.includes('cookie'));
  assert.equal(lastUserAgent, USER_AGENT);
});

test('a page without og:url gets its canonical link resolved against the final URL', async () => {
  const [d] = docs(await readInput(`${base}/news/solar`, LOCAL));
  assert.equal(d.meta.url, `${base}/2023/11/dunmore-solar-financing`);
});

test('a feed gives one document per item', async () => {
  const input = `${base}/feed`;
  const items = docs(await readInput(input, LOCAL));
  assert.equal(items.length, 3);
  assert.deepEqual(items.map((i) => i.input), [`${input}#1`, `${input}#2`, `${input}#3`]);
  assert.ok(items.every((i) => i.kind === 'feed-item' && i.path === input));
  assert.equal(items[0].meta.source, 'Corridor Watch & Trade Notes');
  assert.equal(items[2].meta.url, `${base}/2024/05/ferry-link`, 'relative link resolved against the feed URL');
});

test('a feed served as text/html is still read as a feed', async () => {
  const items = docs(await readInput(`${base}/feed-mislabelled`, LOCAL));
  assert.equal(items.length, 3);
});

test('a text/plain response is read as text', async () => {
  const [d] = docs(await readInput(`${base}/plain`, LOCAL));
  assert.equal(d.kind, 'url');
  assert.equal(d.meta.title, 'Plain notice');
  assert.equal(d.meta.url, `${base}/plain`);
});

test('a charset declared by the server is honoured for text', async () => {
  const [d] = docs(await readInput(`${base}/latin1`, LOCAL));
  assert.equal(d.text, 'A café operator from the coast will open a roastery near the new ring road.');
});

test('HTTP errors name the status and URL', async () => {
  const [notFound] = await readInput(`${base}/nowhere`, LOCAL);
  assert.ok(isFailure(notFound));
  assert.equal(notFound.reason, `HTTP 404 from ${base}/nowhere`);
  const [down] = await readInput(`${base}/server-error`, LOCAL);
  assert.ok(isFailure(down));
  assert.equal(down.reason, `HTTP 503 from ${base}/server-error`);
});

test('redirects are followed, up to five', async () => {
  const [moved] = docs(await readInput(`${base}/old-article`, LOCAL));
  assert.ok(moved.text.startsWith('The company that runs Port Verano'));

  const fetched = await fetchUrl(`${base}/hop?n=4`, LOCAL); // five redirects
  assert.ok(!isFetchFailure(fetched));
  assert.equal(fetched.finalUrl, `${base}/news/solar`);
  assert.equal(fetched.url, `${base}/hop?n=4`);
  assert.match(fetched.contentType ?? '', /text\/html/);

  const [tooMany] = await readInput(`${base}/hop?n=5`, LOCAL); // six redirects
  assert.ok(isFailure(tooMany));
  assert.equal(tooMany.reason, 'too many redirects (more than 5)');

  const [loop] = await readInput(`${base}/loop`, LOCAL);
  assert.ok(isFailure(loop));
  assert.equal(loop.reason, 'too many redirects (more than 5)');

  const [ftp] = await readInput(`${base}/to-ftp`, LOCAL);
  assert.ok(isFailure(ftp));
  assert.equal(ftp.reason, 'redirect to ftp://127.0.0.1/file.txt: unsupported URL scheme "ftp:" (only http and https)');
});

test('connection refused on a closed port', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const [r] = await readInput(`http://127.0.0.1:${port}/article`, LOCAL);
  assert.ok(isFailure(r));
  assert.equal(r.reason, 'connection refused');
});

test('a slow response past the timeout', async () => {
  const started = Date.now();
  const [r] = await readInput(`${base}/slow`, { ...LOCAL, timeoutMs: 200 });
  assert.ok(isFailure(r));
  assert.equal(r.reason, 'timed out after 200 ms');
  assert.ok(Date.now() - started < 2000, 'gave up near the timeout');
});

test('a body over maxBytes, with and without content-length', async () => {
  const [declared] = await readInput(`${base}/big`, { ...LOCAL, maxBytes: 1024 });
  assert.ok(isFailure(declared));
  assert.equal(declared.reason, 'response too large: 64 KB > 1 KB limit');

  const [streamed] = await readInput(`${base}/big-stream`, { ...LOCAL, maxBytes: 4096 });
  assert.ok(isFailure(streamed));
  assert.equal(streamed.reason, 'response too large: over the 4 KB limit');

  const ok = await fetchUrl(`${base}/big-stream`, { ...LOCAL, maxBytes: 1024 * 1024 });
  assert.ok(!isFetchFailure(ok));
  assert.equal(ok.bytes.length, 64 * 1024);
});

test('an empty body and an invalid URL are failures', async () => {
  const [empty] = await readInput(`${base}/empty`, LOCAL);
  assert.ok(isFailure(empty));
  assert.equal(empty.reason, 'empty response');

  const bad = await fetchUrl('http://');
  assert.ok(isFetchFailure(bad));
  assert.equal(bad.reason, 'invalid URL: http://');

  const file = await fetchUrl('file:///etc/hostname');
  assert.ok(isFetchFailure(file));
  assert.equal(file.reason, 'unsupported URL scheme "file:" (only http and https)');
});

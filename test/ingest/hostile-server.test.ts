// URL reads against a misbehaving server on 127.0.0.1: bodies that never end, compression
// bombs, wrong content types, and redirects or DNS answers that point where a fetch must not
// go. The server is on loopback, so reads pass allowPrivate except where the refusal of
// loopback itself is the point. DNS is never asked: host names go through an injected resolver.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { isFailure, type ReadResult } from '../../src/ingest/document.js';
import { fetchUrl, isFetchFailure } from '../../src/ingest/fetch-url.js';
import { readInput } from '../../src/ingest/read-inputs.js';
import { pinnedLookup, type ResolveHost } from '../../src/ingest/address-policy.js';
import { once } from 'node:events';
import { gzipBomb } from '../../scripts/make-bad-inputs.js';
import { startHostileServer, type HostileServer } from './hostile-server.js';
import { installLoopbackGuard, type LoopbackGuard } from './loopback-guard.js';

const LOCAL = { allowPrivate: true } as const;
const MB = 1024 * 1024;

let server: HostileServer;
let base = '';
let guard: LoopbackGuard;

before(async () => {
  guard = installLoopbackGuard();
  server = await startHostileServer({ gzipBomb: gzipBomb() });
  base = server.base;
});

after(async () => {
  await server.close();
  guard.uninstall();
  assert.deepEqual(guard.violations, [], 'a fetch tried to leave loopback');
});

test('the loopback guard itself stops a connection anywhere else', async () => {
  // 0.0.0.0 is not loopback to the guard, yet reaches only this machine should the guard ever fail
  const { connect } = await import('node:net');
  assert.throws(() => connect({ host: '0.0.0.0', port: 9 }), /loopback guard: refused to connect to 0\.0\.0\.0/);
  assert.throws(() => connect({ host: 'name.invalid', port: 9 }), /loopback guard: refused to connect to name\.invalid \(through the system resolver\)/);
  const viaLookup = connect({ host: 'name.invalid', port: 9, lookup: pinnedLookup('0.0.0.0', 4) as never });
  const [err] = (await once(viaLookup, 'error')) as Error[];
  assert.match(err.message, /loopback guard: refused to connect to 0\.0\.0\.0 \(for name\.invalid\)/);
  guard.violations.length = 0; // those three were the point of this test
});

function reasonOf(results: ReadResult[]): string {
  assert.equal(results.length, 1);
  const [r] = results;
  assert.ok(isFailure(r), `expected a failure, got a document: ${JSON.stringify(r).slice(0, 200)}`);
  assert.ok(!r.reason.includes('\n'), 'one line');
  return r.reason;
}

test('a never-ending response is cut at the size limit and the connection dropped', async () => {
  const reason = reasonOf(await readInput(`${base}/forever`, { ...LOCAL, maxBytes: MB }));
  assert.equal(reason, 'response too large: over the 1 MB limit');
  await server.closed('/forever');
  // what was sent before the hang-up: the limit plus what sat in socket buffers, not more
  const sent = server.written.get('/forever') ?? 0;
  assert.ok(sent >= MB, `sent ${sent}`);
  assert.ok(sent < 16 * MB, `the server kept writing: ${sent} bytes`);
});

test('a response that trickles forever is cut at the time limit', async () => {
  const reason = reasonOf(await readInput(`${base}/trickle`, { ...LOCAL, timeoutMs: 300 }));
  assert.equal(reason, 'timed out after 300 ms');
  await server.closed('/trickle');
});

test('a host name lookup that never answers is cut at the time limit', async () => {
  const hanging: ResolveHost = () => new Promise(() => undefined);
  assert.equal(reasonOf(await readInput(`http://localhost:${server.port}/article`, { ...LOCAL, timeoutMs: 200, resolve: hanging })), 'timed out after 200 ms');
});

test('a redirect loop stops at the redirect limit', async () => {
  assert.equal(reasonOf(await readInput(`${base}/loop`, LOCAL)), 'too many redirects (more than 5)');
});

test('compression bombs are refused on their decoded size (gzip at the default limit, deflate and br)', async () => {
  assert.equal(reasonOf(await readInput(`${base}/gzip-bomb`, LOCAL)), 'response too large: over the 20 MB limit once decompressed (gzip)');
  assert.equal(reasonOf(await readInput(`${base}/deflate-bomb`, { ...LOCAL, maxBytes: MB })), 'response too large: over the 1 MB limit once decompressed (deflate)');
  assert.equal(reasonOf(await readInput(`${base}/br-bomb`, { ...LOCAL, maxBytes: MB })), 'response too large: over the 1 MB limit once decompressed (br)');
});

test('a gzip-encoded page is decoded and read; a corrupt gzip body is a one-line failure', async () => {
  const [doc] = await readInput(`${base}/article-gzip`, LOCAL);
  assert.ok(!isFailure(doc), isFailure(doc) ? doc.reason : '');
  assert.equal(doc.meta.title, 'Inland port opens a second rail siding');
  assert.match(doc.text, /second rail siding on Thursday/);
  assert.equal(reasonOf(await readInput(`${base}/corrupt-gzip`, LOCAL)), 'error reading response body: response body does not decompress (corrupt data)');
});

test('wrong content types: JSON as text/html and HTML as image/png are refused; HTML as octet-stream is read', async () => {
  assert.equal(reasonOf(await readInput(`${base}/json-as-html`, LOCAL)),
    'not an article: JSON data (served as text/html) (only text, HTML and RSS/Atom feeds are read)');
  assert.equal(reasonOf(await readInput(`${base}/html-as-png`, LOCAL)),
    'not an article: served as image/png, an image (only text, HTML and RSS/Atom feeds are read)');
  assert.equal(reasonOf(await readInput(`${base}/png`, LOCAL)),
    'not an article: PNG image (only text, HTML and RSS/Atom feeds are read)');
  const [doc] = await readInput(`${base}/html-as-octet-stream`, LOCAL);
  assert.ok(!isFailure(doc), isFailure(doc) ? doc.reason : '');
  assert.equal(doc.meta.title, 'Inland port opens a second rail siding');
});

test('without allowPrivate the loopback server is refused before any connection, with a one-line reason', async () => {
  const before = server.last.remote;
  server.last.remote = undefined;
  assert.equal(reasonOf(await readInput(`${base}/article`)),
    'refused: 127.0.0.1 is a loopback address (127.0.0.0/8); --allow-private lets it through');
  assert.equal(reasonOf(await readInput(`http://[::ffff:127.0.0.1]:${server.port}/article`)),
    'refused: ::ffff:7f00:1 is a loopback address (127.0.0.0/8, IPv4-mapped form of 127.0.0.1); --allow-private lets it through');
  assert.equal(reasonOf(await readInput(`http://2130706433:${server.port}/article`)),
    'refused: 127.0.0.1 is a loopback address (127.0.0.0/8); --allow-private lets it through');
  assert.equal(server.last.remote, undefined, 'the server saw no request');
  server.last.remote = before;
});

test('a host name is refused on what it resolves to (the system resolver, for localhost)', async () => {
  const reason = reasonOf(await readInput(`http://localhost:${server.port}/article`));
  assert.match(reason, /^refused: localhost resolves to a refused address: (127\.0\.0\.1|::1) is a loopback address \((127\.0\.0\.0\/8|::1\/128)\); --allow-private lets it through$/);
});

test('with allowPrivate the same server is read', async () => {
  const [doc] = await readInput(`${base}/article`, LOCAL);
  assert.ok(!isFailure(doc), isFailure(doc) ? doc.reason : '');
  assert.equal(doc.meta.title, 'Inland port opens a second rail siding');
});

test('the connection goes to the address that was checked: a resolver that changes its answer is asked once', async () => {
  const answers = ['127.0.0.1', '::1', '::1'];
  const asked: string[] = [];
  const resolve: ResolveHost = async (hostname) => {
    asked.push(hostname);
    const address = answers.shift() ?? '::1';
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };
  // the server listens on 127.0.0.1 only: a second lookup (::1) would be refused a connection
  const fetched = await fetchUrl(`http://localhost:${server.port}/article`, { ...LOCAL, resolve });
  assert.ok(!isFetchFailure(fetched), isFetchFailure(fetched) ? fetched.reason : '');
  assert.deepEqual(asked, ['localhost']);
  assert.equal(server.last.remote, '127.0.0.1');
  assert.equal(server.last.host, `localhost:${server.port}`, 'the request still names the host it asked for');
});

test('the socket is pinned: localhost checked as ::1 does not reach the server on 127.0.0.1, though the system resolver would', async () => {
  // /etc/hosts maps localhost to 127.0.0.1, so a connection that did its own lookup would get through
  const pinnedAway = await fetchUrl(`http://localhost:${server.port}/article`, { ...LOCAL, resolve: async () => [{ address: '::1', family: 6 }] });
  assert.ok(isFetchFailure(pinnedAway), 'reached the server through a lookup of its own');
  assert.match(pinnedAway.reason, /^(connection refused|network unreachable|host unreachable|fetch failed: .*EADDRNOTAVAIL.*)$/);
});

test('every redirect hop is checked: metadata addresses and names are refused even with allowPrivate', async () => {
  assert.equal(reasonOf(await readInput(`${base}/to-metadata`, LOCAL)),
    'redirect to http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a cloud metadata address (169.254.169.254/32)');
  assert.equal(reasonOf(await readInput(`${base}/to-metadata-name`, LOCAL)),
    'redirect to http://metadata.google.internal/computeMetadata/v1/: refused: metadata.google.internal is a cloud metadata host name');

  const resolve: ResolveHost = async (hostname) => (hostname === 'instance.test' ? [{ address: 'fd00:ec2::254', family: 6 }] : []);
  assert.equal(reasonOf(await readInput(`${base}/to-name?host=instance.test`, { ...LOCAL, resolve })),
    `redirect to http://instance.test:${server.port}/article: refused: instance.test resolves to a refused address: fd00:ec2::254 is a cloud metadata address (fd00:ec2::254/128)`);
});

test('a redirect to a name the resolver maps to loopback is followed with allowPrivate, refused without', async () => {
  // 'localhost', so that even a broken pin could only ever ask /etc/hosts, never DNS
  const asked: string[] = [];
  const resolve: ResolveHost = async (hostname) => { asked.push(hostname); return [{ address: '127.0.0.1', family: 4 }]; };
  const [doc] = await readInput(`${base}/to-name?host=localhost`, { ...LOCAL, resolve });
  assert.ok(!isFailure(doc), isFailure(doc) ? doc.reason : '');
  assert.equal(server.last.host, `localhost:${server.port}`);
  assert.deepEqual(asked, ['localhost'], 'the redirect hop was resolved (and checked) too');

  assert.equal(reasonOf(await readInput(`http://localhost:${server.port}/article`, { resolve })),
    'refused: localhost resolves to a refused address: 127.0.0.1 is a loopback address (127.0.0.0/8); --allow-private lets it through');
});

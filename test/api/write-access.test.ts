// Who may write, over real HTTP on 127.0.0.1: every write route needs the API token, a
// browser request from another site is refused even with it, the token goes only to the
// app's own page, and on a loopback bind a Host that is not a loopback name (DNS rebinding)
// is refused. Each refused write is checked to have changed nothing.

import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { bearerToken, generateToken, tokenMatches, tokenProblem } from '../../src/api/api-token.js';
import { isLoopbackAddress, isLoopbackHost, loopbackHostHeader } from '../../src/api/loopback.js';
import { ALL_ROUTES } from '../../src/api/route-specs.js';
import { startServer } from '../../src/api/server.js';
import { serve, type Served } from './fixture.js';

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A request with exactly these headers (fetch would set its own Origin, Host and Sec-Fetch-*). */
function raw(base: string, path: string, method: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers, setHost: !('host' in headers) }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let api: Served;
before(async () => {
  api = await serve();
});
after(() => api.close());

const WRITES = ALL_ROUTES.filter((r) => r.method !== 'GET');
const JSON_TYPE = { 'content-type': 'application/json' };
// A body each write route accepts as far as validation goes, so only the access check can stop it.
const BODIES: Record<string, unknown> = {
  '/api/ingest': { kind: 'text', text: 'A <b>test</b> article that should never be stored.' },
  '/api/curation/merge': { ids: ['prj-0000000000', 'prj-0000000001'], note: 'never' },
  '/api/curation/split': { id: 'prj-0000000000', note: 'never' },
  '/api/curation/set': { id: 'prj-0000000000', field: 'status', value: 'operating', note: 'never' },
};

async function counts(): Promise<string> {
  const docs = (await api.get('/api/documents')).body.length;
  const projects = (await api.get('/api/register?limit=1')).body.total;
  const acts = (await api.get('/api/curation')).body.length;
  return JSON.stringify({ docs, projects, acts });
}

describe('write routes need the API token', () => {
  it('the write routes are the four POST routes, each with a test body', () => {
    assert.deepEqual(WRITES.map((r) => r.url).sort(), Object.keys(BODIES).sort());
  });

  for (const route of WRITES) {
    it(`${route.method} ${route.url}: 401 without a token or with a wrong one, nothing changes`, async () => {
      const before = await counts();
      const body = JSON.stringify(BODIES[route.url]);
      for (const auth of [undefined, 'Bearer ', `Bearer ${generateToken()}`, `Bearer ${api.token}x`, `Basic ${api.token}`, api.token]) {
        const res = await raw(api.url, route.url, route.method, { ...JSON_TYPE, ...(auth === undefined ? {} : { authorization: auth }) }, body);
        assert.equal(res.status, 401, `${auth}: ${res.body}`);
        assert.equal(res.headers['www-authenticate'], 'Bearer realm="corridor"');
        assert.match(JSON.parse(res.body).error, /API token/);
        assert.ok(res.headers['content-security-policy'], 'the security headers are on refusals too');
      }
      assert.equal(await counts(), before);
    });

    it(`${route.method} ${route.url}: 403 for a browser request from another site, even with the token`, async () => {
      const before = await counts();
      const auth = { ...JSON_TYPE, authorization: `Bearer ${api.token}` };
      const host = new URL(api.url).host;
      const variants: Record<string, string>[] = [
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
        { origin: 'https://elsewhere.example' },
        { origin: 'null' },
        { origin: `http://${host}.elsewhere.example` },
        { origin: `https://${host}` },
        { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:1' },
      ];
      for (const headers of variants) {
        const res = await raw(api.url, route.url, route.method, { ...auth, ...headers }, JSON.stringify(BODIES[route.url]));
        assert.equal(res.status, 403, `${JSON.stringify(headers)}: ${res.body}`);
        assert.match(JSON.parse(res.body).error, /^write refused: /);
      }
      assert.equal(await counts(), before);
    });
  }

  it('with the token, from a script or the same origin, a write goes through', async () => {
    const host = new URL(api.url).host;
    const text = 'NAIROBI (Coast Wire) - Pwani Ports Authority signed a contract to build the 800-metre Lamu Container Berth in Kenya.';
    const before = (await api.get('/api/documents')).body.length;
    const variants: Record<string, string>[] = [{}, { 'sec-fetch-site': 'same-origin', origin: `http://${host}` }, { 'sec-fetch-site': 'none' }];
    for (const extra of variants) {
      const res = await raw(api.url, '/api/ingest', 'POST', { ...JSON_TYPE, authorization: `Bearer ${api.token}`, ...extra }, JSON.stringify({ kind: 'text', text: `${text} ${JSON.stringify(extra)}` }));
      assert.equal(res.status, 200, res.body);
      assert.equal(JSON.parse(res.body).added, 1);
    }
    assert.equal((await api.get('/api/documents')).body.length, before + 3);
  });

  it('the OpenAPI document marks exactly the write routes as needing the token', async () => {
    const doc = (await api.get('/api/openapi.json')).body;
    assert.deepEqual(doc.components.securitySchemes, { apiToken: { type: 'http', scheme: 'bearer' } });
    let writes = 0;
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        const write = method !== 'get';
        writes += write ? 1 : 0;
        assert.deepEqual(op.security, write ? [{ apiToken: [] }] : undefined, `${method} ${path}`);
        for (const status of ['401', '403', '413']) assert.equal(status in op.responses, write, `${method} ${path} ${status}`);
      }
    }
    assert.equal(writes, WRITES.length);
  });

  it('reads need no token, and an unknown method or path is still a 404, not a 401', async () => {
    assert.equal((await raw(api.url, '/api/projects', 'GET', {})).status, 200);
    assert.equal((await raw(api.url, '/api/projects', 'DELETE', {})).status, 404);
    assert.equal((await raw(api.url, '/api/nothing', 'POST', JSON_TYPE, '{}')).status, 404);
  });

  it('a refused write is refused before its body is read (a large body gets 401, not 413)', async () => {
    const res = await raw(api.url, '/api/ingest', 'POST', JSON_TYPE, 'x'.repeat(2 * 1024 * 1024));
    assert.equal(res.status, 401);
  });
});

describe('the token for the app page: GET /session', () => {
  const browser = { 'sec-fetch-site': 'same-origin', 'x-corridor-client': 'web' };

  it('answers the app page on loopback with the token, never cached', async () => {
    const res = await raw(api.url, '/session', 'GET', browser);
    assert.equal(res.status, 200, res.body);
    assert.deepEqual(JSON.parse(res.body), { token: api.token });
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['access-control-allow-origin'], undefined);
  });

  it('refuses a script, another site, a missing app header and a rebound host name', async () => {
    const port = new URL(api.url).port;
    for (const [headers, status] of [
      [{}, 403],
      [{ 'x-corridor-client': 'web' }, 403],
      [{ 'sec-fetch-site': 'same-origin' }, 403],
      [{ ...browser, 'sec-fetch-site': 'cross-site' }, 403],
      [{ ...browser, 'sec-fetch-site': 'same-site' }, 403],
      [{ ...browser, 'x-corridor-client': 'other' }, 403],
      [{ ...browser, host: `rebound.example:${port}` }, 421],
      [{ ...browser, host: `127.0.0.1.rebound.example:${port}` }, 421],
    ] as [Record<string, string>, number][]) {
      const res = await raw(api.url, '/session', 'GET', headers);
      assert.equal(res.status, status, `${JSON.stringify(headers)}: ${res.body}`);
      assert.ok(!res.body.includes(api.token), 'the token is not in the refusal');
    }
  });

  it('the token is not in the page, the scripts or the API answers', async () => {
    for (const path of ['/', '/app.js', '/api.js', '/api/openapi.json', '/api/projects']) {
      const res = await raw(api.url, path, 'GET', {});
      assert.equal(res.status, 200, path);
      assert.ok(!res.body.includes(api.token), path);
    }
  });
});

describe('on a loopback bind only loopback Host names are answered (DNS rebinding)', () => {
  it('127.0.0.1, localhost and [::1] are answered; any other name gets 421 and no data', async () => {
    const port = new URL(api.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`, 'localhost', `127.0.0.2:${port}`]) {
      assert.equal((await raw(api.url, '/api/projects', 'GET', { host })).status, 200, host);
    }
    for (const host of [`evil.example:${port}`, `localhost.evil.example:${port}`, `127.0.0.1.nip.io:${port}`, `10.0.0.1:${port}`, `[::ffff:a00:1]:${port}`, `0.0.0.0:${port}`, 'a b']) {
      const res = await raw(api.url, '/api/projects', 'GET', { host });
      assert.equal(res.status, 421, host);
      assert.match(JSON.parse(res.body).error, /loopback names/);
      assert.doesNotMatch(res.body, /Aralkum/);
    }
  });
});

describe('binding off loopback needs a token', () => {
  it('startServer refuses a non-loopback host without a token, before binding', async () => {
    for (const host of ['0.0.0.0', '::', '192.0.2.10', 'example.test']) {
      await assert.rejects(startServer(api.store, { host, port: 0 }), /not loopback\) needs an API token/, host);
    }
  });
});

describe('token and address helpers', () => {
  it('generated tokens are long, URL-safe and different each time', () => {
    const a = generateToken();
    const b = generateToken();
    assert.match(a, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a, b);
    assert.equal(tokenProblem(a), null);
  });

  it('short or spaced tokens are refused', () => {
    assert.match(tokenProblem('short')!, /at least 24 characters \(it has 5\)/);
    assert.match(tokenProblem('a'.repeat(20) + ' ' + 'b'.repeat(10))!, /without spaces/);
    assert.match(tokenProblem('é'.repeat(30))!, /printable ASCII/);
  });

  it('tokens match only when equal, at any length', () => {
    const t = generateToken();
    assert.equal(tokenMatches(t, t), true);
    assert.equal(tokenMatches(`${t}`.slice(0, -1), t), false);
    assert.equal(tokenMatches(`${t}a`, t), false);
    assert.equal(tokenMatches('', t), false);
    assert.equal(tokenMatches(t.toUpperCase(), t), t === t.toUpperCase());
  });

  it('bearer header parsing', () => {
    assert.equal(bearerToken('Bearer abc'), 'abc');
    assert.equal(bearerToken('bearer abc'), 'abc');
    assert.equal(bearerToken('Bearer abc def'), null);
    assert.equal(bearerToken('Basic abc'), null);
    assert.equal(bearerToken(undefined), null);
  });

  it('loopback addresses, hosts and Host headers', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1', '[::1]']) assert.equal(isLoopbackAddress(a), true, a);
    for (const a of ['0.0.0.0', '::', '10.0.0.1', '::ffff:10.0.0.1', '128.0.0.1', 'localhost', '', undefined]) assert.equal(isLoopbackAddress(a), false, String(a));
    assert.equal(isLoopbackHost('localhost'), true);
    assert.equal(isLoopbackHost('0.0.0.0'), false);
    assert.equal(loopbackHostHeader('[::1]:80'), '[::1]');
    assert.equal(loopbackHostHeader('localhost:8080'), 'localhost');
    assert.equal(loopbackHostHeader('evil.example'), null);
    assert.equal(loopbackHostHeader('127.0.0.1:8080:9'), null);
    assert.equal(loopbackHostHeader(undefined), null);
  });
});

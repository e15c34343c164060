// CORS stays closed and request bodies are bounded, over real HTTP on 127.0.0.1: no answer
// ever grants another origin anything, a preflight is never approved, and an oversized,
// malformed or mistyped body gets a JSON error while the server goes on answering.

import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { ALL_ROUTES } from '../../src/api/route-specs.js';
import { BODY_LIMIT } from '../../src/api/security.js';
import { serve, type Served } from './fixture.js';

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function raw(base: string, path: string, method: string, headers: Record<string, string | number>, body?: string | Buffer): Promise<Raw> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    // The server may answer and close before a large body is all sent; the answer is what counts.
    req.on('error', (err) => ((err as NodeJS.ErrnoException).code === 'EPIPE' || (err as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(err)));
    req.end(body);
  });
}

let api: Served;
before(async () => {
  api = await serve();
});
after(() => api.close());

const OTHER = 'https://elsewhere.example';
const noCors = (res: Raw, what: string) => {
  for (const name of Object.keys(res.headers)) assert.ok(!name.startsWith('access-control-'), `${what}: ${name}`);
};

/** The route's path with a plausible id, so the request reaches the handler. */
const pathOf = (url: string) => url.replace(':id', url.includes('documents') ? '1' : 'prj-0000000000');

describe('CORS is closed', () => {
  it('no route grants another origin anything, whatever it asks', async () => {
    for (const route of ALL_ROUTES) {
      const path = pathOf(route.url);
      const res = await raw(api.url, path, route.method, { origin: OTHER, 'content-type': 'application/json', authorization: `Bearer ${api.token}` }, route.method === 'POST' ? '{}' : undefined);
      noCors(res, `${route.method} ${path}`);
    }
    for (const path of ['/', '/app.js', '/session', '/vendor/countries-110m.json', '/nothing']) noCors(await raw(api.url, path, 'GET', { origin: OTHER }), path);
  });

  it('a preflight from another origin is never approved, for reads or writes', async () => {
    for (const route of ALL_ROUTES) {
      const res = await raw(api.url, pathOf(route.url), 'OPTIONS', {
        origin: OTHER,
        'access-control-request-method': route.method,
        'access-control-request-headers': 'authorization, content-type, x-corridor-client',
      });
      noCors(res, `OPTIONS ${route.url}`);
      assert.ok(res.status >= 400, `OPTIONS ${route.url}: ${res.status}`);
    }
    const session = await raw(api.url, '/session', 'OPTIONS', { origin: OTHER, 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-corridor-client' });
    noCors(session, 'OPTIONS /session');
    assert.ok(session.status >= 400);
  });
});

describe('request bodies', () => {
  const headers = () => ({ 'content-type': 'application/json', authorization: `Bearer ${api.token}` });

  it(`a body over ${BODY_LIMIT} bytes gets 413 with a JSON error, declared or streamed, and the server stays healthy`, async () => {
    const docs = (await api.get('/api/documents')).body.length;
    const big = JSON.stringify({ kind: 'text', text: 'a'.repeat(BODY_LIMIT) });
    for (const route of ALL_ROUTES.filter((r) => r.method === 'POST')) {
      const declared = await raw(api.url, route.url, 'POST', headers(), big);
      assert.equal(declared.status, 413, `${route.url}: ${declared.body.slice(0, 200)}`);
      assert.match(declared.headers['content-type'] as string, /^application\/json/);
      assert.match(JSON.parse(declared.body).error, /body|large/i);
      // Chunked: no Content-Length, so the limit is counted while the body streams in.
      const streamed = await raw(api.url, route.url, 'POST', { ...headers(), 'transfer-encoding': 'chunked' }, big);
      assert.equal(streamed.status, 413, route.url);
    }
    const ok = await api.get('/api/projects');
    assert.equal(ok.status, 200);
    assert.equal((await api.get('/api/documents')).body.length, docs);
  });

  it('a body just under the limit is read (the limit is the limit, not less)', async () => {
    // An upload: base64 is the only field allowed to come near the body limit.
    const line = 'Pwani Ports Authority signed a contract for the Lamu Container Berth in Kenya.\n';
    const content = Buffer.from(line.repeat(Math.floor(((BODY_LIMIT - 200) * 3) / 4 / line.length))).toString('base64');
    const body = JSON.stringify({ kind: 'file', name: 'near-limit.txt', contentBase64: content });
    assert.ok(body.length < BODY_LIMIT && body.length > BODY_LIMIT - 300, String(body.length));
    const res = await raw(api.url, '/api/ingest', 'POST', headers(), body);
    assert.equal(res.status, 200, res.body.slice(0, 200));
    assert.equal(JSON.parse(res.body).outcomes[0].input, 'near-limit.txt');
  });

  it('malformed JSON gets 400 with a JSON error, for every write route', async () => {
    for (const route of ALL_ROUTES.filter((r) => r.method === 'POST')) {
      for (const body of ['{', '{"kind": "text", "text": }', 'null x', '\u0000', '{"a":1}{"b":2}']) {
        const res = await raw(api.url, route.url, 'POST', headers(), body);
        assert.equal(res.status, 400, `${route.url} ${JSON.stringify(body)}: ${res.body}`);
        assert.equal(typeof JSON.parse(res.body).error, 'string');
        assert.doesNotMatch(res.body, /\bat \/|\.ts:\d+/);
      }
    }
  });

  it('a JSON body that is not an object, or has prototype keys, is refused without effect', async () => {
    for (const body of ['[]', '"text"', '42', 'null', '{"__proto__": {"kind": "text"}, "text": "x"}', '{"constructor": {"prototype": {"x": 1}}}']) {
      const res = await raw(api.url, '/api/ingest', 'POST', headers(), body);
      assert.equal(res.status, 400, `${body}: ${res.body}`);
    }
    assert.equal(({} as Record<string, unknown>).x, undefined, 'Object.prototype untouched');
  });

  it('a body that is not JSON gets 400 or 415 with a JSON error, and stores nothing', async () => {
    const docs = (await api.get('/api/documents')).body.length;
    // text/plain is what a cross-site form can send without a preflight: read as a string, refused by the schema.
    for (const [type, status] of [['text/plain', 400], ['application/x-www-form-urlencoded', 415], ['multipart/form-data; boundary=x', 415], ['application/xml', 415]] as const) {
      const res = await raw(api.url, '/api/ingest', 'POST', { ...headers(), 'content-type': type }, 'kind=text&text=hello');
      assert.equal(res.status, status, `${type}: ${res.body}`);
      assert.equal(typeof JSON.parse(res.body).error, 'string');
    }
    assert.equal((await api.get('/api/documents')).body.length, docs);
  });

  it('the server still answers after all of the above', async () => {
    assert.equal((await api.get('/api/search?q=Aralkum')).status, 200);
  });
});

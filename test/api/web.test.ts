import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { buildServer, startServer } from '../../src/api/server.js';
import { CONTENT_SECURITY_POLICY } from '../../src/api/security.js';
import { findWebRoot } from '../../src/api/web-root.js';
import { serve, type Served } from './fixture.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** A request sent byte for byte: fetch() would normalise `..` away before it left. */
function raw(base: string, path: string, method = 'GET', headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(base);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let api: Served;
before(async () => {
  api = await serve();
});
after(() => api.close());

describe('static files of web/', () => {
  for (const [path, type] of [
    ['/', /^text\/html; charset=utf-8/],
    ['/index.html', /^text\/html; charset=utf-8/],
    ['/app.js', /^text\/javascript; charset=utf-8/],
    ['/app.css', /^text\/css; charset=utf-8/],
    ['/favicon.svg', /^image\/svg\+xml/],
  ] as const) {
    it(`serves ${path} with its content type and the security headers`, async () => {
      const { status, headers, body } = await api.get(path);
      assert.equal(status, 200);
      assert.match(headers.get('content-type') ?? '', type);
      assert.equal(headers.get('content-security-policy'), CSP);
      assert.equal(headers.get('x-content-type-options'), 'nosniff');
      assert.ok(String(body).length > 0);
    });
  }

  it('the page is the analyst app, loading only its own files', async () => {
    const { body } = await api.get('/');
    assert.match(body, /<a href="#\/">corridor<\/a>/);
    assert.match(body, /<script type="module" src="app.js"><\/script>/);
    assert.match(body, /<link rel="stylesheet" href="app.css">/);
    assert.match(body, /<nav class="nav" aria-label="Main">/);
    assert.doesNotMatch(body, /https?:\/\//, 'no CDN, no external fonts');
    assert.doesNotMatch(body, /<script>|\sstyle=|<style|\son[a-z]+=/, 'nothing inline that the CSP would block');
  });

  it('no script of web/ inserts HTML strings or loads code from elsewhere', () => {
    const dir = new URL('../../web/', import.meta.url);
    const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
    assert.ok(scripts.length > 5, scripts.join(', '));
    for (const file of scripts) {
      const js = readFileSync(new URL(file, dir), 'utf8');
      for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'setAttribute(\'style']) {
        assert.ok(!js.includes(sink), `${file} uses ${sink}`);
      }
      assert.doesNotMatch(js, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/, `${file} names no other origin`);
    }
  });

  it('every page module the router names exists', () => {
    const app = readFileSync(new URL('../../web/app.js', import.meta.url), 'utf8');
    const modules = [...app.matchAll(/module: '\.\/([\w-]+\.js)'/g)].map((m) => m[1]);
    assert.ok(modules.length >= 9);
    for (const m of modules) assert.ok(existsSync(new URL(`../../web/${m}`, import.meta.url)), m);
  });

  for (const path of [
    '/..%2fpackage.json',
    '/web/../package.json',
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e%2fpackage.json',
    '/..%5cpackage.json',
    '/package.json',
    '/tsconfig.json',
    '/web/index.html',
    '/.gitignore',
    '/app.js%00.html',
    '/src%2fapi%2fserver.ts',
    '/app.js/',
  ]) {
    it(`refuses ${path}`, async () => {
      const res = await raw(api.url, path);
      assert.ok(res.status === 404 || res.status === 400, `status ${res.status}`);
      assert.doesNotMatch(res.body, /"devDependencies"|compilerOptions|root:/);
      assert.equal(res.headers['content-security-policy'], CSP);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      assert.equal(typeof JSON.parse(res.body).error, 'string');
    });
  }

  it('finds web/ by walking up from the module', () => {
    assert.equal(findWebRoot(), new URL('../../web', import.meta.url).pathname);
  });
});

describe('security defaults', () => {
  it('the CSP is the strict one', () => {
    assert.equal(CONTENT_SECURITY_POLICY, CSP);
  });

  it('API answers, 404s and 400s all carry CSP and nosniff', async () => {
    for (const path of ['/api/projects', '/api/projects/999', '/api/projects?limit=x', '/nowhere', '/%E0%A4%A']) {
      const res = await raw(api.url, path);
      assert.equal(res.headers['content-security-policy'], CSP, path);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
    }
  });

  it('sends no CORS headers, even when asked', async () => {
    const get = await raw(api.url, '/api/projects', 'GET', { origin: 'https://elsewhere.example' });
    assert.equal(get.status, 200);
    const preflight = await raw(api.url, '/api/projects', 'OPTIONS', {
      origin: 'https://elsewhere.example',
      'access-control-request-method': 'GET',
    });
    for (const res of [get, preflight]) {
      for (const name of Object.keys(res.headers)) assert.ok(!name.startsWith('access-control-'), name);
    }
    assert.notEqual(preflight.status, 204);
  });

  it('limits request bodies to 1 MB', async () => {
    const app = buildServer(api.store);
    assert.equal(app.initialConfig.bodyLimit, 1024 * 1024);
    await app.close();
  });

  it('answers other methods with a JSON 404', async () => {
    const res = await raw(api.url, '/api/projects', 'DELETE');
    assert.equal(res.status, 404);
    assert.equal(typeof JSON.parse(res.body).error, 'string');
  });

  it('a failing store gives a JSON 500 without a stack trace', async () => {
    const broken = await serve([]);
    await broken.store.close(); // the engine now throws on every query
    try {
      const res = await raw(broken.url, '/api/projects');
      assert.equal(res.status, 500);
      assert.deepEqual(JSON.parse(res.body), { error: 'internal server error' });
      assert.doesNotMatch(res.body, /\bat \/|sqlite|\.ts:\d+/i);
      assert.equal(res.headers['content-security-policy'], CSP);
    } finally {
      await broken.close();
    }
  });
});

describe('startServer', () => {
  it('binds 127.0.0.1 by default and reports the real port', async () => {
    const empty = await serve([]);
    const server = await startServer(empty.store, { port: 0 });
    try {
      const url = new URL(server.url);
      assert.equal(url.hostname, '127.0.0.1');
      assert.notEqual(url.port, '0');
      assert.notEqual(url.port, '8080');
      const res = await fetch(`${server.url}/api/projects`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), [], 'an empty register lists nothing');
    } finally {
      await server.close();
      await empty.close();
    }
  });

  it('close() stops listening', async () => {
    const empty = await serve([]);
    const server = await startServer(empty.store, { port: 0 });
    await server.close();
    await assert.rejects(fetch(`${server.url}/`));
    await empty.close();
  });
});

// The GET answer cache over real HTTP and a real database (SQLite file, or PostgreSQL on the second pass): a kept answer is the same bytes
// with the same headers; a write through the server is seen by the very next read; a commit
// by another connection is seen once the staleness allowance has passed; refusals are never
// answered from the cache.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RESPONSE_CACHE } from '../../src/api/response-cache.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { openStore } from '../../src/store/open-store.js';
import { openTestStore } from '../store/engines.js';
import type { Store } from '../../src/store/store.js';
import { DOC_ONE, DOC_TWO } from './fixture.js';

let target: string;
let store: Store;
let server: RunningServer;

before(async () => {
  ({ store, target } = await openTestStore()); // SQLite, or PostgreSQL on the second pass
  await store.addDocument(DOC_ONE);
  server = await startServer(store, { port: 0 });
});
after(async () => {
  await server.close();
  await store.close();
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const r = await fetch(server.url + path, { headers });
  return { status: r.status, headers: r.headers, text: await r.text() };
};

describe('the GET answer cache', () => {
  it('a repeated read is the same answer with the same headers', async () => {
    const a = await get('/api/projects');
    const b = await get('/api/projects');
    assert.equal(a.status, 200);
    assert.equal(b.text, a.text);
    for (const h of ['content-type', 'content-security-policy', 'x-content-type-options', 'content-length']) assert.equal(b.headers.get(h), a.headers.get(h), h);
  });

  it('a write through the server is seen by the next read', async () => {
    const before = JSON.parse((await get('/api/documents')).text).length;
    await get('/api/search?q=railway');
    const r = await fetch(`${server.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ kind: 'text', text: 'NAIROBI (Rift Daily) - Rift Rail Consortium signed a contract to build the 120 km Garissa Railway in Kenya.' }),
    });
    assert.equal(r.status, 200, await r.text());
    assert.equal(JSON.parse((await get('/api/documents')).text).length, before + 1);
    assert.match((await get('/api/search?q=railway')).text, /Garissa/);
  });

  it('a write through the same connection but not through HTTP (a curation, a refresh) is seen by the next read', async () => {
    const id = JSON.parse((await get('/api/projects?q=Aralkum')).text)[0].id;
    assert.equal(JSON.parse((await get(`/api/projects/${id}`)).text).status, 'construction');
    await store.setProjectField(id, 'status', 'operating', 'test', 'direct write');
    assert.equal(JSON.parse((await get(`/api/projects/${id}`)).text).status, 'operating');
  });

  it('a commit by another connection is seen once the staleness allowance has passed', async () => {
    const before = JSON.parse((await get('/api/documents')).text).length;
    const other = openStore(target);
    try {
      await other.addDocument(DOC_TWO);
    } finally {
      await other.close();
    }
    await new Promise((r) => setTimeout(r, RESPONSE_CACHE.staleMs + 100));
    assert.equal(JSON.parse((await get('/api/documents')).text).length, before + 1);
    assert.match((await get('/api/projects?q=Tana')).text, /Tana Valley Railway/);
  });

  it('refusals and errors are never answered from the cache', async () => {
    assert.equal((await get('/api/projects')).status, 200);
    const port = new URL(server.url).port;
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/projects', headers: { host: `rebound.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(status, 421);
    assert.equal((await get('/api/projects?limit=0')).status, 400);
    assert.equal((await get('/api/projects?limit=0')).status, 400);
  });
});

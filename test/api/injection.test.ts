// Hostile query values, over real HTTP on 127.0.0.1 against a real SQLite file: every value
// of test/fixtures/hostile-query-values.json (SQL injection, FTS5 syntax, LIKE wildcards, NUL
// and control characters, odd Unicode, broken UTF-8) plus very long ones goes into every query
// parameter and every path parameter of every GET route the OpenAPI document lists. Each
// answer is a documented status with a valid body, never a 500; no table's row count changes;
// and no SQL text that reaches SQLite contains a value that was sent (a tripwire on
// better-sqlite3's prepare: a value built into SQL instead of bound would show there). The
// tripwire is how this suite checks "parameters only": a static scan of src/store was not kept,
// since its table and column names legitimately come from constants in template literals.

import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { DOC_ONE, DOC_TWO } from './fixture.js';

const VALUES = JSON.parse(readFileSync(new URL('../fixtures/hostile-query-values.json', import.meta.url), 'utf8')) as { text: string[]; encoded: string[] };
// Marked copies of the SQL-shaped values: the marker cannot occur in any SQL the store writes.
const MARK = 'zqx7mark';
const SQL_SHAPED = VALUES.text.filter((v) => /'|"|;|--|UNION|OR |DROP|DELETE/.test(v));
const TEXT_VALUES = [...VALUES.text, ...SQL_SHAPED.map((v) => `${MARK}${v}`), 'x'.repeat(201), `${MARK}' OR 1=1 -- `.repeat(400)];

// Every SQL text prepared in this process while the tests run. The real prepare still runs.
const prepared: string[] = [];
const realPrepare = Database.prototype.prepare;
Database.prototype.prepare = function (this: Database.Database, source: string) {
  prepared.push(source);
  return realPrepare.call(this, source);
} as typeof realPrepare;

type Raw = { status: number; type: string; body: string };

function get(base: string, path: string): Promise<Raw> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

let dir: string;
let file: string;
let store: Store;
let server: RunningServer;
let doc: any;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-injection-'));
  file = join(dir, 'register.db');
  store = openSqliteStore(file);
  for (const d of [DOC_ONE, DOC_TWO]) await store.addDocument(d);
  server = await startServer(store, { port: 0 });
  doc = JSON.parse((await get(server.url, '/api/openapi.json')).body);
});
after(async () => {
  Database.prototype.prepare = realPrepare;
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Rows in every table (FTS shadow tables too), read through a connection of its own. */
function tableCounts(): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    return Object.fromEntries(names.map(({ name }) => [name, (db.prepare(`SELECT COUNT(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

interface Op { path: string; params: { name: string; in: string; schema: any }[]; responses: Record<string, any> }

function getOperations(): Op[] {
  return Object.entries<any>(doc.paths).filter(([, item]) => item.get).map(([path, item]) => ({ path, params: item.get.parameters, responses: item.get.responses }));
}

/** A documented answer with a body that parses as what it says it is. */
function checkAnswer(op: Op, url: string, res: Raw): void {
  assert.ok(res.status !== 500 && res.status < 500, `${url}: ${res.status} ${res.body.slice(0, 200)}`);
  assert.ok(String(res.status) in op.responses, `${url}: ${res.status} is not a documented answer`);
  if (res.status !== 200) {
    assert.match(res.type, /^application\/json/, url);
    assert.equal(typeof JSON.parse(res.body).error, 'string', url);
    return;
  }
  const [[type, content]] = Object.entries<any>(op.responses['200'].content);
  if (type.startsWith('application/json')) {
    const body = JSON.parse(res.body);
    assert.equal(Array.isArray(body), content.schema.type === 'array', `${url}: array or not as documented`);
  } else {
    assert.match(res.type, /^text\/csv/, url);
  }
}

/** Runs requests a few at a time: thousands of them, sequentially, would take long for nothing. */
async function eachLimited<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

describe('hostile values in every parameter of every GET route', () => {
  let before: Record<string, number>;
  const accepted = new Map<string, number>();

  it('the OpenAPI document lists the GET routes and their parameters', () => {
    const ops = getOperations();
    assert.ok(ops.length >= 15, ops.map((o) => o.path).join(' '));
    assert.ok(ops.reduce((n, o) => n + o.params.length, 0) >= 40);
    before = tableCounts();
    assert.ok(before.documents === 2 && before.projects > 0, JSON.stringify(before));
  });

  for (const place of ['query', 'path'] as const) {
    it(`${place} parameters: never a 500, always a documented answer with a valid body`, async () => {
      const cases: { op: Op; url: string; name: string }[] = [];
      for (const op of getOperations()) {
        for (const p of op.params.filter((x) => x.in === place)) {
          const values = [...TEXT_VALUES.map(encodeURIComponent), ...VALUES.encoded];
          for (const v of values) {
            const path = op.path.replace(/\{(\w+)\}/g, (_m, name) => (name === p.name ? v : name === 'id' ? '1' : _m));
            cases.push({ op, name: `${op.path} ${p.name}`, url: place === 'query' ? `${path}?${p.name}=${v}` : path });
          }
          // The same parameter twice.
          if (place === 'query') cases.push({ op, name: `${op.path} ${p.name}`, url: `${op.path.replace('{id}', '1')}?${p.name}=a&${p.name}=%27`.replace(/\{\w+\}/g, '1') });
        }
      }
      assert.ok(cases.length > (place === 'query' ? 3000 : 300), String(cases.length));
      await eachLimited(cases, 8, async ({ op, url, name }) => {
        const res = await get(server.url, url);
        checkAnswer(op, url, res);
        if (res.status === 200) accepted.set(name, (accepted.get(name) ?? 0) + 1);
      });
    });
  }

  it('free-text parameters take the SQL-shaped values (the store was really asked), and the answers stay sane', async () => {
    for (const name of ['/api/projects q', '/api/projects org', '/api/search q', '/api/register q', '/api/register org', '/api/organizations q', '/api/people q']) {
      assert.ok((accepted.get(name) ?? 0) >= SQL_SHAPED.length * 2, `${name}: ${accepted.get(name)} accepted`);
    }
    // An always-true condition would list every project; each of these matches none.
    for (const v of ["' OR 1=1 --", "' OR '1'='1", '1 OR 1=1', '%', '_', '*']) {
      const res = JSON.parse((await get(server.url, `/api/projects?q=${encodeURIComponent(v)}`)).body);
      assert.deepEqual(res, [], v);
      assert.equal(JSON.parse((await get(server.url, `/api/register?org=${encodeURIComponent(v)}`)).body).total, 0, v);
    }
    // And a real word still finds its project through the same parameters.
    assert.equal(JSON.parse((await get(server.url, '/api/projects?q=Aralkum')).body).length, 1);
  });

  it('no table gained or lost a row, and the file is intact', () => {
    assert.deepEqual(tableCounts(), before);
    const db = new Database(file, { readonly: true });
    try {
      assert.equal((db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
    } finally {
      db.close();
    }
  });

  it('no value that was sent appears in any SQL text given to SQLite', () => {
    assert.ok(prepared.length > 20, `the tripwire saw ${prepared.length} statements`);
    const leaks = prepared.filter((sql) => sql.includes(MARK) || SQL_SHAPED.some((v) => v.length >= 8 && sql.includes(v)));
    assert.deepEqual(leaks, []);
  });
});

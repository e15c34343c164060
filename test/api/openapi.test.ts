import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildServer } from '../../src/api/server.js';
import { SECTORS, STATUSES } from '../../src/nlp/extraction.js';
import { serve, type Served } from './fixture.js';

let api: Served;
let doc: any;
let projectId: string;
let organizationId: string;
let personId: string;
before(async () => {
  api = await serve();
  projectId = (await api.get('/api/projects?limit=1')).body[0].id;
  organizationId = (await api.get('/api/organizations')).body[0].id;
  personId = (await api.get('/api/people')).body[0].id;
  const { status, body } = await api.get('/api/openapi.json');
  assert.equal(status, 200);
  doc = body;
});
after(() => api.close());

const API_PATHS = [
  '/api/projects',
  '/api/projects/{id}',
  '/api/documents',
  '/api/documents/{id}',
  '/api/organizations',
  '/api/people',
  '/api/search',
  '/api/openapi.json',
  '/api/register',
  '/api/register/facets',
  '/api/register/export.csv',
  '/api/overview',
  '/api/organizations/{id}',
  '/api/people/{id}',
  '/api/graph',
  '/api/map',
  '/api/documents/{id}/spans',
  '/api/projects/{id}/context',
  '/api/ingest',
  '/api/curation/merge',
  '/api/curation/split',
  '/api/curation/set',
  '/api/curation',
];

/** The write routes; every other path is read with GET. */
const POST_PATHS = new Set(['/api/ingest', '/api/curation/merge', '/api/curation/split', '/api/curation/set']);
const methodOf = (path: string) => (POST_PATHS.has(path) ? 'post' : 'get');

/** A real id of the kind the path names, so a documented path parameter gets a 200. */
function idFor(path: string, schema: any): string {
  if (schema.type !== 'string') return '1';
  if (path.startsWith('/api/organizations/')) return organizationId;
  if (path.startsWith('/api/people/')) return personId;
  return projectId;
}

/** A value the parameter's schema accepts, to prove the server accepts what the document says. */
function example(schema: any): string {
  if (schema.enum) return schema.enum[schema.enum.length - 1];
  if (schema.type === 'array' && schema.items?.enum) return schema.items.enum.join(',');
  if (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return '2025-01-01';
  if (String(schema.pattern).startsWith('^org-')) return organizationId;
  if (schema.type === 'integer') return String(schema.default ?? Math.max(schema.minimum ?? 1, 1));
  if (schema.pattern === '^[A-Za-z]{2}$') return 'kz';
  return 'solar';
}

function resolveRef(ref: string): any {
  assert.match(ref, /^#\/components\/schemas\/\w+$/);
  const target = doc.components.schemas[ref.split('/').pop()!];
  assert.ok(target, `dangling $ref ${ref}`);
  return target;
}

function collectRefs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => collectRefs(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else collectRefs(v, out);
    }
  }
  return out;
}

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document', () => {
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.info.title, 'corridor');
    assert.equal(typeof doc.info.version, 'string');
  });

  it('lists every /api route, and nothing else', () => {
    assert.deepEqual(Object.keys(doc.paths).sort(), [...API_PATHS].sort());
    for (const path of API_PATHS) {
      const op = doc.paths[path][methodOf(path)];
      assert.ok(op, `${path} has a ${methodOf(path).toUpperCase()} operation`);
      assert.equal(typeof op.operationId, 'string');
      const [content] = Object.values<any>(op.responses['200'].content);
      assert.ok(content.schema, `${path} describes its response`);
    }
    assert.ok(doc.paths['/api/ingest'].post.requestBody.content['application/json'].schema, 'the write route describes its body');
  });

  it('has component schemas for every response shape, and every $ref resolves', () => {
    for (const name of [
      'ProjectSummary', 'ProjectDetail', 'DocumentRef', 'DocumentRow', 'DocumentDetail', 'OrganizationRow',
      'PersonRow', 'SearchHit', 'SourceSentence', 'Extraction', 'Error',
    ]) {
      assert.equal(doc.components.schemas[name]?.type, 'object', name);
    }
    const refs = collectRefs(doc);
    assert.ok(refs.length > 10);
    for (const ref of refs) resolveRef(ref);
    const summary = doc.components.schemas.ProjectSummary;
    assert.deepEqual(
      [...summary.required].sort(),
      ['amount', 'capacity', 'country', 'documents', 'firstSeen', 'id', 'lastSeen', 'name', 'organizations', 'places', 'sector', 'status', 'stories', 'type'],
    );
    assert.deepEqual(resolveRef(summary.properties.status.$ref).enum, [...STATUSES]);
  });

  it('describes the project filters as the handler validates them', () => {
    const params = doc.paths['/api/projects'].get.parameters;
    assert.deepEqual(params.map((p: any) => p.name), ['q', 'country', 'sector', 'status', 'org', 'limit', 'offset']);
    const by = (name: string) => params.find((p: any) => p.name === name);
    assert.ok(params.every((p: any) => p.in === 'query' && p.required === false));
    assert.deepEqual(by('status').schema.enum, [...STATUSES]);
    for (const s of SECTORS) assert.ok(by('sector').schema.enum.includes(s), s);
    assert.ok(by('sector').schema.enum.includes('energy'));
    assert.equal(by('country').schema.pattern, '^[A-Za-z]{2}$');
    assert.deepEqual(
      { min: by('limit').schema.minimum, max: by('limit').schema.maximum, def: by('limit').schema.default, type: by('limit').schema.type },
      { min: 1, max: 500, def: 100, type: 'integer' },
    );
    assert.equal(by('offset').schema.minimum, 0);
    assert.equal(doc.paths['/api/projects'].get.responses['400'].content['application/json'].schema.$ref, '#/components/schemas/Error');
  });

  it('marks search q as required and ids as path parameters', () => {
    const q = doc.paths['/api/search'].get.parameters.find((p: any) => p.name === 'q');
    assert.equal(q.required, true);
    for (const [path, type] of [['/api/projects/{id}', 'string'], ['/api/documents/{id}', 'integer']]) {
      const [id] = doc.paths[path].get.parameters;
      assert.deepEqual({ name: id.name, in: id.in, required: id.required, type: id.schema.type }, { name: 'id', in: 'path', required: true, type });
      assert.ok(doc.paths[path].get.responses['404']);
    }
  });

  it('every documented route and parameter is accepted by the running server', async () => {
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      const op = item.get;
      if (!op) continue; // the write routes have their own tests (web-app-api.test.ts, curation.test.ts)
      const query = new URLSearchParams();
      let url = path;
      for (const p of op.parameters) {
        if (p.in === 'path') url = url.replace(`{${p.name}}`, idFor(path, p.schema));
        else query.set(p.name, example(p.schema));
      }
      const full = query.size ? `${url}?${query}` : url;
      const { status, body } = await api.get(full);
      assert.equal(status, 200, `${full}: ${JSON.stringify(body).slice(0, 200)}`);
      const [[type, content]] = Object.entries<any>(op.responses['200'].content);
      if (type.startsWith('application/json')) assert.equal(Array.isArray(body), content.schema.type === 'array', `${full}: array or not as documented`);
      else assert.equal(typeof body, 'string', `${full}: ${type} is text`);
    }
  });

  it('every undocumented query parameter is refused', async () => {
    for (const path of API_PATHS.filter((p) => methodOf(p) === 'get')) {
      const { status, body } = await api.get(`${path.replace('{id}', '1')}?undocumented=1`);
      assert.equal(status, 400, path);
      assert.match(body.error, /'undocumented'/);
    }
    const post = await fetch(`${api.url}/api/ingest?undocumented=1`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` }, body: JSON.stringify({ kind: 'text', text: 'x' }),
    });
    assert.equal(post.status, 400);
    assert.match((await post.json()).error, /'undocumented'/);
  });

  it('a server cannot gain an /api route without a spec', async () => {
    const app = buildServer(api.store);
    try {
      assert.throws(() => app.get('/api/secret', async () => ({})), /no spec/);
    } finally {
      await app.close();
    }
  });
});

// The web app's read routes and POST /api/ingest over a real SQLite register and real HTTP on
// 127.0.0.1: the two hand-written fixture articles for exact answers, the bundled examples
// for upload and feed ingest (served by a loopback HTTP server of the test's own).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { DOC_ONE, DOC_TWO, serve, type Served } from './fixture.js';

let api: Served;
before(async () => {
  api = await serve();
});
after(() => api.close());

async function json(path: string): Promise<any> {
  const { status, body } = await api.get(path);
  assert.equal(status, 200, `${path}: ${JSON.stringify(body).slice(0, 200)}`);
  return body;
}

describe('GET /api/register', () => {
  it('pages the register with the total of all matches', async () => {
    const first = await json('/api/register?limit=1&sort=name&dir=asc');
    assert.equal(first.total, 3);
    assert.deepEqual(first.rows.map((r: any) => r.name), ['Aralkum Solar Park']);
    const second = await json('/api/register?limit=1&offset=1&sort=name&dir=asc');
    assert.deepEqual(second.rows.map((r: any) => r.name), ['Nukus Water Works upgrade']);
    assert.equal(second.total, 3);
  });

  it('sorts both ways and filters like the register', async () => {
    const desc = await json('/api/register?sort=name&dir=desc');
    assert.deepEqual(desc.rows.map((r: any) => r.name), ['Tana Valley Railway', 'Nukus Water Works upgrade', 'Aralkum Solar Park']);
    const uz = await json('/api/register?country=uz&status=construction');
    assert.deepEqual(uz.rows.map((r: any) => r.name), ['Aralkum Solar Park']);
    assert.equal(uz.total, 1);
    const text = await json('/api/register?q=financed');
    assert.deepEqual(text.rows.map((r: any) => r.name), ['Aralkum Solar Park'], 'source sentences are searched too');
    const dated = await json('/api/register?reportedFrom=2025-05-01&reportedTo=2025-12-31');
    assert.deepEqual(dated.rows.map((r: any) => r.name), ['Tana Valley Railway']);
  });

  it('rows carry partners, places, figures and source counts', async () => {
    const { rows } = await json('/api/register?q=Aralkum');
    const [row] = rows;
    assert.match(row.id, /^prj-[0-9a-z]{10}$/);
    assert.deepEqual(row.partners, [
      { name: 'Lumen Grid Holdings', role: 'developer' },
      { name: 'Silk Meridian Bank', role: 'financier' },
    ]);
    assert.deepEqual(row.places, ['Karakalpakstan']);
    assert.equal(row.amount.value, 250_000_000);
    assert.equal(row.sources, 1);
    assert.equal(row.lastReported, '2025-03-10');
  });

  it('filters by an organisation\'s public id and by a document', async () => {
    const bank = (await json('/api/organizations?q=Silk%20Meridian'))[0];
    const byOrg = await json(`/api/register?organizationId=${bank.id}&sort=name&dir=asc`);
    assert.deepEqual(byOrg.rows.map((r: any) => r.name), ['Aralkum Solar Park', 'Tana Valley Railway']);
    const docs = await json('/api/documents');
    const one = docs.find((d: any) => d.path === 'news/aralkum.txt');
    const byDoc = await json(`/api/register?documentId=${one.id}&sort=name&dir=asc`);
    assert.deepEqual(byDoc.rows.map((r: any) => r.name), ['Aralkum Solar Park', 'Nukus Water Works upgrade']);
  });

  it('refuses bad input with the parameter named', async () => {
    for (const [path, name] of [
      ['/api/register?sort=price', 'sort'],
      ['/api/register?reportedFrom=2025', 'reportedFrom'],
      ['/api/register?organizationId=1', 'organizationId'],
      ['/api/register?limit=501', 'limit'],
    ]) {
      const { status, body } = await api.get(path);
      assert.equal(status, 400, path);
      assert.match(body.error, new RegExp(`'${name}'`));
    }
  });
});

describe('GET /api/register/facets', () => {
  it('counts each facet under the other filters but not its own', async () => {
    const facets = await json('/api/register/facets?country=UZ');
    // The country facet ignores country=UZ, so Kenya still shows what choosing it would give.
    assert.deepEqual(facets.country, [{ value: 'UZ', count: 2 }, { value: 'KE', count: 1 }]);
    assert.deepEqual(facets.status, [{ value: 'announced', count: 1 }, { value: 'construction', count: 1 }]);
    assert.deepEqual(facets.organization.map((o: any) => o.value).sort(), ['Blue Basin Utilities', 'Lumen Grid Holdings', 'Silk Meridian Bank']);
    assert.deepEqual(facets.year, [{ value: '2025', count: 2 }]);
  });
});

describe('GET /api/register/export.csv', () => {
  it('exports the filtered view with the chosen columns, quoted, formulas defused', async () => {
    const res = await fetch(`${api.url}/api/register/export.csv?country=UZ&sort=name&dir=asc&columns=name,partners,amount,status`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
    const text = await res.text();
    assert.equal(
      text,
      'name,partners,amount,status\r\n' +
        'Aralkum Solar Park,Lumen Grid Holdings (developer); Silk Meridian Bank (financier),250000000,construction\r\n' +
        'Nukus Water Works upgrade,Blue Basin Utilities (developer),,announced\r\n',
    );
  });

  it('refuses an unknown column', async () => {
    const { status, body } = await api.get('/api/register/export.csv?columns=name,secret');
    assert.equal(status, 400);
    assert.match(body.error, /'columns'/);
  });
});

describe('GET /api/overview', () => {
  it('counts the register and lists what came in', async () => {
    const o = await json('/api/overview');
    assert.deepEqual(o.totals, { projects: 3, organizations: 4, people: 2, documents: 2, events: 1 });
    assert.deepEqual(o.byCountry, [{ value: 'UZ', count: 2 }, { value: 'KE', count: 1 }]);
    assert.equal(o.recentDocuments.length, 2);
    assert.equal(o.ingestion.reduce((n: number, d: any) => n + d.documents, 0), 2);
    assert.deepEqual(o.changes, [], 'no project is reported twice in the fixture');
  });
});

describe('organisation and person pages', () => {
  it('an organisation: projects with roles, co-partners, people, meetings', async () => {
    const bank = (await json('/api/organizations?q=Silk%20Meridian'))[0];
    const org = await json(`/api/organizations/${bank.id}`);
    assert.equal(org.name, 'Silk Meridian Bank');
    assert.deepEqual(org.projects.map((p: any) => [p.name, p.roles.map((r: any) => [r.role, r.published])]), [
      ['Aralkum Solar Park', [['financier', '2025-03-10']]],
      ['Tana Valley Railway', [['financier', '2025-06-02']]],
    ]);
    assert.deepEqual(org.partners.map((p: any) => p.name).sort(), ['Lumen Grid Holdings', 'Rift Rail Consortium']);
    assert.deepEqual(org.people.map((p: any) => [p.name, p.title]), [['Farida Osmonova', 'chief executive']]);
    assert.deepEqual(org.meetings.map((m: any) => [m.type, m.date]), [['agreement', '2025-06-02']]);
    assert.equal(org.documents.length, 2);
  });

  it('a person: titles over time, meetings, projects of their articles', async () => {
    const amina = (await json('/api/people?q=Otieno'))[0];
    const person = await json(`/api/people/${amina.id}`);
    assert.deepEqual(person.roles.map((r: any) => [r.title, r.organization, r.published]), [['chair', 'Rift Rail Consortium', '2025-06-02']]);
    assert.match(person.roles[0].organizationId, /^org-/);
    assert.deepEqual(person.meetings.map((m: any) => m.type), ['agreement']);
    assert.deepEqual(person.projects.map((p: any) => p.name), ['Tana Valley Railway']);
  });

  it('unknown ids are 404, malformed ones 400', async () => {
    assert.equal((await api.get('/api/organizations/org-0000000000')).status, 404);
    assert.equal((await api.get('/api/people/per-0000000000')).status, 404);
    assert.equal((await api.get('/api/projects/prj-0000000000/context')).status, 404);
    assert.equal((await api.get('/api/organizations/12')).status, 400);
  });
});

describe('GET /api/graph, /api/projects/:id/context, /api/documents/:id/spans', () => {
  it('the graph links projects to partners and partners to their people', async () => {
    const graph = await json('/api/graph');
    const label = (id: string) => graph.nodes.find((n: any) => n.id === id)?.label;
    const edges = graph.edges.map((e: any) => `${label(e.source)} -${e.label}-> ${label(e.target)}`).sort();
    assert.deepEqual(edges, [
      'Amina Otieno -chair-> Rift Rail Consortium',
      'Blue Basin Utilities -developer-> Nukus Water Works upgrade',
      'Farida Osmonova -chief executive-> Silk Meridian Bank',
      'Lumen Grid Holdings -developer-> Aralkum Solar Park',
      'Rift Rail Consortium -contractor-> Tana Valley Railway',
      'Silk Meridian Bank -financier-> Aralkum Solar Park',
      'Silk Meridian Bank -financier-> Tana Valley Railway',
    ]);
    const kenya = await json('/api/graph?country=KE');
    assert.deepEqual(kenya.nodes.filter((n: any) => n.kind === 'project').map((n: any) => n.label), ['Tana Valley Railway']);
    assert.equal((await json('/api/graph?limit=1')).truncated, true);
  });

  it('a project\'s context names its partners by public id', async () => {
    const [row] = (await json('/api/register?q=Tana')).rows;
    const context = await json(`/api/projects/${row.id}/context`);
    assert.deepEqual(context.partners.map((p: any) => [p.name, p.role]), [['Rift Rail Consortium', 'contractor'], ['Silk Meridian Bank', 'financier']]);
    for (const p of context.partners) assert.match(p.id, /^org-/);
    assert.equal(context.pin, null, 'the fixture places have no coordinates');
  });

  it('spans point at the text they name and at their records', async () => {
    const docs = await json('/api/documents');
    const one = docs.find((d: any) => d.path === 'news/aralkum.txt');
    const spans = await json(`/api/documents/${one.id}/spans`);
    const projectSpans = spans.filter((s: any) => s.kind === 'project');
    assert.deepEqual(projectSpans.map((s: any) => DOC_ONE.text.slice(s.start, s.end).slice(0, 30)), [
      'TASHKENT, March 10 (Steppe Wir', 'The $250 million plant is fina', 'Separately, Blue Basin Utiliti',
    ]);
    for (const s of projectSpans) assert.match(s.recordId, /^prj-/);
    assert.equal((await api.get('/api/documents/999/spans')).status, 404);
    void DOC_TWO;
  });
});

describe('/vendor files', () => {
  it('serves the map\'s TopoJSON and decoder from node_modules, nothing else', async () => {
    const atlas = await fetch(`${api.url}/vendor/countries-110m.json`);
    assert.equal(atlas.status, 200);
    const topology = await atlas.json();
    assert.equal(topology.type, 'Topology');
    assert.ok(topology.objects.countries.geometries.length > 150);
    const decoder = await fetch(`${api.url}/vendor/topojson-client.js`);
    assert.match(await decoder.text(), /topojson/);
    for (const path of ['/vendor/package.json', '/vendor/..%2fpackage.json', '/vendor/land-110m.json', '/vendor/constructor']) {
      assert.equal((await fetch(`${api.url}${path}`)).status, 404, path);
    }
  });
});

describe('POST /api/ingest', () => {
  let served: RunningServer;
  let feedServer: Server;
  let feedUrl: string;
  before(async () => {
    served = await startServer(api.store, { port: 0, allowPrivateUrls: true });
    const feed = readFileSync(new URL('../../examples/feeds/sample-feed.xml', import.meta.url));
    feedServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml`;
  });
  after(async () => {
    await served.close();
    await new Promise((resolve) => feedServer.close(resolve));
  });

  const post = async (body: unknown, base = served.url) => {
    const token = base === served.url ? served.token : api.token;
    const res = await fetch(`${base}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('an uploaded file goes through the readers and its projects come back; the same file again is present', async () => {
    const html = readFileSync(new URL('../../examples/kg-osh-hospital-2025-09-17.html', import.meta.url));
    const first = await post({ kind: 'file', name: 'osh.html', contentBase64: html.toString('base64') });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.added, 1);
    const [outcome] = first.body.outcomes;
    assert.equal(outcome.input, 'osh.html');
    assert.equal(outcome.status, 'new');
    assert.ok(outcome.projects.length > 0);
    const stored = await json(`/api/documents/${outcome.documentId}`);
    assert.equal(stored.path, 'osh.html', 'the upload keeps its name as the document path');
    const register = await json(`/api/register?documentId=${outcome.documentId}`);
    assert.deepEqual(register.rows.map((r: any) => r.id).sort(), outcome.projects.map((p: any) => p.id).sort());
    const points = await json('/api/map');
    assert.ok(points.some((p: any) => outcome.projects.some((q: any) => q.id === p.id)), 'the new project is on the map');
    for (const p of points) assert.ok(['site', 'city', 'region', 'country'].includes(p.precision));
    const again = await post({ kind: 'file', name: 'osh.html', contentBase64: html.toString('base64') });
    assert.equal(again.body.outcomes[0].status, 'present');
  });

  it('pasted text takes its title; a feed URL gives one outcome per item', async () => {
    const text = await post({
      kind: 'text',
      title: 'Harbour deal',
      text: 'MOMBASA, May 2 (Coast Wire) - Pwani Ports Authority signed a contract with Bahari Dredging to build a new 800-metre container berth at Lamu port in Kenya.',
    });
    assert.equal(text.status, 200, JSON.stringify(text.body));
    assert.equal(text.body.outcomes[0].input, 'Harbour deal');
    assert.equal(text.body.outcomes[0].title, 'Harbour deal');
    const feed = await post({ kind: 'url', url: feedUrl });
    assert.equal(feed.status, 200, JSON.stringify(feed.body));
    assert.ok(feed.body.outcomes.length > 1, JSON.stringify(feed.body));
    assert.ok(feed.body.added > 0);
  });

  it('refuses a bad body with the field named, and loopback URLs unless allowed', async () => {
    for (const [body, field] of [
      [{ kind: 'file', name: 'x.txt', contentBase64: 'not base64!' }, 'contentBase64'],
      [{ kind: 'url', url: 'file:///etc/passwd' }, 'url'],
      [{ kind: 'text', text: '' }, 'text'],
      [{ kind: 'shell' }, 'kind'],
    ] as const) {
      const res = await post(body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match(res.body.error, new RegExp(`'${field}'`));
    }
    const guarded = await post({ kind: 'url', url: feedUrl }, api.url);
    assert.equal(guarded.status, 200);
    assert.equal(guarded.body.failed, 1);
    assert.match(guarded.body.outcomes[0].reason, /private|loopback|not allowed|refused/i);
  });
});

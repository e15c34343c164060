import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import * as R from '../../src/api/response-schemas.js';
import { RAIL_P1, SOLAR_P1, SOLAR_P2, serve, type Served } from './fixture.js';

let api: Served;
before(async () => {
  api = await serve();
});
after(() => api.close());

const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort();

async function list(query = ''): Promise<z.output<typeof R.ProjectSummary>[]> {
  const { status, body } = await api.get(`/api/projects${query}`);
  assert.equal(status, 200, JSON.stringify(body));
  return z.array(R.ProjectSummary).parse(body);
}

describe('GET /api/projects', () => {
  it('lists every project as ProjectSummary rows', async () => {
    const rows = await list();
    assert.deepEqual(names(rows), ['Aralkum Solar Park', 'Nukus Water Works upgrade', 'Tana Valley Railway']);
    const solar = rows.find((r) => r.name === 'Aralkum Solar Park')!;
    assert.equal(solar.type, 'solar_power_plant');
    assert.equal(solar.sector, 'energy.renewables');
    assert.equal(solar.status, 'construction');
    assert.equal(solar.country, 'UZ');
    assert.deepEqual(solar.places, ['Karakalpakstan']);
    assert.deepEqual(
      solar.organizations.map((o) => [o.name, o.role]).sort(),
      [['Lumen Grid Holdings', 'developer'], ['Silk Meridian Bank', 'financier']],
    );
    assert.deepEqual(solar.capacity.map((c) => [c.value, c.unit]), [[300, 'MW']]);
    assert.equal(solar.amount?.value, 250_000_000);
    assert.equal(solar.amount?.currency, 'USD');
    assert.equal(solar.documents.length, 1);
    assert.equal(solar.documents[0].title, 'Aralkum solar park breaks ground');
    assert.equal(solar.documents[0].published, '2025-03-10');
  });

  it('answers JSON with a JSON content type', async () => {
    const { headers } = await api.get('/api/projects');
    assert.match(headers.get('content-type') ?? '', /^application\/json/);
  });

  it('filters by free text', async () => {
    assert.deepEqual(names(await list('?q=railway')), ['Tana Valley Railway']);
    assert.deepEqual(names(await list('?q=Karakalpakstan')), ['Aralkum Solar Park']);
  });

  it('filters by country, case-insensitively', async () => {
    assert.deepEqual(names(await list('?country=KE')), ['Tana Valley Railway']);
    assert.deepEqual(names(await list('?country=uz')), ['Aralkum Solar Park', 'Nukus Water Works upgrade']);
    assert.deepEqual(await list('?country=FR'), []);
  });

  it('filters by sector and by its top level', async () => {
    assert.deepEqual(names(await list('?sector=transport.rail')), ['Tana Valley Railway']);
    assert.deepEqual(names(await list('?sector=energy')), ['Aralkum Solar Park']);
    assert.deepEqual(names(await list('?sector=water')), ['Nukus Water Works upgrade']);
    assert.deepEqual(await list('?sector=health'), []);
  });

  it('filters by status', async () => {
    assert.deepEqual(names(await list('?status=agreed')), ['Tana Valley Railway']);
    assert.deepEqual(names(await list('?status=announced')), ['Nukus Water Works upgrade']);
    assert.deepEqual(await list('?status=cancelled'), []);
  });

  it('filters by organisation name or alias', async () => {
    assert.deepEqual(names(await list('?org=silk meridian')), ['Aralkum Solar Park', 'Tana Valley Railway']);
    assert.deepEqual(names(await list('?org=Lumen%20Grid')), ['Aralkum Solar Park']);
    assert.deepEqual(await list('?org=Nobody%20Ltd'), []);
  });

  it('combines filters with AND', async () => {
    assert.deepEqual(names(await list('?org=Silk%20Meridian%20Bank&country=KE')), ['Tana Valley Railway']);
    assert.deepEqual(await list('?status=agreed&country=UZ'), []);
  });

  it('pages with limit and offset', async () => {
    const all = await list();
    const first = await list('?limit=2');
    const rest = await list('?limit=2&offset=2');
    assert.equal(first.length, 2);
    assert.equal(rest.length, 1);
    assert.deepEqual([...first, ...rest].map((r) => r.id), all.map((r) => r.id));
    assert.deepEqual(await list('?offset=50'), []);
  });

  it('treats an empty value as an absent filter', async () => {
    assert.equal((await list('?q=&country=&sector=&status=&org=&limit=&offset=')).length, 3);
  });

  for (const [query, param] of [
    ['?status=finished', 'status'],
    ['?status=AGREED', 'status'],
    ['?country=KEN', 'country'],
    ['?country=K1', 'country'],
    ['?sector=energy.coal', 'sector'],
    ['?limit=0', 'limit'],
    ['?limit=501', 'limit'],
    ['?limit=-1', 'limit'],
    ['?limit=ten', 'limit'],
    ['?limit=1e2', 'limit'],
    ['?limit=2.5', 'limit'],
    ['?offset=-1', 'offset'],
    ['?offset=0x10', 'offset'],
    ['?q=' + 'x'.repeat(201), 'q'],
    ['?q=a&q=b', 'q'],
    ['?contry=KE', 'contry'],
  ] as const) {
    it(`answers 400 naming '${param}' for ${query.slice(0, 40)}`, async () => {
      const { status, body } = await api.get(`/api/projects${query}`);
      assert.equal(status, 400);
      R.ErrorBody.parse(body);
      assert.match(body.error, new RegExp(`'${param}'`));
    });
  }

  const injections = [
    "' OR 1=1 --",
    '" OR ""="',
    "x'; DROP TABLE projects; --",
    '1 UNION SELECT name FROM sqlite_master',
    'NEAR(a b)',
    '*',
    '%',
    '_',
    '\\',
    '"',
    'name:*',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '\u0000',
  ];
  for (const text of injections) {
    it(`never fails on q/org ${JSON.stringify(text)}`, async () => {
      for (const param of ['q', 'org']) {
        const { status, body } = await api.get(`/api/projects?${param}=${encodeURIComponent(text)}`);
        assert.ok(status === 200 || status === 400, `${param}: status ${status}`);
        if (status === 200) assert.deepEqual(body, [], `${param}=${text} matched rows`);
        else R.ErrorBody.parse(body);
      }
    });
  }

  it('still holds every project after the injection attempts', async () => {
    assert.equal((await list()).length, 3);
  });
});

describe('GET /api/projects/:id', () => {
  it('returns the project with its evidence', async () => {
    const [row] = await list('?q=Aralkum');
    const { status, body } = await api.get(`/api/projects/${row.id}`);
    assert.equal(status, 200);
    const project = R.ProjectDetail.parse(body);
    assert.equal(project.name, 'Aralkum Solar Park');
    assert.deepEqual(project.evidence.map((e) => e.text), [SOLAR_P1, SOLAR_P2]);
    for (const e of project.evidence) {
      assert.equal(e.documentId, project.documents[0].id);
      assert.equal(e.end - e.start, e.text.length);
    }
  });

  it('evidence offsets point into the document text', async () => {
    const [row] = await list('?q=Tana');
    const project = R.ProjectDetail.parse((await api.get(`/api/projects/${row.id}`)).body);
    const doc = R.DocumentDetail.parse((await api.get(`/api/documents/${project.evidence[0].documentId}`)).body);
    assert.equal(doc.text.slice(project.evidence[0].start, project.evidence[0].end), RAIL_P1);
  });

  it('answers 404 for an id that does not exist', async () => {
    const { status, body } = await api.get('/api/projects/prj-0000000000');
    assert.equal(status, 404);
    assert.match(R.ErrorBody.parse(body).error, /prj-0000000000/);
  });

  for (const id of ['abc', '1', 'prj-', 'prj-00000000000', 'PRJ-0000000000', 'prj-00000 0000', 'xyz-0000000000', '%20']) {
    it(`answers 400 for id ${JSON.stringify(id)}`, async () => {
      const { status, body } = await api.get(`/api/projects/${id}`);
      assert.equal(status, 400);
      assert.match(R.ErrorBody.parse(body).error, /'id'/);
    });
  }

  it('refuses unknown query parameters on a detail route', async () => {
    const [row] = await list('?limit=1');
    const { status, body } = await api.get(`/api/projects/${row.id}?expand=all`);
    assert.equal(status, 400);
    assert.match(body.error, /'expand'/);
  });
});

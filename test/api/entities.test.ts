import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import * as R from '../../src/api/response-schemas.js';
import { DOC_ONE, DOC_TWO, RAIL_P2, serve, type Served } from './fixture.js';

let api: Served;
before(async () => {
  api = await serve();
});
after(() => api.close());

describe('GET /api/documents', () => {
  it('lists stored documents as DocumentRow', async () => {
    const { status, body } = await api.get('/api/documents');
    assert.equal(status, 200);
    const rows = z.array(R.DocumentRow).parse(body);
    assert.deepEqual(rows.map((d) => d.title).sort(), ['Aralkum solar park breaks ground', 'Tana Valley railway deal signed']);
    const one = rows.find((d) => d.path === 'news/aralkum.txt')!;
    assert.equal(one.contentHash, DOC_ONE.contentHash);
    assert.equal(one.projects, 2);
    assert.equal(one.source, 'Steppe Wire');
    assert.equal(one.url, 'https://steppe.example/aralkum');
    assert.ok(!('text' in one), 'the list leaves the text out');
  });

  it('returns one document with its text and extraction', async () => {
    const rows = z.array(R.DocumentRow).parse((await api.get('/api/documents')).body);
    const id = rows.find((d) => d.path === 'news/tana.txt')!.id;
    const { status, body } = await api.get(`/api/documents/${id}`);
    assert.equal(status, 200);
    const doc = R.DocumentDetail.parse(body);
    assert.equal(doc.text, DOC_TWO.text);
    assert.ok(doc.text.includes(RAIL_P2));
    assert.ok(doc.text.includes('<script>alert("x")</script>'), 'article text is returned verbatim, as JSON data');
    assert.equal(doc.extraction.schema, 'corridor.extraction/1');
    assert.deepEqual(doc.extraction.projects.map((p) => p.name), ['Tana Valley Railway']);
  });

  it('answers 404 for a missing document and 400 for a bad id', async () => {
    const missing = await api.get('/api/documents/424242');
    assert.equal(missing.status, 404);
    assert.match(R.ErrorBody.parse(missing.body).error, /424242/);
    const bad = await api.get('/api/documents/first');
    assert.equal(bad.status, 400);
    assert.match(R.ErrorBody.parse(bad.body).error, /'id'/);
  });
});

describe('GET /api/organizations', () => {
  it('lists organisations, merged across documents', async () => {
    const { status, body } = await api.get('/api/organizations');
    assert.equal(status, 200);
    const rows = z.array(R.OrganizationRow).parse(body);
    assert.deepEqual(
      rows.map((o) => o.name).sort(),
      ['Blue Basin Utilities', 'Lumen Grid Holdings', 'Rift Rail Consortium', 'Silk Meridian Bank'],
    );
    const bank = rows.find((o) => o.name === 'Silk Meridian Bank')!;
    assert.equal(bank.projects, 2);
    assert.equal(bank.documents, 2);
  });

  it('filters by name or alias', async () => {
    const rows = z.array(R.OrganizationRow).parse((await api.get('/api/organizations?q=lumen')).body);
    assert.deepEqual(rows.map((o) => o.name), ['Lumen Grid Holdings']);
    assert.deepEqual((await api.get('/api/organizations?q=%25')).body, []);
  });

  it('refuses a bad q', async () => {
    const { status, body } = await api.get(`/api/organizations?q=${'y'.repeat(300)}`);
    assert.equal(status, 400);
    assert.match(body.error, /'q'/);
  });
});

describe('GET /api/people', () => {
  it('lists people with their titles', async () => {
    const { status, body } = await api.get('/api/people');
    assert.equal(status, 200);
    const rows = z.array(R.PersonRow).parse(body);
    assert.deepEqual(rows.map((p) => p.name).sort(), ['Amina Otieno', 'Farida Osmonova']);
    const amina = rows.find((p) => p.name === 'Amina Otieno')!;
    assert.deepEqual(amina.titles, [{ title: 'chair', organization: 'Rift Rail Consortium' }]);
  });

  it('filters by name', async () => {
    const rows = z.array(R.PersonRow).parse((await api.get('/api/people?q=osmonova')).body);
    assert.deepEqual(rows.map((p) => p.name), ['Farida Osmonova']);
    assert.deepEqual((await api.get('/api/people?q=nobody')).body, []);
  });
});

describe('GET /api/search', () => {
  it('finds projects, organisations, people and documents', async () => {
    const { status, body } = await api.get('/api/search?q=Silk%20Meridian');
    assert.equal(status, 200);
    const hits = z.array(R.SearchHit).parse(body);
    assert.ok(hits.some((h) => h.kind === 'organization' && h.name === 'Silk Meridian Bank'), JSON.stringify(hits));
    const people = z.array(R.SearchHit).parse((await api.get('/api/search?q=Otieno')).body);
    assert.ok(people.some((h) => h.kind === 'person' && h.name === 'Amina Otieno'));
    const projects = z.array(R.SearchHit).parse((await api.get('/api/search?q=Aralkum')).body);
    assert.ok(projects.some((h) => h.kind === 'project' && h.name === 'Aralkum Solar Park'));
  });

  it('honours limit', async () => {
    const hits = z.array(R.SearchHit).parse((await api.get('/api/search?q=Silk&limit=1')).body);
    assert.equal(hits.length, 1);
  });

  for (const query of ['', '?q=', '?q=%20%20', '?q=a&q=b', '?q=ok&limit=0', '?query=Silk']) {
    it(`answers 400 for ${JSON.stringify(query)}`, async () => {
      const { status, body } = await api.get(`/api/search${query}`);
      assert.equal(status, 400);
      assert.match(R.ErrorBody.parse(body).error, /'(q|limit|query)'/);
    });
  }

  for (const text of ["' OR 1=1 --", 'NEAR(a b)', '"', '*', '%', 'title:x', ') OR (']) {
    it(`never fails on ${JSON.stringify(text)}`, async () => {
      const { status, body } = await api.get(`/api/search?q=${encodeURIComponent(text)}`);
      assert.ok(status === 200 || status === 400, `status ${status}`);
      if (status === 200) assert.deepEqual(body, []);
    });
  }
});

// Curation over real HTTP: merge, set and split with notes, the errors a client can make, and
// the audit log; the project routes follow a merged id to its record.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serve, type Served } from './fixture.js';

let api: Served;
before(async () => { api = await serve(); });
after(() => api.close());

const post = (path: string, body: unknown) => api.post(path, body);

const projectId = async (q: string): Promise<string> => (await api.get(`/api/projects?q=${encodeURIComponent(q)}`)).body[0].id;

describe('curation API', () => {
  it('sets a field with a note; the project shows the value and the act', async () => {
    const id = await projectId('Aralkum');
    const r = await post('/api/curation/set', { id, field: 'status', value: 'construction', note: 'site visit photos', actor: 'desk-2' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(r.body, { ids: [id] });
    const p = (await api.get(`/api/projects/${id}`)).body;
    assert.equal(p.status, 'construction');
    assert.deepEqual(p.curation.map((c: { action: string; actor: string; note: string }) => [c.action, c.actor, c.note]), [['set', 'desk-2', 'site visit photos']]);
  });

  it('refuses a missing note, an unknown field or value, and answers 404 for an unknown id', async () => {
    const id = await projectId('Aralkum');
    assert.equal((await post('/api/curation/set', { id, field: 'status', value: 'operating', note: ' ' })).status, 400);
    assert.equal((await post('/api/curation/set', { id, field: 'colour', value: 'red', note: 'x' })).status, 400);
    const bad = await post('/api/curation/set', { id, field: 'status', value: 'dreaming', note: 'x' });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error, /status must be one of/);
    assert.equal((await post('/api/curation/set', { id: 'prj-0000000000', field: 'status', value: 'operating', note: 'x' })).status, 404);
    assert.equal((await post('/api/curation/merge', { ids: [id], note: 'x' })).status, 400);
  });

  it('merges two projects; the retired id leads to the merged record; a split undoes it; the log keeps all', async () => {
    const a = await projectId('Aralkum');
    const b = await projectId('Tana Valley');
    const count = (await api.get('/api/projects')).body.length;
    const m = await post('/api/curation/merge', { ids: [a, b], note: 'test merge' });
    assert.equal(m.status, 200, JSON.stringify(m.body));
    const [kept] = m.body.ids;
    const retired = kept === a ? b : a;
    assert.equal((await api.get('/api/projects')).body.length, count - 1);
    assert.equal((await api.get(`/api/projects/${retired}`)).body.id, kept);
    const s = await post('/api/curation/split', { id: kept, note: 'not the same project' });
    assert.equal(s.status, 200, JSON.stringify(s.body));
    assert.equal(s.body.ids.length, 2);
    assert.equal((await api.get('/api/projects')).body.length, count);
    const log = (await api.get('/api/curation')).body;
    assert.deepEqual(log.map((c: { action: string }) => c.action), ['set', 'merge', 'split']);
    assert.deepEqual((await api.get(`/api/curation?target=${kept}`)).body.map((c: { action: string }) => c.action).sort(), ['merge', 'set', 'split'].filter((x) => log.some((c: { action: string; targets: string[] }) => c.action === x && c.targets.includes(kept))).sort());
  });
});

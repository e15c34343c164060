// Filters, full-text search and hostile input over a small corpus (see fixtures.ts). Projects
// are numbered here for readable expectations (public ids are hashes): 1 refinery (D1+D2),
// 2 Kestrel wind (D1), 3 railway (D2), 4 Aurora wind (D3), 5 Sarydala solar (D3).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ProjectFilter, Store } from '../../src/store/store.js';
import { countRows, openTestStore } from './engines.js';
import { D1, D2, D3 } from './fixtures.js';

let store: Store;
let file: string;
const NUMBER_BY_NAME: Record<string, number> = {
  'Beskol Oil Refinery expansion': 1, 'Zharsu wind farm': 2, 'Sarydala–Beskol railway': 3, 'Aurora Zharsu wind project': 4, 'Sarydala Solar Park': 5,
};
const numberOf = new Map<string, number>();
before(async () => {
  ({ store, target: file } = await openTestStore());
  for (const d of [D1, D2, D3]) await store.addDocument(d);
  for (const p of await store.listProjects()) numberOf.set(p.id, NUMBER_BY_NAME[p.name]);
});
after(async () => {
  await store.close();
});

const ids = async (f: ProjectFilter) => (await store.listProjects(f)).map((p) => numberOf.get(p.id));

test('the corpus resolves to five projects, ordered by last seen (newest first), then id', async () => {
  const all = await store.listProjects();
  assert.equal(numberOf.size, 5);
  assert.deepEqual(all.map((p) => [numberOf.get(p.id), p.type]), [
    [1, 'refinery'], [3, 'railway'], [4, 'wind_power_plant'], [5, 'solar_power_plant'], [2, 'wind_power_plant'],
  ]);
});

test('filter: country (case-insensitive code)', async () => {
  assert.deepEqual(await ids({ country: 'KZ' }), [1, 4, 2]);
  assert.deepEqual(await ids({ country: 'uz' }), [3, 5]);
  assert.deepEqual(await ids({ country: 'PE' }), []);
});

test('filter: sector, whole or top level', async () => {
  assert.deepEqual(await ids({ sector: 'energy' }), [1, 4, 5, 2]);
  assert.deepEqual(await ids({ sector: 'energy.renewables' }), [4, 5, 2]);
  assert.deepEqual(await ids({ sector: 'transport' }), [3]);
  assert.deepEqual(await ids({ sector: 'energy.oil' }), []); // a prefix of a subsector is not a level
  assert.deepEqual(await ids({ sector: 'ener' }), []);
});

test('filter: status', async () => {
  assert.deepEqual(await ids({ status: 'construction' }), [1]);
  assert.deepEqual(await ids({ status: 'operating' }), [3]);
  assert.deepEqual(await ids({ status: 'announced' }), [4, 2]);
  assert.deepEqual(await ids({ status: 'agreed' }), [5]);
  assert.deepEqual(await ids({ status: 'cancelled' }), []);
});

test('filter: organisation name or alias, case-insensitive substring', async () => {
  assert.deepEqual(await ids({ org: 'nspc' }), [1]);
  assert.deepEqual(await ids({ org: 'PETROLEUM CORP' }), [1]);
  assert.deepEqual(await ids({ org: 'wind power' }), [4]);
  assert.deepEqual(await ids({ org: 'steppe' }), [3]);
  assert.deepEqual(await ids({ org: 'Nobody Holdings' }), []);
});

test('filter: limit and offset', async () => {
  assert.deepEqual(await ids({ limit: 2 }), [1, 3]);
  assert.deepEqual(await ids({ limit: 2, offset: 2 }), [4, 5]);
  assert.deepEqual(await ids({ offset: 4 }), [2]);
  assert.deepEqual(await ids({ limit: 0 }), []);
  assert.deepEqual(await ids({ limit: -3, offset: -1 }), []);
  assert.deepEqual(await ids({ limit: Number.NaN }), [1, 3, 4, 5, 2]);
});

test('filter: full text over names, places, organisations, type and source sentences', async () => {
  assert.deepEqual(await ids({ q: 'refinery' }), [1]);
  assert.deepEqual(await ids({ q: 'Zharsu' }), [4, 2]);
  assert.deepEqual(await ids({ q: 'jarsu region' }), [4, 2]); // a place alias
  assert.deepEqual(await ids({ q: 'Meridian' }), [5]); // an organisation
  assert.deepEqual(await ids({ q: 'solar' }), [5]);
  assert.deepEqual(await ids({ q: 'tonnes of crude' }), [1]); // only in an evidence sentence
  assert.deepEqual(await ids({ q: 'rail' }), [3]); // last word is a prefix
  assert.deepEqual(await ids({ q: 'Sarydala–Beskol' }), [3]);
  assert.deepEqual(await ids({ q: 'wind power' }), [4, 2]); // type words
  assert.deepEqual(await ids({ q: 'geothermal' }), []);
});

test('filters combine', async () => {
  assert.deepEqual(await ids({ sector: 'energy', org: 'aurora' }), [4]);
  assert.deepEqual(await ids({ q: 'Zharsu', country: 'KZ', status: 'announced', limit: 1 }), [4]);
  assert.deepEqual(await ids({ q: 'Beskol', sector: 'transport' }), [3]);
});

test('a query without letters or digits falls back to a substring match', async () => {
  assert.deepEqual(await ids({ q: '–' }), [3]); // the en dash in "Sarydala–Beskol railway"
  assert.deepEqual(await ids({ q: '.,' }), [4]); // "Aurora Wind Power Co., Ltd."
  assert.deepEqual(await ids({ q: '%' }), []);
});

test('search: projects, organisations, people and documents, by full text', async () => {
  const hits = await store.search('Meridian');
  assert.deepEqual(new Set(hits.map((h) => h.kind)), new Set(['project', 'organization', 'person', 'document']));
  const org = hits.find((h) => h.kind === 'organization')!;
  assert.equal(org.name, 'Meridian Development Bank');
  assert.match(org.snippet, /«Meridian»/);
  assert.equal(hits.find((h) => h.kind === 'person')?.name, 'Ana Vuković'); // by the title's organisation
  const vukovic = await store.search('vukovic'); // diacritics folded
  assert.deepEqual(vukovic.filter((h) => h.kind === 'person').map((h) => h.name), ['Ana Vuković']);
  assert.ok(vukovic.some((h) => h.kind === 'document' && h.id === '3'));
  const refinery = await store.search('refinery');
  assert.equal(refinery.filter((h) => h.kind === 'project').length, 1); // one hit per record
  assert.deepEqual(await store.search('refinery', 1).then((h) => h.length), 1);
  assert.deepEqual(await store.search(''), []);
  assert.deepEqual((await store.search('–')).map((h) => [h.kind, numberOf.get(h.id)]), [['project', 3]]);
});

test('lists of organisations and people filter by a folded substring', async () => {
  assert.deepEqual((await store.listOrganizations({ q: 'BANK' })).map((o) => o.name), ['Meridian Development Bank']);
  assert.deepEqual((await store.listPeople({ q: 'vukovic' })).map((p) => p.name), ['Ana Vuković']);
  assert.deepEqual((await store.listPeople({ q: 'Vuković' })).map((p) => p.name), ['Ana Vuković']);
  assert.equal((await store.listOrganizations()).length, 6);
});

const HOSTILE = [
  "' OR '1'='1",
  "'; DROP TABLE projects; --",
  '" OR 1=1 --',
  '") OR ("1"="1',
  '1 UNION SELECT * FROM documents',
  'names:x OR 1',
  'NEAR(zz yy)',
  '%',
  '_',
  '%%_%',
  '\\',
  '*',
  '"',
  "'",
  '-',
  '^',
  'zz\u0000%',
  '%\u0000',
  'x'.repeat(5000),
];

test('hostile strings in every filter: no error, no extra rows, nothing dropped', async () => {
  const before = (await countRows(file));
  for (const s of HOSTILE) {
    for (const key of ['q', 'country', 'sector', 'status', 'org'] as const) {
      const rows = await store.listProjects({ [key]: s } as ProjectFilter);
      assert.deepEqual(rows, [], `${key}=${JSON.stringify(s)}`);
    }
    assert.deepEqual(await store.listOrganizations({ q: s }), [], s);
    assert.deepEqual(await store.listPeople({ q: s }), [], s);
    assert.deepEqual(await store.search(s), [], s);
    assert.equal(await store.hasDocument(s), false);
    assert.equal(await store.getProject(s), null);
    assert.equal(await store.getDocument(s as unknown as number), null);
    assert.deepEqual(await ids({ limit: s as unknown as number, offset: s as unknown as number }), [1, 3, 4, 5, 2]);
  }
  assert.deepEqual((await countRows(file)), before);
});

test('control characters are blanks: a filter of only those is no filter, like an empty one', async () => {
  for (const key of ['q', 'country', 'sector', 'status', 'org'] as const) {
    assert.deepEqual(await ids({ [key]: '\u0000\t' } as ProjectFilter), [1, 3, 4, 5, 2], key);
    assert.deepEqual(await ids({ [key]: '' } as ProjectFilter), [1, 3, 4, 5, 2], key);
  }
});

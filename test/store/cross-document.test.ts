// Resolution across documents: one record per real-world organisation, person and project.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { D1, D2, makeDoc, tempDir } from './fixtures.js';
import { countRows, ONLY_SQLITE, openTestStore } from './engines.js';

const tmp = tempDir();
after(tmp.cleanup);
async function withStore(fn: (s: Store, target: string) => Promise<void>) {
  const { store, target } = await openTestStore();
  try { await fn(store, target); } finally { await store.close(); }
}

test('an organisation by full name + acronym, then by acronym alone, then by another spelling: one record', async () => {
  await withStore(async (store) => {
    await store.addDocument(D1);
    await store.addDocument(D2); // "NSPC" only
    await store.addDocument(makeDoc({
      text: 'Northern Star Petroleum Corp. reported higher profits.',
      published: '2025-08-01',
      organizations: [{ name: 'Northern Star Petroleum Corp.', aliases: [], country: 'CN' }],
    }));
    const nspc = (await store.listOrganizations({ q: 'northern star' }));
    assert.equal(nspc.length, 1);
    assert.equal(nspc[0].name, 'Northern Star Petroleum Corporation');
    assert.deepEqual(nspc[0].aliases, ['NSPC', 'Northern Star Petroleum Corp.']);
    assert.equal(nspc[0].documents, 3);
    assert.equal((await store.listOrganizations({ q: 'NSPC' }))[0].id, nspc[0].id);
    // JSC Steppe Rail: the legal form in front does not make it another company.
    await store.addDocument(makeDoc({ text: 'Steppe Rail JSC ordered wagons.', organizations: [{ name: 'Steppe Rail JSC', aliases: [], country: 'KZ' }] }));
    assert.equal((await store.listOrganizations({ q: 'steppe rail' })).length, 1);
  });
});

test('an organisation first known by its acronym takes the full name when a document spells it out', async () => {
  await withStore(async (store) => {
    await store.addDocument(makeDoc({ text: 'NSPC said output rose.', organizations: [{ name: 'NSPC', aliases: [], country: null }] }));
    await store.addDocument(D1);
    const orgs = await store.listOrganizations({ q: 'nspc' });
    assert.equal(orgs.length, 1);
    assert.equal(orgs[0].name, 'Northern Star Petroleum Corporation');
    assert.equal(orgs[0].country, 'CN');
    assert.equal(orgs[0].documents, 2);
    const hits = await store.search('Northern Star');
    assert.ok(hits.some((h) => h.kind === 'organization' && h.id === orgs[0].id));
  });
});

test('the same project in two documents with different statuses: one project, the later status', async () => {
  await withStore(async (store) => {
    // added newest first: the view follows publication dates, not the order of arrival
    await store.addDocument(D2);
    await store.addDocument(D1);
    const refineries = (await store.listProjects()).filter((p) => p.type === 'refinery');
    assert.equal(refineries.length, 1);
    const [r] = refineries;
    assert.equal(r.status, 'construction');
    assert.deepEqual(r.documents.map((d) => d.published), ['2024-03-01', '2025-06-10']);
    assert.deepEqual(r.capacity, [{ value: 6_000_000, unit: 't', text: '6 million tonnes', item: 'crude oil' }]);
    // the union of organisations in order of first appearance; NSPC's role is the latest document's
    assert.deepEqual(r.organizations.map(({ id: _id, ...o }) => o), [
      { name: 'Qazaq Refining JSC', role: 'developer' },
      { name: 'Northern Star Petroleum Corporation', role: 'contractor' },
    ]);
    assert.equal(r.name, 'Beskol Oil Refinery expansion'); // the earliest statement's name
    const detail = await store.getProject(r.id);
    assert.equal(detail?.evidence.length, 3);
  });
});

test('one publication date, two documents: the same view whichever arrives first', async () => {
  const base = { type: 'port' as const, sector: 'transport.maritime' as const, places: ['Porto Lindo'] };
  const places = [{ name: 'Porto Lindo', kind: 'city' as const, country: 'BR' }];
  const a = makeDoc({ text: 'The Porto Lindo container terminal was approved.', published: '2025-02-02', places, projects: [{ ...base, name: 'Porto Lindo container terminal', status: 'agreed' }] });
  const b = makeDoc({ text: 'Work began at the Porto Lindo container terminal.', published: '2025-02-02', places, projects: [{ ...base, name: 'Porto Lindo Container Terminal', status: 'construction' }] });
  const views: unknown[] = [];
  for (const order of [[a, b], [b, a]]) {
    await withStore(async (store) => {
      for (const d of order) await store.addDocument(d);
      const projects = await store.listProjects();
      assert.equal(projects.length, 1);
      // document ids number arrivals; everything else must not depend on them
      views.push(projects.map((p) => ({ ...p, documents: p.documents.map(({ id: _id, ...d }) => d) })));
    });
  }
  assert.deepEqual(views[0], views[1]);
});

test('two projects of one type in one region by different companies stay two', async () => {
  await withStore(async (store) => {
    const place = [{ name: 'Zharsu Region', kind: 'region' as const, country: 'KZ' }];
    const wind = (name: string, org: string, mw: number) => makeDoc({
      text: `${org} will build the ${name} of ${mw} MW in Zharsu Region.`, published: '2025-03-03',
      organizations: [{ name: org, aliases: [], country: null }], places: place,
      projects: [{ name, type: 'wind_power_plant', sector: 'energy.renewables', status: 'announced', country: 'KZ', places: ['Zharsu Region'], organizations: [{ name: org, role: 'developer' }], capacity: [{ value: mw, unit: 'MW', text: `${mw} MW` }] }],
    });
    await store.addDocument(wind('Zharsu wind farm', 'Kestrel Renewables Ltd', 100));
    await store.addDocument(wind('Zharsu North wind park', 'Aurora Wind Power Co., Ltd.', 500));
    // same company, same region, same capacity, another name: the same farm
    await store.addDocument(wind('Kestrel Zharsu project', 'Kestrel Renewables', 100));
    const projects = await store.listProjects();
    assert.deepEqual(projects.map((p) => [p.name, p.organizations.map((o) => o.name), p.documents.length]).sort(), [
      ['Zharsu North wind park', ['Aurora Wind Power Co., Ltd.'], 1],
      ['Zharsu wind farm', ['Kestrel Renewables Ltd'], 2],
    ]);
  });
});

test('a country in common is not a shared place', async () => {
  await withStore(async (store) => {
    const doc = (name: string, city: string) => makeDoc({
      text: `NSPC will build the ${name} in ${city}, Kazakhstan.`, published: '2025-01-01',
      organizations: [{ name: 'NSPC', aliases: [], country: null }],
      places: [{ name: 'Kazakhstan', kind: 'country', country: 'KZ' }, { name: city, kind: 'city', country: 'KZ' }],
      projects: [{ name, type: 'refinery', sector: 'energy.oil_gas', status: 'announced', country: 'KZ', places: ['Kazakhstan', city], organizations: [{ name: 'NSPC', role: 'developer' }] }],
    });
    await store.addDocument(doc('Beskol refinery', 'Beskol'));
    await store.addDocument(doc('Tasaryk refinery', 'Tasaryk'));
    assert.equal((await store.listProjects()).length, 2);
  });
});

test('people: a surname never makes a record; two people sharing a surname stay two', async () => {
  await withStore(async (store) => {
    await store.addDocument(makeDoc({
      text: 'Bakyt Oskonbaev met Nurlan Oskonbaev. Oskonbaev said little.',
      people: [
        { name: 'Bakyt Oskonbaev', aliases: [], roles: [{ title: 'president', organization: null }] },
        { name: 'Nurlan Oskonbaev', aliases: [], roles: [{ title: 'prime minister', organization: null }] },
        { name: 'Oskonbaev', aliases: [], roles: [] },
      ],
    }));
    await store.addDocument(makeDoc({ text: 'Oskonbaev opened the road.', people: [{ name: 'Oskonbaev', aliases: [], roles: [] }] }));
    await store.addDocument(makeDoc({
      text: 'President Bakyt Oskonbaev (Oskonbaev) visited.',
      people: [{ name: 'Bakyt Oskonbaev', aliases: ['Oskonbaev'], roles: [{ title: 'president', organization: null }] }],
    }));
    const people = await store.listPeople();
    assert.deepEqual(people.map((p) => [p.name, p.documents, p.titles.map((t) => t.title)]), [
      ['Bakyt Oskonbaev', 2, ['president']],
      ['Nurlan Oskonbaev', 1, ['prime minister']],
    ]);
    assert.deepEqual(people[0].aliases, ['Oskonbaev']);
  });
});

test('places: an alias spelling joins the place; the same name in another country does not', async () => {
  await withStore(async (store) => {
    await store.addDocument(D1); // Zharsu Region, alias Jarsu Region
    // dated after D1: the record's name comes from the first document in publication order
    await store.addDocument(makeDoc({ text: 'In Jarsu Region and in Beskol, Mongolia.', published: '2024-05-01', places: [{ name: 'Jarsu Region', kind: 'region', country: 'KZ' }, { name: 'Beskol', kind: 'city', country: 'MN' }] }));
    await store.addDocument(makeDoc({
      text: 'A solar plant is planned in Jarsu Region.', published: '2025-01-01',
      places: [{ name: 'Jarsu Region', kind: 'region', country: 'KZ' }],
      projects: [{ name: 'Jarsu solar plant', type: 'solar_power_plant', sector: 'energy.renewables', status: 'announced', places: ['Jarsu Region'] }],
    }));
    const [solar] = await store.listProjects({ q: 'solar' });
    assert.deepEqual(solar.places, ['Zharsu Region']);
    assert.equal((await store.listProjects({ q: 'Zharsu' })).some((p) => p.id === solar.id), true);
  });
});

test('one place name in many countries never fails a document', async () => {
  await withStore(async (store, file) => {
    for (const [i, country] of ['SC', 'CA', null, 'MT', null].entries()) {
      const r = await store.addDocument(makeDoc({ text: `Report ${i}: a port at Victoria.`, places: [{ name: 'Victoria', kind: 'city', country }] }));
      assert.equal(r.status, 'new');
    }
    // Seychelles and Canada stay apart; the first unknown-country record later learns Malta and
    // the last mention, ambiguous among three countries, falls back on that record's key.
    assert.equal((await countRows(file)).places, 3);
  });
});

test('why a project statement joined its project is kept for inspection', { skip: ONLY_SQLITE }, async () => {
  const file = join(tmp.dir, 'why.db');
  const store = openSqliteStore(file);
  try {
    await store.addDocument(D1);
    await store.addDocument(D2);
  } finally {
    await store.close();
  }
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare(`SELECT resolution FROM project_statements WHERE document_id = 2 AND name = 'Beskol refinery upgrade'`).get() as { resolution: string };
    const resolution = JSON.parse(row.resolution) as { project: number; candidates: { id: number; match: boolean; reasons: string[] }[] };
    assert.equal(resolution.project, 1);
    assert.deepEqual(resolution.candidates.map((c) => [c.id, c.match]), [[1, true]]);
    assert.ok(resolution.candidates[0].reasons.some((r) => r.startsWith('shared organisations')));
  } finally {
    db.close();
  }
});

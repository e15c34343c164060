// A person's search row names the organisations of their titles. When a curated merge folds one
// organisation into another, the person's title now names the kept organisation, and search by
// that name must find them (their row used to keep the removed organisation's name).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openTestStore } from './engines.js';
import { makeDoc } from './fixtures.js';

const FIRST = 'Halvard Forge Group opened a foundry in Lintra on Tuesday, its first outside the country.';
const SECOND = 'Chief engineer Mireille Oskarsdottir of Brenholt Castings said the furnaces would be ready in spring.';

test('an organisation merge rewrites the search rows of people whose titles name it', async () => {
  const { store } = await openTestStore();
  try {
    await store.addDocument(makeDoc({
      text: FIRST, published: '2025-04-01', path: 'first.txt',
      organizations: [{ name: 'Halvard Forge Group', aliases: [], country: null }],
    }));
    await store.addDocument(makeDoc({
      text: SECOND, published: '2025-04-02', path: 'second.txt',
      organizations: [{ name: 'Brenholt Castings', aliases: [], country: null }],
      people: [{ name: 'Mireille Oskarsdottir', aliases: [], roles: [{ title: 'chief engineer', organization: 'Brenholt Castings' }] }],
    }));
    const people = (hits: { kind: string; name: string }[]) => hits.filter((h) => h.kind === 'person').map((h) => h.name);
    assert.deepEqual(people(await store.search('Brenholt')), ['Mireille Oskarsdottir']);
    assert.deepEqual(people(await store.search('Halvard')), []);

    const orgs = await store.listOrganizations();
    const ids = ['Halvard Forge Group', 'Brenholt Castings'].map((n) => orgs.find((o) => o.name === n)!.id);
    const kept = await store.mergeOrganizations(ids, 'analyst-1', 'the castings arm trades under the group name');
    const keptName = (await store.listOrganizations()).find((o) => o.id === kept)!.name;
    assert.deepEqual((await store.listPeople()).find((p) => p.name === 'Mireille Oskarsdottir')!.titles, [{ title: 'chief engineer', organization: keptName }]);
    assert.deepEqual(people(await store.search(keptName.split(' ')[0])), ['Mireille Oskarsdottir']);
  } finally {
    await store.close();
  }
});

// The same holds when a document renames the organisation: a record first known by its acronym
// takes the full name once a later document spells it out (upgradeOrganizationName), and a
// person whose title named the acronym is found by the full name too, in the same write batch
// or a later one.
const ACRONYM = 'Plant manager Tobiah Quennell of VKL said the second kiln would be lit by March.';
const SPELLED = 'Varnholm Kiln Lines (VKL) has ordered refractory bricks for its works near Ostrava.';

for (const together of [false, true]) {
  test(`a renamed organisation rewrites the search rows of people whose titles name it (${together ? 'one batch' : 'two writes'})`, async () => {
    const { store } = await openTestStore();
    try {
      const first = makeDoc({
        text: ACRONYM, published: '2025-05-01', path: 'acronym.txt',
        organizations: [{ name: 'VKL', aliases: [], country: null }],
        people: [{ name: 'Tobiah Quennell', aliases: [], roles: [{ title: 'plant manager', organization: 'VKL' }] }],
      });
      const second = makeDoc({
        text: SPELLED, published: '2025-05-03', path: 'spelled.txt',
        organizations: [{ name: 'Varnholm Kiln Lines', aliases: ['VKL'], country: null }],
      });
      if (together) await store.addDocuments([first, second]);
      else for (const d of [first, second]) await store.addDocument(d);
      assert.deepEqual((await store.listOrganizations()).map((o) => o.name), ['Varnholm Kiln Lines']);
      assert.deepEqual((await store.listPeople()).find((p) => p.name === 'Tobiah Quennell')!.titles, [{ title: 'plant manager', organization: 'Varnholm Kiln Lines' }]);
      const people = (await store.search('Varnholm')).filter((h) => h.kind === 'person').map((h) => h.name);
      assert.deepEqual(people, ['Tobiah Quennell']);
    } finally {
      await store.close();
    }
  });
}

// A store keeps what its writer learnt of the register from one document transaction to the next
// (kept-session.ts). Another writer on the same database in between (another worker, another
// process) must make it start afresh: here the first store learnt which projects lie in Lintra,
// then a second store added one there, and the first store's next document about the same
// project must find it instead of starting a second one.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProjectType, Sector } from '../../src/nlp/extraction.js';
import { openStore } from '../../src/store/open-store.js';
import { openTestStore } from './engines.js';
import { makeDoc } from './fixtures.js';

const place = { name: 'Lintra', aliases: [], kind: 'city' as const, country: 'NO' };

function doc(text: string, published: string, project: { name: string; type: ProjectType; sector: Sector; capacity?: { value: number; unit: string; text: string }[] }) {
  return makeDoc({
    text, published, path: `${published}.txt`, places: [place],
    projects: [{ ...project, status: 'announced', places: ['Lintra'], sentences: [text] }],
  });
}

const FOUNDRY = doc('Halvard Forge Group will open a foundry in Lintra next year.', '2025-02-01', { name: 'Lintra foundry', type: 'manufacturing_plant', sector: 'industry' });
// a generic name, so only the shared place and the same capacity make the second statement join the first
const MW40 = [{ value: 40, unit: 'MW', text: '40 MW' }];
const SOLAR_B = doc('A 40 MW solar power plant is planned on the hills above Lintra.', '2025-02-02', { name: 'solar power plant', type: 'solar_power_plant', sector: 'energy.renewables', capacity: MW40 });
const SOLAR_A = doc('The 40 MW solar power plant near Lintra won its grid permit on Monday.', '2025-02-03', { name: 'solar power plant', type: 'solar_power_plant', sector: 'energy.renewables', capacity: MW40 });

test('a store that kept its last session sees what another writer added since', async () => {
  const { store: a, target } = await openTestStore();
  const b = openStore(target);
  try {
    await a.addDocuments([FOUNDRY]);
    await b.addDocuments([SOLAR_B]);
    await a.addDocuments([SOLAR_A]);
    const solar = (await a.listProjects()).filter((p) => p.type === 'solar_power_plant');
    assert.equal(solar.length, 1);
    assert.equal(solar[0].documents.length, 2);
  } finally {
    await b.close();
    await a.close();
  }
});

test('one writer alone: its later documents still join the records its earlier transactions made', async () => {
  const { store } = await openTestStore();
  try {
    for (const d of [FOUNDRY, SOLAR_B, SOLAR_A]) await store.addDocuments([d]);
    const projects = await store.listProjects();
    assert.deepEqual(projects.map((p) => [p.type, p.documents.length]).sort(), [['manufacturing_plant', 1], ['solar_power_plant', 2]]);
  } finally {
    await store.close();
  }
});

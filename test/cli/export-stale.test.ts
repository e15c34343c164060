// `corridor export` on a register left stale (an older document stored without its replay, as a
// crash or a worker whose replay met another's lock leaves it): the export is the replayed one.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openStore } from '../../src/store/open-store.js';
import { makeDoc, tempDir } from '../store/fixtures.js';
import { corridor } from './run-cli.js';

const tmp = tempDir();
after(tmp.cleanup);

const bridge = (text: string, published: string, status: 'agreed' | 'construction') => makeDoc({
  text, published,
  places: [{ name: 'Velmora', kind: 'city', country: 'KZ' }],
  organizations: [{ name: 'Tarvin Bridgeworks LLP', aliases: [], country: 'KZ' }],
  projects: [{
    name: 'Velmora river bridge', type: 'bridge', sector: 'transport.road', status, country: 'KZ', places: ['Velmora'],
    organizations: [{ name: 'Tarvin Bridgeworks LLP', role: 'contractor' }], sentences: [text],
  }],
});
const LATER = bridge('Tarvin Bridgeworks LLP is building the Velmora river bridge.', '2025-06-01', 'construction');
const EARLIER = bridge('Tarvin Bridgeworks LLP signed to build the Velmora river bridge.', '2024-02-01', 'agreed');

test('export replays a stale register first, so it equals the export of the same documents stored in order', async () => {
  const inOrder = join(tmp.dir, 'in-order.db');
  const s1 = openStore(inOrder);
  await s1.addDocument(EARLIER);
  await s1.addDocument(LATER);
  await s1.close();

  const stale = join(tmp.dir, 'stale.db');
  const s2 = openStore(stale);
  await s2.addDocument(LATER);
  // the older document arrives second and its replay is put off, as a batch does until its end
  await s2.addDocument(EARLIER, { deferRebuild: true });
  await s2.close();

  const a = await corridor(['export', '--db', inOrder, '--format', 'json']);
  const b = await corridor(['export', '--db', stale, '--format', 'json']);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  assert.equal(b.stdout, a.stdout);
  const [p] = JSON.parse(a.stdout).projects;
  assert.deepEqual(p.statusHistory.map((c: { status: string }) => c.status), ['agreed', 'construction']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: figures that describe what an existing facility did, or money someone only might offer.

test('what a port moved last year is a statistic; what the extension would add is its capacity', () => {
  const x = run('On the coast, the Tarvin Port Agency in May invited bids for a second ro-ro berth at Kessary Seaport. The extension would add up to 3 million tonnes a year of handling capacity to a port that moved about 6.1 million tonnes of cargo in 2024.', '2025-06-30');
  const p = x.projects.find((q) => q.type === 'port');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => c.value), [3_000_000]);
});

test("a loan a bank 'could offer' is no amount of the project", () => {
  const x = run('The two sides discussed the possible financing of a new road bridge over the Tarvin river at Kessary, about 400 metres long. The bank could offer a loan of up to €30 million if the project is prepared in time.');
  const p = x.projects.find((q) => q.type === 'bridge');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.amount ?? null, null);
});

test("a substation 'being built as part of the project' belongs to the project under discussion", () => {
  const x = run('Orvel Alloys is building a ferrosilicon plant at Izmir that will produce 200,000 tonnes a year. The 220 kV substation that will feed the furnaces is being built as part of the project.');
  assert.deepEqual(x.projects.map((p) => p.type), ['manufacturing_plant']);
});

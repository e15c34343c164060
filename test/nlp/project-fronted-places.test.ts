import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// "In Tulcea, a river jetty ...": a place a sentence opens on (set off by a comma) places the indefinite facility that
// follows, so it is not the facility of its kind named before somewhere else.

test('a fronted place tells a new facility from an earlier one of its kind', () => {
  const p = run('In Constanța, the 120 million euro extension of the grain wharf is 70% complete; Danubia Marine SRL is building it. In Tulcea, on the Danube delta, a river jetty built by Delta Docks SA and paid for by a 30 million euro grant was opened on Friday.').projects;
  assert.equal(p.length, 2);
  assert.deepEqual(p.map((x) => x.amount?.value), [120_000_000, 30_000_000]);
});

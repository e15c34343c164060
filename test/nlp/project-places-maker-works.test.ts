import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test("the maker's own works where ordered trains are built are not the order's place", () => {
  const x = run('Bulgarian State Railways has ordered 20 electric trains from Ardlow Rail a.s. in a contract signed on Monday. The trains will serve Plovdiv. The cars will be welded and fitted out at Ardlow\'s works in Brno.');
  assert.deepEqual(x.projects.map((p) => p.places), [['Plovdiv']]);
});

test("a word for the maker's plant that could name works of the order's kind still places the maker", () => {
  const x = run('Romanian Railways has ordered 30 electric locomotives from Kessary Rail S.A. for 250 million euros. The locomotives will be assembled at Kessary\'s plant in Craiova.');
  assert.deepEqual(x.projects.map((p) => p.places), [[]]);
});

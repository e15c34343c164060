import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Two facilities of one kind named in one long sentence, each with its own size in its name, are two projects: the
// first has no figures yet when the second is read, so the sizes in the names tell them apart.

test('two solar plants of different sizes in one sentence are two projects', () => {
  const p = run('Electrica Sud on Thursday signed a deal to buy the output of a 12 MW solar farm at Calafat from Sunbridge Energy SRL, which will build it for about 10 million euros; in Moldova, the state utility put out to tender on Monday a 4 MW solar and storage plant for Cahul, funded with a World Bank grant.').projects;
  assert.equal(p.length, 2);
  assert.deepEqual(p.map((x) => x.capacity.map((c) => c.value)), [[12], [4]]);
});

test('the same size named twice in one sentence stays one project', () => {
  const p = run('Sunbridge Energy SRL will build a 12 MW solar farm at Calafat, and the 12 MW solar farm will cost about 10 million euros.').projects;
  assert.equal(p.length, 1);
});

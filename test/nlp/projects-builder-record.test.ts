// Works a body finished before, named in a relative clause after its name, are its record, not works of the news.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('"PowerChina, which built the Lovech dam, is expected to bid": no project for the dam, and Lovech is no place of the new plant', () => {
  const x = run('Orvena Construction Group, which built the Lovech dam, is expected to bid for the new 200 MW Ruse hydropower plant.');
  assert.equal(x.projects.length, 1, JSON.stringify(x.projects));
  assert.deepEqual(x.projects[0].places, ['Ruse']);
  const alone = run('The water company will tender the works in the autumn. Orvena Construction Group, which has already completed the Lovech dam, is expected to bid.');
  assert.ok(!alone.projects.some((p) => p.name.includes('Lovech')), JSON.stringify(alone.projects));
});

test('a bare "the dam" in such a clause, once the dam is known, is still that dam', () => {
  const x = run('The 80 MW Tarvel dam was opened in 2020. Orvena Construction Group, which built the dam, now runs it.');
  assert.equal(x.projects.length, 1, JSON.stringify(x.projects));
  assert.ok(x.projects[0].organizations.some((o) => o.name === 'Orvena Construction Group'), JSON.stringify(x.projects));
});

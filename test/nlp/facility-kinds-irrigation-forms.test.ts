import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: irrigation works named by heads the lexicon knew only in the singular or not at all (irrigation
// canals, an irrigation dam, irrigation and drainage systems). Unread, the works were missed, or a dam for fields was
// taken for a hydropower plant.

const kinds = (text: string) => run(text).projects.map((p) => p.type);

test("'the rehabilitation of irrigation canals' financed by a loan is irrigation works", () => {
  assert.deepEqual(kinds('The government of Valdoria signed a $40 million loan with the Orsk Development Fund on Monday for the rehabilitation of irrigation canals in Dessa province.'), ['irrigation']);
});

test("'a new irrigation dam' is irrigation works, not a hydropower plant", () => {
  assert.deepEqual(kinds('Brenmoor Engineering won a $60 million contract to build a new irrigation dam in Dessa province, Valdoria.'), ['irrigation']);
});

test("'the modernisation of irrigation and drainage systems' is irrigation works", () => {
  assert.deepEqual(kinds('The Orsk Development Fund approved $25 million for the modernisation of irrigation and drainage systems in Dessa province, Valdoria.'), ['irrigation']);
});

test('counter-case: old irrigation canals farmers rely on, named in passing, are no project', () => {
  assert.deepEqual(kinds('Farmers in Dessa province have long relied on irrigation canals dug decades ago, the governor said.'), []);
});

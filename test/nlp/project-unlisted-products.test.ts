import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a plant named by a product the lexicon does not list is a factory; power, utility and site-tool
// words before "plant" are no product; a facility told only as history does not become the one "the plant" means.

test("'a lithium carbonate plant', 'a knitting and dyeing plant', 'a rice mill' are factories making that product", () => {
  const a = run('Calvaro Minerals SpA shelved its plans for a lithium carbonate plant near Antofagasta, blaming low prices.');
  assert.deepEqual(a.projects.map((p) => [p.type, p.status]), [['manufacturing_plant', 'cancelled']]);
  const b = run('Orsk Textiles will build a $30 million knitting and dyeing plant in the Tarvin free zone.');
  assert.deepEqual(b.projects.filter((p) => p.type === 'manufacturing_plant').map((p) => p.amount?.value), [30_000_000]);
  const c = run('Velmora Foods opened a rice mill in Kessary region with 50,000 tonnes a year of capacity.');
  assert.deepEqual(c.projects.map((p) => [p.type, p.capacity.map((q) => q.value)]), [['manufacturing_plant', [50_000]]]);
});

test("'a gas plant', 'a batching plant', 'a new plant' name no product", () => {
  for (const text of [
    'Velmora Energy will retire an old 40 MW gas plant near Kessary next year.',
    'The contractor set up a batching plant at the 120 MW site near Kessary.',
    'Orsk Group said it is looking at a new plant worth $40 million but gave no place.',
  ]) assert.equal(run(text).projects.filter((p) => p.type === 'manufacturing_plant').length, 0, text);
});

test('a plant sized in cubic metres-a-day has a daily volume (m3/d)', () => {
  const x = run('Aqualis S.A. is building a 45,000 cubic metres-a-day desalination plant at Tarvin.');
  assert.deepEqual(x.projects.map((p) => p.capacity.map((c) => [c.value, c.unit])), [[[45_000, 'm3/d']]]);
});

test('a mill named only as history ("shut in the 1990s") is no project, and "the plant" stays the news', () => {
  for (const mill of ['wool mill', 'cement plant']) {
    const x = run(`Talas Solar opened a 20 MW solar plant near Balykchy in May. Balykchy has had a hard three decades. The town's ${mill} and its lake port shut in the 1990s. The mayor says the plant pays more in local taxes than any other business.`, '2025-08-09');
    assert.deepEqual(x.projects.map((p) => p.type), ['solar_power_plant'], mill);
  }
});

test("a sentence-opening 'The' does not make a facility a named one", () => {
  const x = run('The cement plant will need more power, officials said.');
  assert.deepEqual(x.projects, []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a facility word in the plural without a count names a sector or a class of things in
// passing ("invests in power plants", "mostly for hospitals"), not a project, and is no antecedent for 'the plant'.

test("a fund 'that invests in power plants' names a sector: the next 'the plant' is still the project under discussion", () => {
  const x = run('Velmora Hydro is building a 300 MW hydropower plant on the Tarvin river. Its minority owner is Orvel Capital, a fund that invests in power plants in the region. The plant is expected to generate about 1,200 gigawatt-hours a year once all units run, and the lender approved a $200 million loan for the plant in May.');
  assert.deepEqual(x.projects.map((p) => p.type), ['hydro_power_plant']);
  assert.equal(x.projects[0].amount?.value, 200_000_000);
});

test('a sum lent to a country over decades, mostly for hospitals, is no hospital project', () => {
  const x = run('Orvel Bank signed a $60 million loan for a nursing college in Tarvin. The bank has committed more than $1 billion to Velmora since 1990, mostly for hospitals and water schemes.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.amount?.value]), [['education_facility', 60_000_000]]);
});

test('a named pipeline is not the same as the pipelines named in the plural before it, and takes none of their figures', () => {
  const x = run('Tarvin sells about 30 billion cubic metres of gas a year through the pipelines that cross Velmora. The Trans-Kessary gas pipeline to Orvelia, which would let the gas reach new buyers, remains on the drawing board.');
  const p = x.projects.find((q) => q.type === 'pipeline');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity, []);
  assert.equal(p.status, 'announced');
});

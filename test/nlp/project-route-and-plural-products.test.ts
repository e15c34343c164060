import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented companies, real towns. Two regressions found on our bundled examples: a line whose route a sentence
// gives as "from A towards B" lost B (and so its merge with the named line), and a plural of unlisted product
// plants ("already runs noodle plants in ...") became a project whose name took the verb.

test("'a pipeline creeping east from A towards B' runs to B", () => {
  const x = run('A gas pipeline is creeping east from Beyneu towards Taldykorgan, where Tarvel Gas Transit is laying the last pipes.');
  const p = x.projects.find((q) => q.type === 'pipeline');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(p.places.includes('Beyneu') && p.places.includes('Taldykorgan'), JSON.stringify(p.places));
});

test("'the line carries freight towards B' does not put the line in B", () => {
  const x = run('The rebuilt railway section between Nukus and Kungrad carries most of the freight towards Beyneu.');
  const p = x.projects.find((q) => q.type === 'railway');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(!p.places.includes('Beyneu'), JSON.stringify(p.places));
});

test('a plural of unlisted product plants with no count is a class of factories, not a project', () => {
  const x = run('Kestrel Foods already runs noodle plants in Samarkand, Bukhara and Termez, which make 90,000 tonnes of noodles a year. It will build a noodle plant in Karshi next year.');
  const names = x.projects.map((q) => q.name);
  assert.equal(names.length, 1, JSON.stringify(names));
  assert.ok(!names.some((n) => n.includes('runs')), JSON.stringify(names));
  assert.ok(x.projects[0].places.includes('Karshi'), JSON.stringify(x.projects[0]));
});

test('counted unlisted product plants are still works', () => {
  const x = run('Kestrel Foods will build two noodle plants in Karshi.');
  assert.equal(x.projects.length, 1, JSON.stringify(x.projects));
});

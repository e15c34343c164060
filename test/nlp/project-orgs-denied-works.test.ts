import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// A sentence about works said not to be planned ("Reports that B had agreed to build a cement plant were denied", "B
// has no plans for a smelter") is about those works: its bodies are no parties of the project under discussion.
const orgsOf = (x: ReturnType<typeof run>, type: string) => x.projects.find((p) => p.type === type)?.organizations.map((o) => o.name) ?? [];

test('the builder of a denied plant does not join the project before it', () => {
  const x = run([
    'The Lomsk water utility will upgrade the Ostra water treatment plant with a €30 million loan from the Northern Investment Bank.',
    'Reports in the local press that Dornfeld Zement AG had agreed to build a cement plant near Tarvin were denied by the Munich-based group on Tuesday.',
  ].join('\n\n'));
  const orgs = orgsOf(x, 'water_supply');
  assert.ok(orgs.includes('Northern Investment Bank'), JSON.stringify(x.projects));
  assert.ok(!orgs.includes('Dornfeld Zement AG'), JSON.stringify(x.projects));
});

test('a body that rules out a smelter is no party of the mine under discussion', () => {
  const x = run([
    'Kessary Copper LLC will build an open-pit copper mine near Tarvin at a cost of $400 million.',
    'Velmora Metals Group has ruled out a smelter in the region, its chairman said.',
  ].join('\n\n'));
  assert.ok(!orgsOf(x, 'mine').includes('Velmora Metals Group'), JSON.stringify(x.projects));
});

test('a later sentence that names the contractor of the works under discussion still does', () => {
  const x = run([
    'Kessary Copper LLC will build an open-pit copper mine near Tarvin at a cost of $400 million.',
    'The works have been awarded to Stroymont Holding AG, which starts in May.',
  ].join('\n\n'));
  assert.ok(orgsOf(x, 'mine').includes('Stroymont Holding AG'), JSON.stringify(x.projects));
});

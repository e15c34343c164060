import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// Right after the project was spoken of, a sentence that only gives the shares ("B holds 40% and A the rest") names
// the project's holders, though it names no works.
test('"B holds 40% and A the rest" right after the project puts B on it as a partner', () => {
  const x = run('Kessary Solar LLC will build a 200 MW solar plant near Tarvin. Oskel Energy JSC holds 40% and Kessary Solar LLC the rest.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Oskel Energy JSC'), 'partner', JSON.stringify(x.projects));
});

test('a majority share stated so makes the owner', () => {
  const x = run('Kessary Solar LLC will build a 200 MW solar plant near Tarvin. The Tarvin Pension Fund holds 70% and Kessary Solar LLC the rest.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Tarvin Pension Fund'), 'owner', JSON.stringify(x.projects));
});

test('shares given paragraphs later, about another matter, do not join the project', () => {
  const x = run('Kessary Solar LLC will build a 200 MW solar plant near Tarvin.\n\nIn other news, analysts expect copper prices to rise.\n\nMeanwhile the football club changed hands. Oskel Sports JSC holds 40% and the city the rest.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Oskel Sports JSC'), undefined, JSON.stringify(x.projects));
});

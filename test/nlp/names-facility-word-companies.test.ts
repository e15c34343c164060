import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// "Rail" both heads facilities' names ("the Osk Rail link") and ends companies' names ("Dunmere Rail"): invented
// sentences where the context shows which.

test('a name ending in an industry word that also heads facilities is a company where it acts', () => {
  assert.deepEqual(names(run('Dunmere Rail won the contract for a 60 km tram line in Almaty.').organizations), ['Dunmere Rail']);
  assert.deepEqual(names(run('Velmora Rail will rebuild the 300 km line from Osk to Dara.').organizations), ['Velmora Rail']);
  const x = run('The tram line will be built by Dunmere Rail, the city said.');
  assert.ok(names(x.organizations).includes('Dunmere Rail'), names(x.organizations).join(' | '));
});

test('the same words naming a facility stay no company', () => {
  for (const text of ['The Osk Rail link will open next year.', 'The new Osk Rail will open next year.', 'Trains on the Osk Rail carried two million people.']) {
    assert.deepEqual(names(run(text).organizations), [], text);
  }
});

test('a progressive verb of building or paying after the name shows a body too', () => {
  for (const [text, name] of [
    ['Kessel Rail is building the 300 km railway from Osk to Dara.', 'Kessel Rail'],
    ['Dunmere Solar is developing a 90 MW plant near Tarvin.', 'Dunmere Solar'],
    ['Velmora Wind will expand the Osk wind farm by 40 MW.', 'Velmora Wind'],
  ] as const) {
    assert.ok(names(run(text).organizations).includes(name), `${text} -> ${names(run(text).organizations).join(' | ')}`);
  }
  // (a facility after "the" does no building: "the Osk Rail is expanding" names the line)
  assert.deepEqual(names(run('The Osk Rail is expanding its timetable next year.').organizations), []);
});

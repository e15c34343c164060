import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented text. A place after talks, a visit or a meeting is where the event happened, also when the names of those
// who met stand between ("talks between Velmora Energy and Orvel Power in Lanzhou"): each name counts as one word.

test('the place of talks between two named companies is not where the works are', () => {
  const x = run([
    'Velmora Energy will build a 300 MW solar farm near Dunvale, the company said on Monday.',
    'The project gained momentum in 2022, when it was on the agenda of talks between Velmora Energy and Orvel Power in Lanzhou in February.',
  ].join(' '), '2024-05-08');
  const farm = x.projects.find((p) => p.type === 'solar_power_plant');
  assert.ok(farm, JSON.stringify(x.projects));
  assert.ok(farm.places.includes('Dunvale'), JSON.stringify(farm.places));
  assert.ok(!farm.places.includes('Lanzhou'), JSON.stringify(farm.places));
});

test('counter-case: a plant built with a named company in a place is still there', () => {
  const x = run('Velmora Energy and Orvel Power will build a 300 MW solar farm in Lanzhou.', '2024-05-08');
  const farm = x.projects.find((p) => p.type === 'solar_power_plant');
  assert.ok(farm?.places.includes('Lanzhou'), JSON.stringify(x.projects));
});

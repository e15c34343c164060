import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Works the text says are not planned ("denied plans for", "no plans to build", "ruled out") or only possible in an
// open future ("could one day be built") are no project; the works the same text does plan still are.

test('a plant whose plans are denied is no project', () => {
  const x = run('SOFIA, March 3 - The energy ministry on Tuesday denied plans for a 600 MW coal plant near Pernik, saying no such project was under consideration.\n\nThe ministry instead backed the 150 MW Zlatitsa solar park, which Danube Helio AD will build for 120 million euros.');
  assert.deepEqual(x.projects.map((p) => p.type), ['solar_power_plant']);
});

test('no plans to build and ruled out name no works', () => {
  const x = run('Mures Cement SA has no plans to build a 2 million tonne cement plant at Alba Iulia, its chief executive said. The company also ruled out a 40 MW wind farm at Sebes.');
  assert.equal(x.projects.length, 0);
});

test('a plant that could one day be built is a possibility, not works', () => {
  const x = run('Balkan Lime AD will build a lime plant at Beloslav for 45 million euros. Executives said a 50 MW solar park could one day be built at Devnya if demand grows.');
  assert.deepEqual(x.projects.map((p) => p.type), ['manufacturing_plant']);
});

test('plans stated without denial stay a project', () => {
  const x = run('Mures Cement SA plans to build a 2 million tonne cement plant at Alba Iulia, its chief executive said.');
  assert.equal(x.projects.length, 1);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// "a second, smaller plant" after a solar plant is another plant of that kind, not a factory nor the same plant; "the
// 8 MW plant in X" then is the power plant the text placed in X, of its kind.

const TEXT = 'Tarvin Solar AD will build a 60-megawatt solar plant near Balchik, and the utility has also picked it for a second, smaller plant in Kavarna. The utility will buy the power of both. Work on the 8 MW plant in Kavarna should start next spring.';

test('a second, smaller plant after a solar plant is another solar plant', () => {
  const x = run(TEXT);
  const solar = x.projects.filter((p) => p.type === 'solar_power_plant');
  assert.equal(solar.length, 2, names(x.projects).join('; '));
  assert.equal(x.projects.length, 2, names(x.projects).join('; '));
  const second = solar.find((p) => (p.places as string[]).includes('Kavarna'));
  assert.ok(second && !(second.places as string[]).includes('Balchik'));
  assert.equal(second.capacity[0]?.value, 8);
});

test('a second plant after a plant its owner runs is the new works, in its own town', () => {
  const x = run('Orla Cement AD runs a cement plant near Varna and is building a second, larger plant near Shumen for 300 million euros.');
  assert.deepEqual(x.projects.map((p) => p.type), ['manufacturing_plant'], names(x.projects).join('; '));
  assert.deepEqual(x.projects[0].places, ['Shumen']);
});

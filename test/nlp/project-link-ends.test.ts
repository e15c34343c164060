import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Water carried in bulk between places is named by its own words ("transmission main", "water transfer line"), and
// the facility a link starts from ("from the Dunmore dam") is a landmark of its route, as the one it runs to is.

test('a transmission main is a water supply project', () => {
  const x = run('The utility opened the Kessa–Orvo transmission main on Friday; the 30-km pipe cost $45 million.');
  assert.deepEqual(x.projects.map((p) => p.type), ['water_supply']);
});

test('a water transfer line from a dam: the dam is where it starts, not a project', () => {
  const x = run('Borova Hidro is also laying a 54-kilometre water transfer line from the Dunmore dam to Velmo for the regional water utility.');
  assert.deepEqual(x.projects.map((p) => p.type), ['water_supply'], names(x.projects).join('; '));
  assert.equal(x.projects[0].capacity[0]?.value, 54);
});

test('a dam built as works stays a project', () => {
  const x = run('Borova Hidro signed a $300 million contract to build the Dunmore dam on the Velmo river, with a 60 MW power house.');
  assert.ok(x.projects.length >= 1);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented stories told one sentence a paragraph: a stop said of "the plans" or "the project" right after the works were
// named, across the paragraph break; and plans named as a noun with a word before them.

const statusOf = (text: string, type: string) => {
  const x = run(text, '2026-05-04');
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.status;
};

test('a stop of the plans or the project in the next paragraph is the works\'', () => {
  assert.equal(statusOf('Velmora Energy proposed a 300 MW solar plant at Osk, Kenya, in 2023.\n\nThe plans were shelved last year.', 'solar_power_plant'), 'cancelled');
  assert.equal(statusOf('Velmora Energy proposed a 300 MW solar plant at Osk, Kenya, in 2023.\n\nThe company later shelved the project after lenders balked.', 'solar_power_plant'), 'cancelled');
  // (a stop of something else in the next paragraph leaves the works as they were)
  assert.equal(statusOf('Velmora Energy proposed a 300 MW solar plant at Osk, Kenya, in 2023.\n\nA strike at the port was called off on Monday.', 'solar_power_plant'), 'announced');
});

test("'its expansion plans were shelved', 'Velmora's plan was abandoned': the noun plan with a word before it", () => {
  assert.equal(statusOf('Velmora Energy planned a 300 MW solar plant at Osk, Kenya. Its expansion plans were shelved in March.', 'solar_power_plant'), 'cancelled');
  assert.equal(statusOf("Velmora Energy's plan was abandoned: the 300 MW solar plant at Osk, Kenya, lost its lender.", 'solar_power_plant'), 'cancelled');
  // ('plans to' after a noun is still the verb of a plan)
  assert.equal(statusOf('The Kenyan government plans to halt the 300 MW Osk solar plant of Velmora Energy.', 'solar_power_plant'), 'announced');
});

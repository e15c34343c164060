import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a body described by the project it exists for ("the project company") keeps that project in
// the sentence, so what the sentence says was signed is the project's status.

test("a power purchase agreement signed with 'the project company' makes the park agreed", () => {
  const x = run('The largest of the new projects is a 900 MW solar park at Kessary, near the border. In June, the Ministry of Energy signed a 25-year power purchase agreement with Kessary Solar Energy Company LLC, the project company formed by the winning bidders.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.status]), [['solar_power_plant', 'agreed']]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: the sentence after a project is named, in the same paragraph, goes on about it even without a
// facility word, and a firm status cue there is the project's status.

const statusOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects));
  return p.status;
};

test('units already feeding the grid, said in the next sentence, make the plant operating', () => {
  assert.equal(statusOf('The Tarvin solar plant is designed for 80 megawatts. Thirty of them have been sending power to the grid since May; the rest follow in the autumn.', 'solar_power_plant'), 'operating');
});

test('a unit dropped, in the next sentence, cancels what was proposed', () => {
  assert.equal(statusOf('Velmora Petroleum had proposed a hydrogen plant at Tarvin, using gas and carbon capture. The unit was dropped last year during a review of spending.', 'petrochemical_plant'), 'cancelled');
});

test('a sentence in the next paragraph about something else gives no status', () => {
  assert.equal(statusOf('The Tarvin solar plant is designed for 80 megawatts and has no buyer yet.\n\nElsewhere, Orvel Grid signed a contract for new meters.', 'solar_power_plant'), 'announced'); // no cue of its own: the no-cue status
});

test("'no operator, budget or route has been agreed' denies the agreement: the pipeline stays announced", () => {
  assert.equal(statusOf('The Trans-Kessary gas pipeline to Orvelia has been discussed for years and remains on the drawing board; no operator, budget or route has been agreed.', 'pipeline'), 'announced');
});

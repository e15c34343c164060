import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. A stop said with an adverb inside it ("is still on hold", "indefinitely postponed") is a stop:
// cancelled (spec STATUSES: cancelled, suspended, shelved).

const statusOf = (text: string) => run(text).projects.find((p) => p.type === 'solar_power_plant')?.status;

test("'is still on hold', 'is currently on hold' are stops", () => {
  assert.equal(statusOf('The 300 MW solar plant at Osk is still on hold, Velmora Power said.'), 'cancelled');
  assert.equal(statusOf('The 300 MW solar plant at Osk is currently on hold.'), 'cancelled');
});

test("'indefinitely postponed', 'indefinitely suspended' are stops", () => {
  assert.equal(statusOf('The 300 MW solar plant at Osk has been indefinitely postponed.'), 'cancelled');
  assert.equal(statusOf('The 300 MW solar plant at Osk was indefinitely suspended in May.'), 'cancelled');
});

test('counter-cases: a plan to go ahead, a hold that is denied, a postponement with a date', () => {
  assert.equal(statusOf('Velmora Power plans to proceed with the 300 MW solar plant at Osk.'), 'announced');
  assert.equal(statusOf('The 300 MW solar plant at Osk is not on hold, Velmora Power said, and remains planned.'), 'announced');
  assert.equal(statusOf('Velmora Power has postponed the 300 MW solar plant at Osk until 2030.'), 'announced');
});

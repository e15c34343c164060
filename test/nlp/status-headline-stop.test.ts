import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented articles. The headline states the news: a stop there ("Velmora Power shelves Osk solar plant") is where the
// works stand now, even when the body only tells their earlier story (a contract signed, works begun) and does not
// repeat the stop, as a stop told later in the body replaces what earlier sentences said.

const statusOf = (title: string, body: string) => run(body, '2026-01-10', title).projects.find((p) => p.type === 'solar_power_plant')?.status;

test('a headline stop replaces the agreement the body tells of', () => {
  assert.equal(statusOf('Velmora Power shelves Osk solar plant',
    'Velmora Power signed a contract in 2024 with Dorsk Builders for a 300 MW solar plant at Osk. Chief executive Jan Brill said costs had risen by a third since then.'), 'cancelled');
});

test('a headline stop replaces works under way in the body', () => {
  assert.equal(statusOf('Kestria halts Osk solar plant', 'Construction of a 300 MW solar plant at Osk has been under way since March, led by Dorsk Builders.'), 'cancelled');
});

test('counter-cases: a stop the body denies, a headline without a stop, a stop of other works in the headline', () => {
  assert.equal(statusOf('Osk solar plant halted?', 'Construction of the 300 MW solar plant at Osk has been under way since March, led by Dorsk Builders.'), 'construction');
  assert.equal(statusOf('Strike halts Osk solar plant', 'The 300 MW solar plant at Osk is not halted, Velmora Power said; construction continues under Dorsk Builders.'), 'construction');
  assert.equal(statusOf('Velmora Power reports profit', 'Velmora Power signed a contract in 2024 with Dorsk Builders for a 300 MW solar plant at Osk.'), 'agreed');
  assert.equal(statusOf('Kestria scraps Tarvin port plan; Osk solar plant goes ahead', 'Velmora Power signed a contract in 2024 with Dorsk Builders for a 300 MW solar plant at Osk. The government has dropped plans for a port at Tarvin.'), 'agreed');
});

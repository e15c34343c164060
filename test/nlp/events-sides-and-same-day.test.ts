// What the sides of a reported meeting discussed, and events dated "later in the day".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const TEXT = [
  'TARVIN, May 14 — President Ivan Dobrev received Wang Dongming, chairman of Zhongyuan Energy Group, on Thursday.',
  '',
  'The two sides discussed a 500 MW solar plant in the Lovech region.',
  '',
  'Later in the day, Dobrev held a phone call with Prime Minister Anton Kiss of Velmora.',
].join('\n');

test('"The two sides discussed a solar plant": the plant is a project of the meeting just reported', () => {
  const x = run(TEXT, '2026-05-15');
  const first = x.events.find((e) => e.type === 'meeting' && e.participants.includes('Wang Dongming'));
  assert.ok(first, JSON.stringify(x.events));
  assert.deepEqual(first.projects, [x.projects[0].name], JSON.stringify(x.events));
});

test('"Later in the day" dates an event in another paragraph by the last day the text gave', () => {
  const x = run(TEXT, '2026-05-15');
  const call = x.events.find((e) => e.type === 'meeting' && e.participants.includes('Anton Kiss'));
  assert.equal(call?.date, '2026-05-14', JSON.stringify(x.events));
});

test('a sentence that names no sides adds nothing to the meeting before it', () => {
  const x = run(TEXT.replace('The two sides discussed', 'Analysts have long discussed'), '2026-05-15');
  const first = x.events.find((e) => e.type === 'meeting' && e.participants.includes('Wang Dongming'));
  assert.deepEqual(first?.projects, [], JSON.stringify(x.events));
});

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

test('an event named again with "the" gives its day to a sentence with no date of its own, in any paragraph', () => {
  const text = 'TUNIS — The Tunisian Electricity Company (TEC) on Tuesday signed a power purchase agreement with Helios Iberica S.L. for a solar plant near Gafsa.\n\n'
    + 'The plant will cost 150 million euros.\n\n'
    + 'The agreement was signed by TEC chief executive Hichem Ben Amor and by Lucía Ferrer Soto, managing director of Helios Iberica.\n\n'
    + 'Before the ceremony, Ben Amor met Anjali Deshmukh, managing director of Kisan Power.';
  const x = run(text, '2025-05-14');
  assert.deepEqual(x.events.filter((e) => e.type === 'meeting').map((e) => [e.participants, e.date]), [[['Hichem Ben Amor', 'Anjali Deshmukh'], '2025-05-13']]);
  assert.ok(x.events.filter((e) => e.type === 'agreement').every((e) => e.date === '2025-05-13'), JSON.stringify(x.events));
  // (a sentence with a date of its own, even a month, keeps it: "the agreement signed in January" is no reference to that day)
  const y = run(text.replace('Before the ceremony, Ben Amor met', 'In January, after the ceremony for the old plant, Ben Amor met'), '2025-05-14');
  assert.deepEqual(y.events.filter((e) => e.type === 'meeting').map((e) => e.date), [null]);
});

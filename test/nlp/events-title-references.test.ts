// A definite title standing for the one person the text gave it ("met the governor"), and cue words in another sense.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('"had met the governor" is a meeting with the governor the text named before', () => {
  const x = run([
    'Governor Ivan Dobrev told the regional assembly that the bypass road would be finished by June.',
    '',
    'The Orvena Fund\'s country director, Ana Petrova, had met the governor at the assembly building on Monday to go over the timetable.',
  ].join('\n'));
  const m = x.events.find((e) => e.type === 'meeting');
  assert.ok(m, JSON.stringify(x.events));
  assert.deepEqual([...m.participants].sort(), ['Ana Petrova', 'Ivan Dobrev']);
});

test('"the prime minister" stands for the named prime minister; a title two people hold stands for no one', () => {
  const one = run('Prime Minister Stefan Marinov toured the fair in Plovdiv.\n\nLater, Boris Kanev, head of Tarvel Rail, met the prime minister on Tuesday to discuss a rolling-stock plant.');
  const m = one.events.find((e) => e.type === 'meeting');
  assert.ok(m && m.participants.includes('Stefan Marinov') && m.participants.includes('Boris Kanev'), JSON.stringify(one.events));
  const single = run('Minister Elena Vasileva spoke at the forum in Ruse.\n\nLater, Boris Kanev met the minister on Tuesday.');
  assert.ok(single.events.some((e) => e.type === 'meeting' && e.participants.includes('Elena Vasileva')), JSON.stringify(single.events));
  const two = run('Minister Elena Vasileva and Minister Georgi Todorov spoke at the forum in Ruse.\n\nLater, Boris Kanev met the minister on Tuesday.');
  for (const e of two.events) assert.ok(!(e.type === 'meeting' && e.participants.length > 1), JSON.stringify(two.events));
});

test('"opened with" a project is where a speech began, not a launch; "opened" a plant still is', () => {
  const speech = run('Governor Ivan Dobrev opened with the water plant most residents had come to ask about, saying works were on schedule.');
  assert.ok(!speech.events.some((e) => e.type === 'launch'), JSON.stringify(speech.events));
  const launch = run('Governor Ivan Dobrev opened the 20 MW solar plant near Lovech on Friday.');
  assert.ok(launch.events.some((e) => e.type === 'launch'), JSON.stringify(launch.events));
});

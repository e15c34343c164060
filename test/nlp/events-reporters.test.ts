// The one who reports an event ("..., his press secretary X said") takes no part in it; a party who speaks still does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('"X will pay a state visit to Y, his press secretary Z said": Z is no visitor', () => {
  const x = run('President Ivan Dobrev will pay a state visit to Velmora next week, his press secretary Boris Kanev said on Monday.');
  const visit = x.events.find((e) => e.type === 'visit');
  assert.deepEqual(visit?.participants, ['Ivan Dobrev'], JSON.stringify(x.events));
});

test('a party to the meeting who reports it, or who reports before its cue, stays a participant', () => {
  for (const text of ['Ivan Dobrev met Ana Petrova on Monday, Petrova said.', 'Ivan Dobrev said he met Ana Petrova on Monday.']) {
    const m = run(text).events.find((e) => e.type === 'meeting');
    assert.deepEqual([...(m?.participants ?? [])].sort(), ['Ana Petrova', 'Ivan Dobrev'], text);
  }
});

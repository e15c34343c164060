import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: "after the ceremony", "on the sidelines of the signing" name an event the article has already
// reported; they make no new event of their own, while the sentence's own cues still do.

const events = (text: string) => run(text, '2026-05-20').events;

test("'Speaking after the ceremony, X said' is no launch", () => {
  const e = events('Harbour Board and Dunvale Shipping signed a concession for a container terminal at Kessary on Monday. Speaking after the ceremony, Transport Minister Ilya Sorok said the terminal would open in 2029.');
  assert.deepEqual(e.map((x) => x.type), ['agreement'], JSON.stringify(e));
});

test("'On the sidelines of the signing, X met Y and Z' is a meeting, not another agreement", () => {
  const e = events('Harbour Board and Dunvale Shipping signed a concession for a container terminal at Kessary on Monday. On the sidelines of the signing, Transport Minister Ilya Sorok also met Anna Novak, chief executive of Orvel Dredging.');
  assert.deepEqual(e.map((x) => x.type).sort(), ['agreement', 'meeting'], JSON.stringify(e));
  const meeting = e.find((x) => x.type === 'meeting')!;
  assert.deepEqual([...meeting.participants].sort(), ['Anna Novak', 'Ilya Sorok']);
});

test('the first mention of an event, and attendance of one named in passing, still count', () => {
  // (nothing reported before: "after the signing" opens the story and is its agreement)
  const first = events('After the signing of the concession in Kessary on Monday, Dunvale Shipping said work would start in June.');
  assert.deepEqual(first.map((x) => x.type), ['agreement'], JSON.stringify(first));
  // ("sat in on the meeting": the attendee joins the meeting reported before)
  const sat = events('On Tuesday Minister Aidan Corr received Peter Lindqvist, President of Orvel Rail. Deputy Minister Oren Vale sat in on the meeting.');
  const m = sat.filter((x) => x.type === 'meeting');
  assert.equal(m.length, 1, JSON.stringify(sat));
  assert.ok(m[0].participants.includes('Oren Vale'), JSON.stringify(m));
});

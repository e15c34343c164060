import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// 'Hon.' (the Honourable), as parliaments and ministries of the Commonwealth write it before a member's or a
// minister's name: the name after it is a person, even when its first word is also a town.

test("'Hon. Kasama Tembo' is a person, and 'Hon. Tembo' the same one", () => {
  const x = run('Minister of Mines Hon. Kasama Tembo on Monday received Ilse Vantorre, chief executive of Castell Copper. Later, Hon. Tembo met Rune Halvorsen, chairman of Nordkyst Ports.', '2026-03-10');
  const people = names(x.people);
  assert.ok(people.includes('Kasama Tembo'), people.join(' | '));
  assert.ok(!people.includes('Hon'), people.join(' | '));
  const meetings = x.events.filter((e) => e.type === 'meeting');
  assert.equal(meetings.length, 2, JSON.stringify(meetings));
  assert.ok(meetings.every((m) => m.participants.includes('Kasama Tembo')), JSON.stringify(meetings));
});

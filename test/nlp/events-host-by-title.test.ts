import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented readout: the host is named once, then only by title ("the head of state", "the premier"),
// so no one is counted in two meetings; each later one-name meeting is still a meeting with the host.

const meetings = (text: string) => run(text, '2026-03-10').events.filter((e) => e.type === 'meeting');

const READOUT = [
  'Prime Minister Tavita Lemalu today received executives of three foreign companies.',
  'At the meeting with Rune Halvorsen, chief executive of Nordkyst Ports, the sides discussed a new container berth.',
  'The premier also met Anjali Desai, managing director of Sundari Cement.',
  'Later the head of government held talks with the vice-president of the Coral Sea Bank, Marek Wolny.',
].join('\n\n');

test('one-name meetings after a host named once are held with that host, on the lead day', () => {
  const m = meetings(READOUT);
  assert.equal(m.length, 3, JSON.stringify(m));
  for (const [i, guest] of ['Rune Halvorsen', 'Anjali Desai', 'Marek Wolny'].entries()) {
    assert.deepEqual(m[i].participants, ['Tavita Lemalu', guest], JSON.stringify(m[i]));
    assert.equal(m[i].date, '2026-03-10', JSON.stringify(m[i]));
  }
});

test('a lone one-name meeting with no lead is still not a meeting', () => {
  const m = meetings('Rune Halvorsen, chief executive of Nordkyst Ports, held talks in the capital on Monday.');
  assert.equal(m.length, 0, JSON.stringify(m));
});

test("'meet' in the sense of satisfy is no meeting ('would meet the region's freight needs')", () => {
  const m = meetings("Transport Minister Ilse Vantorre told Gideon Marsh, director of Castell Freight, that the new line would meet the region's growing freight needs.");
  assert.equal(m.length, 0, JSON.stringify(m));
});

test("a meeting on a topic named like a need stays a meeting ('a meeting on power demand')", () => {
  const m = meetings('Energy Minister Ilse Vantorre held a meeting on power demand with Gideon Marsh, director of Castell Grid, on Monday.');
  assert.equal(m.length, 1, JSON.stringify(m));
});

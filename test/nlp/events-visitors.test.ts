import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented readout: a host sees several visitors in turn; readouts name each one as a delegation or a visitor who
// briefed the host, with no 'met' in the sentence.

const meetings = (text: string) => run(text, '2026-05-20').events.filter((e) => e.type === 'meeting');

test("'the first delegation was led by X' and 'the next visitor, Y, briefed the minister' are meetings with the host", () => {
  const m = meetings([
    'Transport Minister Ilse Vantorre received the heads of two companies on Tuesday.',
    'The first delegation was led by Rune Halvorsen, chairman of Nordkyst Ports, who presented a plan for a new berth.',
    'The next visitor, Anjali Desai, managing director of Sundari Cement, briefed the minister on a kiln line.',
  ].join('\n\n'));
  const guests = m.map((e) => e.participants.filter((p) => p !== 'Ilse Vantorre')).flat();
  assert.ok(guests.includes('Rune Halvorsen') && guests.includes('Anjali Desai'), JSON.stringify(m));
  assert.ok(m.every((e) => e.participants.includes('Ilse Vantorre')), JSON.stringify(m));
});

test('"paid a courtesy call on" is a meeting; "welcomed the decision" of someone named in the sentence is none', () => {
  const x = run('Dai Renshu, chairman of Tarvin Power Group, paid a courtesy call on Prime Minister Aibek Toktogulov on Tuesday.', '2025-03-06');
  const m = x.events.filter((e) => e.type === 'meeting');
  assert.equal(m.length, 1, JSON.stringify(x.events));
  assert.deepEqual([...m[0].participants].sort(), ['Aibek Toktogulov', 'Dai Renshu']);
  assert.equal(m[0].date, '2025-03-04');
  const y = run("Minister Aibek Toktogulov welcomed the decision by Dai Renshu's company to build the plant.", '2025-03-06');
  assert.deepEqual(y.events.filter((e) => e.type === 'meeting'), []);
});

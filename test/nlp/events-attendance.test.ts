import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: who else attended a meeting already reported is part of that meeting, not a meeting of their own.

const meetings = (text: string) => run(text, '2025-04-17').events.filter((e) => e.type === 'meeting');

test("'the meeting was attended by' adds people to the meeting just reported", () => {
  const m = meetings('On 16 April Minister Aidan Corr received a delegation led by Peter Lindqvist, President of Orvel Rail. The meeting was attended by the Ambassador of Velmora, Tomas Brenn, and by the rail company director, Ilya Sorok.');
  assert.equal(m.length, 1, JSON.stringify(m));
  assert.ok(m[0].participants.includes('Peter Lindqvist') && m[0].participants.includes('Ilya Sorok'), JSON.stringify(m));
});

test("'X also took part in the meeting' joins the meeting just reported", () => {
  const m = meetings('On Friday, Minister Aidan Corr received Peter Lindqvist, chief executive of Orvel Signalling.\n\nToday, Minister Aidan Corr met a delegation of Kessary Bank headed by its deputy chief executive Anna Novak. The two sides discussed financing for a bridge. Deputy Minister Oren Vale also took part in the meeting.');
  assert.equal(m.length, 2, JSON.stringify(m));
  assert.ok(m[1].participants.includes('Anna Novak') && m[1].participants.includes('Oren Vale'), JSON.stringify(m));
});

test('two meetings with different people on different days stay two', () => {
  const m = meetings('On 15 April Minister Aidan Corr met Peter Lindqvist, President of Orvel Rail.\n\nOn 17 April Minister Aidan Corr held talks with Anna Novak, chief executive of Kessary Bank.');
  assert.equal(m.length, 2, JSON.stringify(m));
});

test("'who attended both meetings' adds the person to the last two meetings, not a meeting of their own", () => {
  const text = 'On Monday the Minister of Water, Ilir Basha, received a delegation of the Alder Bank headed by Marta Vuković.\n\n'
    + 'On Tuesday, Minister Basha met Jonas Feldt, managing director of Klarsee Solar AG, who presented a floating solar plan.\n\n'
    + 'Deputy Minister Lule Gashi, who attended both meetings, recalled the sector strategy.';
  const m = meetings(text);
  assert.deepEqual(m.map((e) => e.participants), [['Ilir Basha', 'Marta Vuković', 'Lule Gashi'], ['Ilir Basha', 'Jonas Feldt', 'Lule Gashi']]);
  // ("both" with no event of that kind reported before is no reference back)
  const n = meetings('On Monday Deputy Minister Lule Gashi attended both meetings with Jonas Feldt, chairman of Klarsee Solar AG.');
  assert.deepEqual(n.map((e) => e.participants), [['Lule Gashi', 'Jonas Feldt']]);
});

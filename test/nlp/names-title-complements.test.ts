import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('a title with its complement, a comma and then the name: the name is one person, even with a town for a surname', () => {
  const x = run("Ardlow Agua's managing director for the Middle East, Ana Ruiz Cuenca, said the consortium would bid. Ruiz said two banks were mandated.");
  assert.deepEqual(names(x.people), ['Ana Ruiz Cuenca']);
  assert.deepEqual(names(x.places), ['Middle East']);
  const role = x.people[0].roles[0];
  assert.equal(role?.title, 'managing director for the Middle East');
  // (a list of places after a complement stays places)
  const y = run('She is head of sales for Africa, Kenya and Ghana, the company said.');
  assert.deepEqual(names(y.people), []);
  assert.deepEqual(names(y.places).sort(), ['Africa', 'Ghana', 'Kenya']);
});

test('"vice-president for operations, NAME, on Tuesday": the person and the meeting', () => {
  const x = run("Minister of Transport Dalia Okonjo met the Kessary Development Bank's vice-president for operations, Idris Kanté Obiang, on Tuesday to agree the disbursement schedule.");
  assert.deepEqual(names(x.people).sort(), ['Dalia Okonjo', 'Idris Kanté Obiang']);
  const meeting = x.events.find((e) => e.type === 'meeting');
  assert.ok(meeting, JSON.stringify(x.events));
  assert.deepEqual([...meeting.participants].sort(), ['Dalia Okonjo', 'Idris Kanté Obiang']);
});


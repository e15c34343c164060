import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// A meeting where only one side is a named person and the other a named body ("the minister met executives
// of X on Monday") is a meeting when the article gives its day; undated talks are background, and a body the
// person works for is not the other side.

const meetings = (text: string) => run(text, '2025-03-12').events.filter((e) => e.type === 'meeting');

const dated: [string, string, string][] = [
  ['Energy Minister Daniyar Sadykov met executives of Dunvale Group on Monday to discuss the plant.', 'Daniyar Sadykov', 'Dunvale Group'],
  ['On Tuesday Deputy Minister Sara Okafor held talks with a delegation of Harwick Energy on the wind farm.', 'Sara Okafor', 'Harwick Energy'],
  ['The governor of Kostanay Region, Berik Amanov, received representatives of Orwen Cement on Wednesday.', 'Berik Amanov', 'Orwen Cement'],
];

for (const [text, person, body] of dated) {
  test(`a dated meeting of ${person} with ${body} is kept`, () => {
    const m = meetings(text);
    assert.equal(m.length, 1, JSON.stringify(m));
    assert.deepEqual(m[0].participants, [person]);
    assert.ok(m[0].organizations?.includes(body), JSON.stringify(m[0]));
    assert.ok(m[0].date, 'the day is given');
  });
}

test('undated talks with one body are background, not a meeting', () => {
  assert.deepEqual(meetings('Finance Minister Lena Brandt has held several rounds of talks with Harwick Bank about the loan.'), []);
  assert.deepEqual(meetings('Over the years Deputy Minister Sara Okafor has met Orwen Cement many times.'), []);
});

test('a person meeting others on behalf of his own company has no named other side', () => {
  assert.deepEqual(meetings('Dunvale Group chief executive Tom Ardley met reporters in Almaty on Monday.'), []);
  assert.deepEqual(meetings('Tom Ardley, the chairman of Orwen Cement, held talks with journalists on Tuesday.'), []);
});

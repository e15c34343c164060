import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a bare plant word told by what it will make, in forms the making clause did not read: a describing
// word between the article and the head ("a new plant to make cement", "another plant that will make tyres"), a
// participle right after the head ("a plant producing glass bottles"), and vehicles after "a plant for" ("a plant for
// electric buses": the plant makes them; they are no fleet bought).

const kinds = (text: string) => run(text).projects.map((p) => p.type);

test("'a new plant to make cement' is a factory", () => {
  assert.deepEqual(kinds('Dorran Holdings said on Monday it will build a new plant to make cement in Osk, Valdoria, at a cost of $120 million.'), ['manufacturing_plant']);
});

test("'a plant producing glass bottles' is a factory", () => {
  assert.deepEqual(kinds('Dorran Holdings said on Monday it will build a plant producing glass bottles in Osk, Valdoria, at a cost of $120 million.'), ['manufacturing_plant']);
});

test("'another plant that will make tyres' after a tyre factory in another province is a second factory", () => {
  const x = run('Merrit Tyre runs a $400 million tyre factory in Dessa province, Valdoria. In June it said it will build another plant that will make tyres in Korvan province, at a cost of $250 million.');
  assert.equal(x.projects.filter((p) => p.type === 'manufacturing_plant').length, 2);
});

test("'a plant for electric buses' is a factory, not a fleet of buses", () => {
  assert.deepEqual(kinds('Dorran Motors said on Monday it will build a plant for electric buses in Osk, Valdoria, at a cost of $120 million.'), ['manufacturing_plant']);
});

test('counter-case: an order for 40 electric buses stays a fleet', () => {
  assert.deepEqual(kinds('Osk city council signed a contract with Dorran Motors for 40 electric buses worth $30 million.'), ['rolling_stock']);
});

test("counter-case: 'a plant for the company' names no product: no project from the clause", () => {
  assert.deepEqual(kinds('The governor said a plant for the company was not on the table this year.'), []);
});

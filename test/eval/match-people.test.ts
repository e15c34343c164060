import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchPeople, samePerson, samePersonScore, subsetFamilyMatch } from '../../src/eval/match-people.js';
import { person } from './helpers.js';

test('equal normalised names match', () => {
  assert.ok(samePerson(person('Milan Jović'), person('MILAN JOVIC')));
  assert.ok(samePerson(person('Mr. Milan Jovic'), person('Milan Jovic')));
});

test('surname-only form matches the full name (family name last)', () => {
  assert.ok(samePerson(person('Beketov'), person('Arman-Serik Beketov')));
  assert.ok(samePerson(person('Arman-Serik Beketov'), person('Beketov')));
});

test('family name first (Chinese order): "Wang" ~ "Wang Lifeng"', () => {
  assert.ok(samePerson(person('Wang'), person('Wang Lifeng')));
  assert.ok(subsetFamilyMatch('wang', 'wang lifeng'));
});

test('a middle token alone is not the family name', () => {
  assert.equal(samePerson(person('Serik'), person('Arman Serik Beketov')), false);
  assert.equal(subsetFamilyMatch('serik', 'arman serik beketov'), false);
});

test('tokens must be a subset', () => {
  assert.equal(samePerson(person('Daniyar Beketov'), person('Arman Beketov')), false);
  assert.equal(samePerson(person('Lifeng Wu'), person('Wang Lifeng')), false);
});

test('gold aliases are used: predicted short form equals a gold alias', () => {
  assert.equal(samePersonScore(person('Wang'), person('Wang Lifeng', ['Wang'])), 2);
  assert.equal(samePersonScore(person('Nurbek'), person('Arman Nurbekov', ['Nurbek'])), 2);
  assert.equal(samePersonScore(person('Wang Lifeng'), person('Wang Lifeng')), 3);
});

test('two different people with the same surname do not match each other, even through an alias', () => {
  assert.equal(samePerson(person('Daniyar Beketov'), person('Arman Beketov', ['Beketov'])), false);
});

test('two gold people sharing a surname: the bare surname goes to the one with that alias, the other is missed', () => {
  const gold = [person('Arman Beketov'), person('Daniyar Beketov', ['Beketov'])];
  const s = matchPeople([person('Beketov')], gold);
  assert.equal(s.tp, 1);
  assert.deepEqual(s.matched.map((m) => m.gold), ['Daniyar Beketov']);
  assert.deepEqual(s.missed, ['Arman Beketov']);
});

test('both Beketovs predicted in full: both hit', () => {
  const gold = [person('Arman Beketov'), person('Daniyar Beketov', ['Beketov'])];
  const s = matchPeople([person('Daniyar Beketov'), person('Arman Beketov')], gold);
  assert.equal(s.tp, 2);
  assert.equal(s.fp, 0);
  assert.equal(s.fn, 0);
});

test('one-to-one: a duplicate prediction is a false positive', () => {
  const s = matchPeople([person('Wang'), person('Wang Lifeng')], [person('Wang Lifeng', ['Wang'])]);
  assert.equal(s.tp, 1);
  assert.equal(s.fp, 1);
  assert.deepEqual(s.matched.map((m) => m.pred), ['Wang Lifeng']);
  assert.deepEqual(s.falsePositives, ['Wang']);
});

test('one-to-one greedy: exact pairs are taken before subset pairs', () => {
  // "Wang" subset-matches both gold Wangs; "Wang Lifeng" exact-matches the first one
  const gold = [person('Wang Lifeng'), person('Wang Chao', ['Wang'])];
  const s = matchPeople([person('Wang Lifeng'), person('Wang')], gold);
  assert.equal(s.tp, 2);
  assert.deepEqual(s.matched.map((m) => [m.pred, m.gold]), [['Wang Lifeng', 'Wang Lifeng'], ['Wang', 'Wang Chao']]);
});

test('misses and false positives are reported by name', () => {
  const s = matchPeople([person('Lena Voss')], [person('Omar Tall')]);
  assert.deepEqual(s.missed, ['Omar Tall']);
  assert.deepEqual(s.falsePositives, ['Lena Voss']);
  assert.equal(s.f1, 0);
});

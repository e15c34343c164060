import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Invented people whose given names the lexicon does not know: a title in the predicate makes them people.

test("'X is chief executive of ...' and 'X was the bank's president' name people", () => {
  const x = run("Orlen Baktiyar is chief executive of Tengri Copper, which runs a smelter. Ilvana Serko was the bank's president until May.");
  const people = names(x.people);
  assert.ok(people.includes('Orlen Baktiyar') && people.includes('Ilvana Serko'), people.join(' | '));
});

test("a body that is 'the owner' or 'a partner' stays no person", () => {
  const x = run('Kelvar Orka is the owner of the plant, and Nordvik Turbin is a partner in it.');
  const people = names(x.people);
  assert.ok(!people.includes('Kelvar Orka') && !people.includes('Nordvik Turbin'), people.join(' | '));
});

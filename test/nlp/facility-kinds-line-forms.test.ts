import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: power lines named by forms the lexicon lacked: the voltage spelled out ("a 500-kilovolt line"),
// "an electricity line" (read as a power plant before), an HVDC cable, a double circuit line without its hyphen.

const kinds = (text: string) => run(text).projects.map((p) => p.type);

test("'a 400-kilovolt line from Osk to Dara' is a power line", () => {
  assert.deepEqual(kinds('Dunvale Grid signed a $90 million contract on Monday with Brenmoor Engineering for a 400-kilovolt line from Orsk to Dessa, in Valdoria.'), ['transmission_line']);
});

test("'an electricity line' is a power line, not a power plant", () => {
  assert.deepEqual(kinds('Dunvale Grid will build an electricity line from Orsk to Dessa, in Valdoria, at a cost of $40 million.'), ['transmission_line']);
});

test("'an HVDC cable', 'a 220-kV double circuit line' are power lines", () => {
  assert.deepEqual(kinds('Dunvale Grid will lay an HVDC cable from Orsk to the island of Vell, in Valdoria, at a cost of $400 million.'), ['transmission_line']);
  assert.deepEqual(kinds('Brenmoor Engineering will build a 220-kV double circuit line from Orsk to Dessa, in Valdoria, for $35 million.'), ['transmission_line']);
});

test('counter-case: a grid connection of a solar park by a new line built by the utility keeps the line its own project', () => {
  const x = run('Valdor Power signed a power purchase agreement with Sunmere for a 90 MW solar park at Orsk. The utility said the grid connection will be a new 132 kV line to Dessa, to be built by Valdor Power.');
  assert.ok(x.projects.some((p) => p.type === 'solar_power_plant'));
});

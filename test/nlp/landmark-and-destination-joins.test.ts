import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: (1) a landmark named by two facility words ("alongside the Orsk bypass road"): only the first word
// was taken for the landmark, and the second made a road project that took the line's cost, so the line was lost;
// (2) two linear works coordinated in one sentence ("a 110 kV line from A to B and a 30 km road from B to C"): the second
// was read as the first one's destination, so it was lost.

const kinds = (text: string) => run(text).projects.map((p) => p.type);

test("'built alongside the Orsk bypass road': the road is a landmark, the line is the works", () => {
  assert.deepEqual(kinds('The new power line to Dessa will be built by Dunvale Grid alongside the Orsk bypass road in Valdoria, at a cost of $40 million.'), ['transmission_line']);
});

test("'a 110 kV line from A to B and a 30 km road from B to C' are two works", () => {
  assert.deepEqual(kinds('Brenmoor Engineering won a contract to build a 110 kV line from Orsk to Dessa and a 30 km road from Dessa to Vell, in Valdoria.').sort(), ['road', 'transmission_line']);
  assert.deepEqual(kinds('Brenmoor Engineering won a contract to build a 30 km road from Dessa to Vell and a 110 kV line from Orsk to Dessa, in Valdoria.').sort(), ['road', 'transmission_line']);
});

test('counter-case: a rail spur to the port and logistics centre keeps the centre a destination', () => {
  assert.deepEqual(kinds('Valdor Rail will build a 12 km rail spur to the Dessa container terminal, at a cost of $30 million.'), ['railway']);
});

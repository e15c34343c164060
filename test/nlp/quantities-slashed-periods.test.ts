import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './helpers.js';

// Invented figures. A period written after a slash ("m3/day", "t/year", "m3/d") is part of the figure: a daily volume
// keeps its period in the unit (m3/d), and the figure's text covers the period, so it is not read as part of the words
// after it ("the 40,000 m3/day seawater desalination plant" is not a "day seawater desalination plant").

const q = (text: string) => docOf(text).quantities.map((x) => `${x.value} ${x.unit} [${x.text}]`);

test("'40,000 m3/day' and '40,000 m3/d' are daily volumes", () => {
  assert.deepEqual(q('The plant will treat 40,000 m3/day of water.'), ['40000 m3/d [40,000 m3/day]']);
  assert.deepEqual(q('The plant will treat 40,000 m3/d of water.'), ['40000 m3/d [40,000 m3/d]']);
});

test("'5 Mt/year' keeps its period in the figure's text", () => {
  assert.deepEqual(q('The 5 Mt/year cement plant will open in Osk.'), ['5000000 t [5 Mt/year]']);
});

test("counter-case: 'a day' after a count of trains stays a service frequency", () => {
  assert.deepEqual(q('Eight trains run a day.').filter((x) => x.includes('/d')), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, run } from './helpers.js';

// Invented figures. Oil throughput is written in barrels with a daily period in many ways: "barrels/day", "barrels a
// day", "barrels of crude a day", "barrels-per-day", "bbl per day". All are bbl/d (spec CAPACITY UNITS). Barrels with
// no daily period (a tank's volume, reserves, a cargo) are no throughput and give no figure.

const q = (text: string) => docOf(text).quantities.map((x) => `${x.value} ${x.unit}`);

test("'barrels/day' and 'barrels-per-day' are bbl/d", () => {
  assert.deepEqual(q('The Kestrel refinery will run 120,000 barrels/day.'), ['120000 bbl/d']);
  assert.deepEqual(q('A 90,000 barrels-per-day refinery is planned at Osk.'), ['90000 bbl/d']);
});

test("'barrels of crude a day' and 'bbl per day' are bbl/d", () => {
  assert.deepEqual(q('The Tallis refinery processes 80,000 barrels of crude a day.'), ['80000 bbl/d']);
  assert.deepEqual(q('The Marrow field will reach 30,000 bbl per day.'), ['30000 bbl/d']);
  assert.deepEqual(q('Output is 1.2 million barrels of oil per day.'), ['1200000 bbl/d']);
});

test('a refinery sized in barrels/day takes that capacity', () => {
  const x = run('Orvana Petroleum will build a 150,000 barrels/day refinery in Dunmore, Velmora.');
  const p = x.projects.find((p) => p.type === 'refinery');
  assert.deepEqual(p?.capacity.map((c) => `${c.value} ${c.unit}`), ['150000 bbl/d']);
});

test("counter-cases: 'barrels a day' and 'bpd' keep working; barrels with no period give no figure", () => {
  assert.deepEqual(q('The field pumps 45,000 barrels a day.'), ['45000 bbl/d']);
  assert.deepEqual(q('The field pumps 45,000 bpd.'), ['45000 bbl/d']);
  assert.deepEqual(q('The terminal stores 2 million barrels of crude.'), []);
  assert.deepEqual(q('The tanker loaded 600,000 barrels.'), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. A long sentence may report two projects in clauses split by a semicolon; a figure belongs to
// the works named in its own clause, even when a facility of the next clause stands nearer to it in words.
const figures = (text: string) => run(text).projects.map((p) => `${p.capacity.map((c) => c.text).join('+')}:${p.amount ? `${p.amount.value} ${p.amount.currency}` : '-'}`).sort();

test('a sum at the end of a clause goes to the works of its clause, not to those after the semicolon', () => {
  assert.deepEqual(figures("Tonga's power utility on Thursday signed a 20-year agreement to buy the output of a 9 MW solar farm with a 18 MWh battery at Fua'amotu, next to the airport, from Coral Light Energy Ltd of Auckland, which will build and run it for about $52 million; across the sea, Tuvalu's utility put out to tender on Monday a 2 MW solar and storage plant for Funafuti, funded by donors."),
    ['2 MW:-', '9 MW+18 MWh:52000000 USD']);
  assert.deepEqual(figures('Ostrava Sun signed a deal with the grid company for a 25 MW solar park at Kladno, which Ostrava Sun will build for about CZK 600 million; further north, the road agency opened a 12-km bypass road at Most built by Silnice Group.'),
    ['12-km:-', '25 MW:600000000 CZK']);
});

test('a sum in the clause after the semicolon goes to the works named there', () => {
  assert.deepEqual(figures('Harlan Wind will build a 50 MW wind farm at Kavarna, near the coast; the 30 MW solar plant planned by Dobro Energy at Balchik, a few kilometres away, will cost €25 million.'),
    ['30 MW:25000000 EUR', '50 MW:-']);
});

test('without a semicolon the nearest mention still takes the figure (counter-case)', () => {
  assert.deepEqual(figures('Harlan Wind will build a 50 MW wind farm at Kavarna for €60 million, and Dobro Energy a 30 MW solar plant at Balchik.'),
    ['30 MW:-', '50 MW:60000000 EUR']);
});

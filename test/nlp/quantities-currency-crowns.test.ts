import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './helpers.js';

// "crowns" is the English word for several currencies (koruna, krona, krone): the nearest demonym or country picks one,
// the koruna with no cue; "korun" and the sign "Kč" are the koruna's own.
const codes = (text: string) => docOf(text).money.map((m) => [m.value, m.currency]);

test('crowns follow the country of the figure, CZK with no cue', () => {
  assert.deepEqual(codes('The Brno bypass will cost 2.1 billion Czech crowns.'), [[2.1e9, 'CZK']]);
  assert.deepEqual(codes('The wind farm near Uppsala in Sweden will cost 900 million crowns.'), [[900e6, 'SEK']]);
  assert.deepEqual(codes('The depot will cost 350 million crowns.'), [[350e6, 'CZK']]);
});

test('korun and the Kč sign are the koruna', () => {
  assert.deepEqual(codes('The tram line will cost 4.5 billion korun.'), [[4.5e9, 'CZK']]);
  assert.deepEqual(codes('The tram line will cost Kč 4.5 billion.'), [[4.5e9, 'CZK']]);
});

// Counter-case: a crown that is no money stays none.
test('a crown with no figure is no money', () => {
  assert.deepEqual(codes('The Crown Estate leased the seabed for the wind farm.'), []);
});

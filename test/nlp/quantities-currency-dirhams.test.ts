import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './helpers.js';

// Invented sentences. "Dirhams" is the currency of both the United Arab Emirates and Morocco: the nearest country or
// demonym picks one, the UAE dirham with no cue.
const codes = (text: string) => docOf(text).money.map((m) => [m.value, m.currency]);

test('dirhams in a Moroccan story are Moroccan dirhams', () => {
  assert.deepEqual(codes('Atlas Vents SA will build a wind farm near Tiznit, Morocco, for 1.2 billion dirhams.'), [[1.2e9, 'MAD']]);
  assert.deepEqual(codes('The Moroccan utility will spend 800 million dirhams on the Oued Lekh dam.'), [[800e6, 'MAD']]);
});

test('dirhams with an Emirati cue or none stay the UAE dirham', () => {
  assert.deepEqual(codes('The United Arab Emirates will spend 500 million dirhams on the Hattar desalination plant.'), [[500e6, 'AED']]);
  assert.deepEqual(codes('The depot will cost 350 million dirhams.'), [[350e6, 'AED']]);
  assert.deepEqual(codes('The Emirati developer put 90 million dirham into the Saqr marina.'), [[90e6, 'AED']]);
});

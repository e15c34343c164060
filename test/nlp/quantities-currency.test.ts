import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './helpers.js';

// A symbol or word several countries use takes its currency from the article around it.
const codes = (text: string) => docOf(text).money.map((m) => [m.value, m.currency]);

test('the yen sign is JPY beside a Japanese lender and CNY beside a Chinese one, CNY with no cue', () => {
  assert.deepEqual(codes('The Japanese agency will lend ¥40 billion for the new berths.'), [[40e9, 'JPY']]);
  assert.deepEqual(codes('A yen loan of ¥12 billion covers the second phase.'), [[12e9, 'JPY']]);
  assert.deepEqual(codes('A Chinese policy bank will lend ¥3 billion for the smelter.'), [[3e9, 'CNY']]);
  assert.deepEqual(codes('The contract is worth ¥900 million.'), [[900e6, 'CNY']]);
});

test('the cue may sit in another sentence; the nearest one wins', () => {
  assert.deepEqual(codes('Osaka Marine Works signed the deal in Tokyo. It is worth ¥25 billion.'), [[25e9, 'JPY']]);
});

test('rupee signs follow the country of the figure, sentence by sentence', () => {
  const text = 'A Rs 8 billion cold store opened near Karachi. Separately, a Rs 1,500 crore bus depot is planned for Indian cities.';
  assert.deepEqual(codes(text), [[8e9, 'PKR'], [1.5e10, 'INR']]);
});

test('dinars, CFA francs and dollar prefixes of other countries', () => {
  assert.deepEqual(codes('The Tunisian utility will pay 90 million dinars.'), [[90e6, 'TND']]);
  assert.deepEqual(codes('Cameroon will put in 20 billion CFA francs.'), [[20e9, 'XAF']]);
  assert.deepEqual(codes('Senegal will put in CFA 15 billion.'), [[15e9, 'XOF']]);
  assert.deepEqual(codes('a FJ$40 million jetty and an NZ$5 million grant'), [[40e6, 'FJD'], [5e6, 'NZD']]);
});

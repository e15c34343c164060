import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, run } from './helpers.js';

// Invented sentences. Czech, Polish and continental writers put the currency sign after the figure ("2.1 billion Kč",
// "450 million zł", "12 million €"); the sign is the figure's currency. A sign with a figure right after it belongs to
// that next figure.
const codes = (text: string) => docOf(text).money.map((m) => [m.value, m.currency]);

test('a sign written after the figure is its currency', () => {
  assert.deepEqual(codes('The Olomka tram depot will cost 2.1 billion Kč, the city said.'), [[2.1e9, 'CZK']]);
  assert.deepEqual(codes('The Wistek bypass is budgeted at 450 million zł.'), [[450e6, 'PLN']]);
  assert.deepEqual(codes('Works worth 12 million € began on Monday.'), [[12e6, 'EUR']]);
  assert.deepEqual(codes('The depot near Tula will cost 9 billion ₽.'), [[9e9, 'RUB']]);
});

test('a sign followed by a figure stays with that figure', () => {
  assert.deepEqual(codes('In 2024 €300 million went to the Varno ring road.'), [[300e6, 'EUR']]);
  assert.deepEqual(codes('The tram line will cost Kč 4.5 billion.'), [[4.5e9, 'CZK']]);
});

test('the project amount is read with the sign after the figure', () => {
  const x = run('Moravec Solar s.r.o. will build a 40 MW solar plant near Hrabova in the Czech Republic. The plant will cost 1.3 billion Kč, the company said.');
  const p = x.projects.find((q) => q.type === 'solar_power_plant');
  assert.ok(p);
  assert.deepEqual(p.amount && [p.amount.value, p.amount.currency], [1.3e9, 'CZK']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleOf, run } from './helpers.js';

// Parties named in a sentence after the works, without a facility word: goods that come "from B" make B a supplier;
// a list member with only a sum after it, or joined by "and" behind a place's possessive, takes the list's part.

const PLANT = 'Korvath Power SA is building a 390 MW gas-fired power plant near Abidjan. ';
const DESAL = 'Korvath Water Ltd will build a 50,000 m3 a day desalination plant in Sohar. ';

test('"with pumps and membranes from Korea\'s B": B supplies them', () => {
  const x = run(DESAL + 'Ostra Builders Ltd will take the EPC contract, with pumps and membranes from Korea\'s Pirrel Membranes Co.');
  assert.equal(roleOf(x, 'water_supply', 'Pirrel Membranes Co.'), 'supplier');
});

test('"turbines from B": B supplies them', () => {
  const x = run(PLANT + 'The plant will use two turbines from Sorvik Turbines A/S, the company said.');
  assert.equal(roleOf(x, 'thermal_power_plant', 'Sorvik Turbines A/S'), 'supplier');
});

test('a gapped "and the boilers from B" after "will come from A": both supply', () => {
  const x = run(PLANT + 'Turbines will come from Sorvik Turbines A/S, and the boilers from Pirrel Engineering Ltd of Italy.');
  assert.equal(roleOf(x, 'thermal_power_plant', 'Sorvik Turbines A/S'), 'supplier');
  assert.equal(roleOf(x, 'thermal_power_plant', 'Pirrel Engineering Ltd'), 'supplier');
});

test('"a loan from B" after the works: B finances them', () => {
  const x = run(PLANT + 'It has secured a $200 million loan from Dunvale Capital Ltd for it.');
  assert.equal(roleOf(x, 'thermal_power_plant', 'Dunvale Capital Ltd'), 'financier');
});

test('a list member after a glossed member with only its sum after it lends too', () => {
  const x = run(PLANT + 'The Velmora Development Bank is lending €150 million, the Tarvin Investment Bank (TIB) €90 million and Lomsk Capital Ltd €150 million.');
  assert.equal(roleOf(x, 'thermal_power_plant', 'Tarvin Investment Bank'), 'financier');
  assert.equal(roleOf(x, 'thermal_power_plant', 'Lomsk Capital Ltd'), 'financier');
});

test('a glossed member with its sum after the gloss lends too', () => {
  const x = run(PLANT + 'Velmora Capital Ltd is lending €150 million and Tarvin Partners Ltd (TPL) €90 million.');
  assert.equal(roleOf(x, 'thermal_power_plant', 'Tarvin Partners Ltd'), 'financier');
});

test('"A and Japan\'s B" after a colon naming the lenders: both lend', () => {
  const x = run(DESAL + 'The company said two lenders had been mandated to arrange the debt: Dunvale Commercial Bank SAOG and Japan\'s Hoshino Capital Ltd, it said.');
  assert.equal(roleOf(x, 'water_supply', 'Hoshino Capital Ltd'), 'financier');
});

// counter-cases
test('counter-case: a person or place "from B" is no supply ("an engineer from B said")', () => {
  const x = run(PLANT + 'An engineer from Sorvik Turbines A/S said the site was ready.');
  assert.notEqual(roleOf(x, 'thermal_power_plant', 'Sorvik Turbines A/S'), 'supplier');
});

test('counter-case: goods bought from the plant ("power from the plant") give no part to a body', () => {
  const x = run(PLANT + 'Tarvin Grid Company will buy the power from Korvath Power SA under a 20-year contract.');
  assert.notEqual(roleOf(x, 'thermal_power_plant', 'Korvath Power SA'), 'supplier');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, run } from './helpers.js';

// Invented sentences. Local currencies are written with prefixed symbols of several letters ("N$", "BZ$", "GH¢"),
// lone letters glued to the digits ("K210 million", "Q760 million"), ISO codes outside the common list ("ALL 2.9
// billion") and a demonym before the currency word ("Jordanian dinars"). Each must give its own code, not USD or none.
const moneyOf = (text: string) => docOf(text).money.map((m) => `${m.value} ${m.currency}`);

const amountOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.amount ? `${p.amount.value} ${p.amount.currency}` : null;
};

test('dollar symbols with a country prefix keep their country', () => {
  assert.deepEqual(moneyOf('The plant will cost N$2.4 billion, the developer said.'), ['2400000000 NAD']);
  assert.deepEqual(moneyOf('Cayo Sunfields put the price at BZ$80 million.'), ['80000000 BZD']);
  assert.deepEqual(moneyOf('The bypass is budgeted at TT$900 million.'), ['900000000 TTD']);
  assert.deepEqual(moneyOf('Works worth J$4 billion began on Monday.'), ['4000000000 JMD']);
  assert.deepEqual(moneyOf('The jetty will cost EC$35 million.'), ['35000000 XCD']);
});

test('cedi, dinar and other symbols', () => {
  assert.deepEqual(moneyOf('The interchange will cost GH¢1.2 billion.'), ['1200000000 GHS']);
  assert.deepEqual(moneyOf('The interchange will cost GH₵950 million.'), ['950000000 GHS']);
  assert.deepEqual(moneyOf('The pumping station is worth JD 45 million.'), ['45000000 JOD']);
  assert.deepEqual(moneyOf('The ministry awarded a KD 140 million contract.'), ['140000000 KWD']);
  assert.deepEqual(moneyOf('The line is priced at ₭500 billion.'), ['500000000000 LAK']);
});

test('a lone letter glued to a sizeable figure is a currency; quarters, peaks and labels are not', () => {
  assert.deepEqual(moneyOf('The clinic, budgeted at K210 million, will open in Lae, Papua New Guinea.'), ['210000000 PGK']);
  assert.deepEqual(moneyOf('Zambian officials said the K3.5 billion road would be tolled.'), ['3500000000 ZMW']);
  assert.deepEqual(moneyOf('The city signed a Q760 million contract for buses.'), ['760000000 GTQ']);
  assert.deepEqual(moneyOf('Sales rose in Q3 2025 and the climbers reached K2.'), []);
  assert.deepEqual(moneyOf('It cost K 450 million, they said.'), []);
});

test('an ISO code outside the common list counts before a sizeable figure only', () => {
  assert.deepEqual(moneyOf('The tender for the depot, worth ALL 2.9 billion, was cancelled.'), ['2900000000 ALL']);
  assert.deepEqual(moneyOf('The budget is NAD 40 million.'), ['40000000 NAD']);
  assert.deepEqual(moneyOf('ALL 12 TRAINS ARRIVED ON TIME.'), []);
});

test('a demonym before the currency word names its country', () => {
  assert.deepEqual(moneyOf('It is budgeted at $540 million, or about 383 million Jordanian dinars.'), ['540000000 USD', '383000000 JOD']);
  assert.deepEqual(moneyOf('The plant will cost 1.9 billion Namibian dollars.'), ['1900000000 NAD']);
  assert.deepEqual(moneyOf('The ministry will pay 12 million Kuwaiti dinars for the works.'), ['12000000 KWD']);
  assert.deepEqual(moneyOf('The bank lent 800 million Australian dollars.'), ['800000000 AUD']);
});

test('the project amount keeps the local currency', () => {
  assert.equal(amountOf('Kalahari Sun Ltd will build a 60 MW solar plant near Mariental, Namibia. The plant will cost N$1.4 billion (about $76 million).', 'solar_power_plant'), '1400000000 NAD');
  assert.equal(amountOf('Toledo Wind Co will build a 20 MW wind farm in the Toledo District of Belize. The developer puts its cost at BZ$72 million.', 'wind_power_plant'), '72000000 BZD');
  assert.equal(amountOf('The health authority of Morobe plans a 120-bed hospital at Bulolo, budgeted at K180 million.', 'hospital'), '180000000 PGK');
  assert.equal(amountOf('The Ghana Highway Authority has started work on the 14-km Kasoa bypass road, which will cost GH¢1.1 billion.', 'road'), '1100000000 GHS');
});

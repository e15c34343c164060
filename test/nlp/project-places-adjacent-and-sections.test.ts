import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const placesOf = (text: string, type: string, title: string | null = null) => {
  const x = run(text, '2025-03-12', title);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, `${text} -> ${JSON.stringify(x.projects.map((q) => [q.name, q.type]))}`);
  return p.places;
};

// "on" right after the facility word places the works, even where a sentence names other works too (the sentence
// sweep does not run there).
test('a river behind "on" right after the facility word is the works\' place', () => {
  const text = "Access roads and the contractor's camp for the 45 MW plant on the Tessel River in Orvane District, Kaldor Province, have been under construction since February.";
  const places = placesOf(text, 'thermal_power_plant');
  assert.ok(places.includes('Tessel River'), JSON.stringify(places));
  assert.ok(places.includes('Orvane District'), JSON.stringify(places));
});

test('"on" further on in the sentence does not tie a place to the works', () => {
  const text = 'Access roads for the 12 MW solar farm at Kessary are finished, and the farm will replace diesel the utility burns on Orvane Island.';
  const places = placesOf(text, 'solar_power_plant');
  assert.ok(!places.includes('Orvane Island'), JSON.stringify(places));
});

test('a line "linking A with B" has both ends', () => {
  const text = 'Access roads for the works and a 3,100-km submarine cable linking Palermo with Valletta were approved.';
  const places = placesOf(text, 'telecom_network');
  assert.ok(places.includes('Palermo') && places.includes('Valletta'), JSON.stringify(places));
});

// A definite "the line" under a new subheading does not reach back to works of the part before.
test('"the line" under a new subheading is not the works of the part before', () => {
  const text = [
    'Tarvin: lender clears water loan',
    '',
    'The Orlan Development Bank on Wednesday approved a €15 million loan to Tarvin Water, the utility serving Valletta, for the upgrade of its Marsa treatment plant. The works will raise its output to 650 litres per second. The loan has yet to be signed.',
    '',
    'Kessary: first electric locomotives for freight operator',
    '',
    'On Thursday Kessary Cargo took delivery of the first four of eighteen electric locomotives ordered from Orvane Rail AG last year. The order is worth €96 million. The locomotives will haul freight on the line from Palermo to the border.',
  ].join('\n');
  const water = placesOf(text, 'water_supply', 'Deals of the week');
  assert.ok(!water.includes('Palermo'), JSON.stringify(water));
  const stock = placesOf(text, 'rolling_stock', 'Deals of the week');
  assert.ok(stock.includes('Palermo'), JSON.stringify(stock));
});

// A relative clause after a place that only places the works still speaks of the works.
test('"a plant on the coast of X that will supply Y" gives the works the town they supply', () => {
  const places = placesOf('Tarvin Water will build a reverse-osmosis plant near Palermo that will supply Catania.', 'water_supply');
  assert.ok(places.includes('Palermo') && places.includes('Catania'), JSON.stringify(places));
});

test('a relative clause after a place the works are not placed by stays out', () => {
  const places = placesOf('Tarvin Water, whose chief met officials from Messina, which wants cheaper water, will build a reverse-osmosis plant near Palermo.', 'water_supply');
  assert.ok(!places.includes('Messina'), JSON.stringify(places));
});

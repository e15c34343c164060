import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const placesOf = (text: string, type: string, title: string | null = null) => {
  const x = run(text, '2025-03-12', title);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, `${text} -> ${JSON.stringify(x.projects.map((q) => [q.name, q.type]))}`);
  return p.places;
};

test('a place with a day after it, in a sentence of signing, is where the deal was signed', () => {
  const places = placesOf('The two sides signed the deal for a 200 MW solar plant near Catania in Valletta on Monday.', 'solar_power_plant');
  assert.deepEqual(places, ['Catania']);
});

test('the first place after the works keeps its reading, with a day after it or not', () => {
  const places = placesOf('Tarvin Power signed a deal to build a 200 MW solar plant in Catania on Monday.', 'solar_power_plant');
  assert.deepEqual(places, ['Catania']);
});

test('the place a sentence of speech opens on is where the speaker was, when the works are placed after', () => {
  const places = placesOf('In Valletta, Tarvin Power chief Ana Bell said the company would build a 200 MW solar plant near Catania.', 'solar_power_plant');
  assert.deepEqual(places, ['Catania']);
});

test('a sentence of speech that opens on the only place keeps it', () => {
  const places = placesOf('In Catania, officials said the 200 MW solar plant would open in May.', 'solar_power_plant');
  assert.deepEqual(places, ['Catania']);
});

test('a headline goes on to other news past "and" before a verb', () => {
  const title = 'Orvane Coldchain opens Catania cold-storage hub and breaks ground in Messina';
  const text = 'Orvane Coldchain said today it has commissioned a cold-storage hub beside the fish port in Catania. The hub will store 5,000 tonnes of fish.';
  const places = placesOf(text, 'logistics_hub', title);
  assert.ok(!places.includes('Messina'), JSON.stringify(places));
});

test('a headline keeps places joined by "and"', () => {
  const title = 'Orvane Rail signs deal for railway between Catania and Messina';
  const text = 'Orvane Rail has signed a deal for a railway line between Catania and Messina.';
  const places = placesOf(text, 'railway', title);
  assert.ok(places.includes('Catania') && places.includes('Messina'), JSON.stringify(places));
});

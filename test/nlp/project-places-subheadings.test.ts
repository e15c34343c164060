import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const placesOf = (text: string, type: string, title: string | null = null) => {
  const x = run(text, '2025-03-12', title);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, `${text} -> ${JSON.stringify(x.projects.map((q) => [q.name, q.type]))}`);
  return p.places;
};

const roundup = (subhead: string) => [
  'Three deals from the region this week.',
  '',
  'Lender backs toll road',
  '',
  'The Orlan Development Bank approved a $90 million loan for a 40-km toll road near Messina on Tuesday.',
  '',
  subhead,
  '',
  'Kessary Chemicals has signed a contract with Orvane Engineering for a polypropylene plant of 500,000 tonnes a year. The plant will cost $1.1 billion.',
].join('\n');

// A subheading is the headline of the part under it: a town it names the works by, or the one that "gets" them, is
// where those works stand.
test('a subheading that names the works by their town places the works told under it', () => {
  const places = placesOf(roundup('Catania gets a polypropylene plant'), 'petrochemical_plant', 'Roundup: deals of the week');
  assert.ok(places.includes('Catania'), JSON.stringify(places));
});

test('a subheading that places the works after the facility word places them too', () => {
  const places = placesOf(roundup('Contract signed for polypropylene plant near Catania'), 'petrochemical_plant', 'Roundup: deals of the week');
  assert.ok(places.includes('Catania'), JSON.stringify(places));
});

test('a subheading does not place works of another part', () => {
  const places = placesOf(roundup('Catania gets a polypropylene plant'), 'road', 'Roundup: deals of the week');
  assert.ok(!places.includes('Catania'), JSON.stringify(places));
});

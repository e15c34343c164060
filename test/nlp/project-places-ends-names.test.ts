// More of which places around a project are its own: a place inside the project's own name is; where someone spoke,
// the far end of something that starts at the works, and the places of other facilities a pronoun's sentence lists
// are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

function placesOf(text: string, type: string): string[] {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects));
  return p.places;
}

test('a place the text names on its own is the place of a project whose name holds it', () => {
  const a = placesOf('BURGAS — Trucks queue at the gate of the Burgas Bay Logistics Park every morning. The park is being developed by Pontica Parks AD.', 'logistics_hub');
  assert.ok(a.some((x) => x.toLowerCase() === 'burgas'), a.join('|'));
});

test('where someone spoke is not the works\' place', () => {
  const a = placesOf('Solvex Ltd will build a cable factory. Its chairman, Ivo Marin, said in Sofia that a second cable factory line could follow.', 'manufacturing_plant');
  assert.ok(!a.includes('Sofia'), a.join('|'));
});

test('the far end of a line that starts at the works is not the works\' place', () => {
  const x = run('Aquaris Ltd will build a desalination plant near Burgas. The ministry plans a 90-km pipeline to carry water from the plant to Sliven, the capital of Sliven Province.');
  const plant = x.projects.find((q) => q.name.includes('desalination'));
  assert.ok(plant, JSON.stringify(x.projects));
  assert.deepEqual(plant.places, ['Burgas']);
});

test('after a pronoun for the works, places that follow another facility word are that facility\'s', () => {
  const a = placesOf('Vitosha Data AD has started building a 50 MW data centre in Pleven. It runs two smaller facilities in Sofia and Varna.', 'data_center');
  assert.deepEqual(a, ['Pleven']);
});

test('a town a distance is measured from, named as "the town of X", is a landmark, not the works\' place', () => {
  const a = placesOf('The 50 MW solar plant will be located in Lovech Province, about 10 km from the city of Troyan.', 'solar_power_plant');
  assert.deepEqual(a, ['Lovech Province']);
});

test('a place before a comma and a word of contrast that opens the project\'s clause is in a clause about something else', () => {
  assert.deepEqual(placesOf('Pleven has grown fast, but Stroi AD will only now widen the 30-km road to Lovech.', 'road'), ['Lovech']);
  assert.deepEqual(placesOf('Farmers in Pleven have waited for years, while Stroi AD will only now build a 30-km road near Lovech.', 'road'), ['Lovech']);
});

test('"in the north of X" is a part of X, not a bearing from it', () => {
  const a = placesOf('Orbis Solar AD will build a 50 MW solar plant outside Troyan, a mountain town of about 20,000 people in the north of Lovech Province.', 'solar_power_plant');
  assert.deepEqual(a, ['Troyan', 'Lovech Province']);
  // a bearing without "the" still measures from a landmark
  assert.deepEqual(placesOf('Orbis Solar AD will build a 50 MW solar plant in the hills north of Troyan.', 'solar_power_plant'), []);
});

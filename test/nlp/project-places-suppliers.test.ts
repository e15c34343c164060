// A supplier's home and its own works are not the place of the project it supplies: "a developer from X", "the X
// turbine maker", "from its factory in X", and places after another project's mention in the same sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

function placesOf(text: string, type: string): string[] {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects));
  return p.places;
}

test('where a body comes from is not the works\' place', () => {
  assert.deepEqual(placesOf('Pontica Energy, a developer from Varna, will build an 80 MW solar plant.', 'solar_power_plant'), []);
  assert.deepEqual(placesOf('Ventor AG, the Rostock turbine maker, will supply the 80 MW wind farm.', 'wind_power_plant'), []);
});

test('a supplier\'s own factory is not the works\' place', () => {
  assert.deepEqual(placesOf('Ventor AG will supply turbines for the 80 MW wind farm near Kavarna from its factory in Rostock.', 'wind_power_plant'), ['Kavarna']);
  assert.deepEqual(placesOf('Ventor AG will build the 80 MW wind farm with turbines from its factory in Rostock.', 'wind_power_plant'), []);
});

test('places after another project\'s mention in the sentence are that project\'s', () => {
  assert.deepEqual(placesOf('The panels for the 80 MW solar plant near Vratsa come from a factory in Ruse.', 'solar_power_plant'), ['Vratsa']);
  // a line that runs from the other works to a place does reach that place
  const x = run('Aquaris Ltd signed a contract to build a seawater desalination plant near Burgas. In a second phase, the ministry plans a 140-kilometre pipeline to carry treated water from the plant to Sliven.');
  const line = x.projects.find((q) => q.name.includes('pipeline'));
  assert.ok(line, JSON.stringify(x.projects));
  assert.deepEqual(line.places, ['Sliven']);
});

test('a place joined to a body\'s seat shares its reading, and where a body was founded is its seat', () => {
  assert.deepEqual(placesOf('Pontica Energy, which has offices in Varna and Sofia, will build an 80 MW solar plant.', 'solar_power_plant'), []);
  assert.deepEqual(placesOf('Pontica Energy, founded in Varna in 1995, will build an 80 MW solar plant.', 'solar_power_plant'), []);
  // places joined to the works' own place stay the works'
  assert.deepEqual(placesOf('Pontica Energy will build an 80 MW solar plant. The plant will stand between Pleven and Ruse.', 'solar_power_plant'), ['Pleven', 'Ruse']);
});

test('a bare place that is already another project\'s place stands for that project', () => {
  const x = run('Pontica Energy will build a 300 MW solar park at Kavarna. While Kavarna is still on paper, work is well advanced on a desalination plant at Balchik.');
  assert.deepEqual(x.projects.find((p) => p.type === 'water_supply')?.places, ['Balchik']);
  assert.deepEqual(x.projects.find((p) => p.type === 'solar_power_plant')?.places, ['Kavarna']);
});

test('where goods for the works are made is not the works\' place', () => {
  assert.deepEqual(placesOf('The 80 MW wind farm near Kavarna will use turbines made in Rostock by Ventor AG.', 'wind_power_plant'), ['Kavarna']);
  assert.deepEqual(placesOf('The 50 MW solar plant near Vratsa will use panels sourced from Ruse.', 'solar_power_plant'), ['Vratsa']);
});

test('"in the municipality of X" is where the works are: "of" after a jurisdiction names its area, not a supplier\'s home', () => {
  const places = placesOf('The ministry signed a memorandum on a wind farm of up to 90 MW on the ridges above Tarvin, in the municipality of Kessary, Velmor County.', 'wind_power_plant');
  assert.ok(places.includes('Kessary'), places.join(' | '));
});

// Places a project's sentences name that are where people spoke or signed, not where the works stand: the town where a
// speaker addressed reporters or a conference, and the town of the ministry where the papers were signed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

function placesOf(text: string, type: string): string[] {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects));
  return p.places;
}

test('the town where a speaker addressed reporters or a conference is a venue, not the works\' place', () => {
  const a = placesOf('Orvane Water will build a $60 million desalination plant near Lovech. "The plant will end the summer shortages," the minister told reporters in Shumen.', 'water_supply');
  assert.deepEqual(a, ['Lovech']);
  const b = placesOf('Quillon Power will build a 200 MW solar plant near Pleven, its chief executive said at a news conference in Varna.', 'solar_power_plant');
  assert.deepEqual(b, ['Pleven']);
});

test('a speech verb does not make the works\' own place a venue', () => {
  // (the works come between the verb and the place)
  const a = placesOf('The minister told reporters the new desalination plant in Lovech would open in May.', 'water_supply');
  assert.deepEqual(a, ['Lovech']);
  // (no audience before the place: the words after the verb are the works' own)
  const b = placesOf('Quillon Power said construction of its 200 MW solar plant in Pleven would start in June.', 'solar_power_plant');
  assert.deepEqual(b, ['Pleven']);
});

test('the town of the ministry where the agreement was signed is not the works\' place', () => {
  const a = placesOf('Quillon Power will build a 200 MW solar plant near Pleven. The agreement for the plant was signed at the energy ministry in Varna by the minister and the company\'s chief executive.', 'solar_power_plant');
  assert.deepEqual(a, ['Pleven']);
});

test('works a ministry builds keep their place', () => {
  // ("the ministry plans a plant in Lovech": the place follows the works, not the ministry)
  const a = placesOf('The energy ministry plans a 50 MW solar plant in Lovech.', 'solar_power_plant');
  assert.deepEqual(a, ['Lovech']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const placesOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, `${text} -> ${JSON.stringify(x.projects.map((q) => [q.name, q.type]))}`);
  return p.places;
};

// A river a sentence names beside the works, with no word that puts the works on it, is a landmark or the water
// something else crosses, not where the works stand.
test('a river named beside the works without a word that puts them on it is not their place', () => {
  const cases: [string, string, string][] = [
    ['Across the Kessary river from the old market, the walls of the new 200-bed regional hospital are going up.', 'hospital', 'Kessary river'],
    ['The 2 m3/s wastewater treatment plant in Ardlow, built by Hidro Sur, will stop sewage from reaching the Melna river.', 'water_supply', 'Melna river'],
    ['The wind farm near Brenmoor, on a ridge above the Tarvo river, will have 40 turbines.', 'wind_power_plant', 'Tarvo river'],
    ['Past the Sallen canal, workers are pouring the foundations of the 50 MW solar plant at Kessary.', 'solar_power_plant', 'Sallen canal'],
  ];
  for (const [text, type, river] of cases) {
    const places = placesOf(text, type);
    assert.ok(!places.includes(river), `${text} -> ${JSON.stringify(places)}`);
  }
});

test('works on, over or drawing from a river keep it', () => {
  const cases: [string, string, string][] = [
    ['Ardlow Energy is building a 300 MW hydropower plant on the Orvane river in Kessary district.', 'hydro_power_plant', 'Orvane river'],
    ['A Chinese contractor is building a 1.2-km bridge over the Tarvo river at Kessary.', 'bridge', 'Tarvo river'],
    ['The 40 MW solar farm will stand on the banks of the Melna river, near Ardlow.', 'solar_power_plant', 'Melna river'],
  ];
  for (const [text, type, river] of cases) {
    const places = placesOf(text, type);
    assert.ok(places.includes(river), `${text} -> ${JSON.stringify(places)}`);
  }
});

// A facility told apart from the project under discussion by its size: its places are not the project's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('"the 45 MW plant" after a 150 MW plant is another plant: its places do not go to the first', () => {
  const x = run([
    'Solvanta Power Ltd holds a power purchase agreement for a 150-megawatt photovoltaic plant at Pleven.',
    '',
    'Hydro in the north',
    '',
    'Brisk Hydro AD reported that access roads for the 45 MW plant on the Iskar river near Vratsa had been under construction since February.',
  ].join('\n'));
  const p = x.projects.find((q) => q.type === 'solar_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.places, ['Pleven']);
});

test('a figure after the facility word does not keep a place after it from telling two facilities apart', () => {
  const x = run('Pontica Wind SRL said the 120 MW Kavarna wind farm in Dobrich Province was commissioned in June. '
    + 'The company is also developing a wind project of roughly 200 MW in Galați County for which a grid permit has been requested.');
  const farm = x.projects.find((q) => q.name.includes('Kavarna'));
  assert.ok(farm, JSON.stringify(x.projects));
  assert.ok(!farm.places.includes('Galați County'), JSON.stringify(x.projects));
});

test('a line that works the sentence opens on are said to include is a part, not a project of its own', () => {
  const x = run([
    'Solvanta Power Ltd holds a power purchase agreement for a 150-megawatt photovoltaic plant at Pleven.',
    '',
    'Hydro in the north',
    '',
    'Brisk Hydro AD reported that access roads for the 45 MW plant near Vratsa had been under construction since February. The scheme, estimated at $118 million, includes a 110 kV line of about 40 kilometres to Montana.',
  ].join('\n'));
  assert.ok(!x.projects.some((q) => q.type === 'transmission_line'), JSON.stringify(x.projects));
  for (const p of x.projects) assert.ok(!p.places.includes('Montana'), JSON.stringify(x.projects));
});

test('a line a plant is said to include runs "to" its far end: that end is no place of the plant; a part\'s site is', () => {
  const x = run([
    'Orvena Energia is building a 60 MW hydropower plant near Lovech. The plant includes a 20 km transmission line to Pleven.',
    '',
    'Corvel Gas plans a 400 MW gas-fired power plant near Ruse, including a substation at Byala.',
  ].join('\n'));
  const hydro = x.projects.find((q) => q.type === 'hydro_power_plant');
  assert.ok(hydro && hydro.places.includes('Lovech') && !hydro.places.includes('Pleven'), JSON.stringify(x.projects));
  const gas = x.projects.find((q) => q.type === 'thermal_power_plant');
  assert.ok(gas && gas.places.includes('Ruse') && gas.places.includes('Byala'), JSON.stringify(x.projects));
  assert.ok(!x.projects.some((q) => q.type === 'transmission_line'), JSON.stringify(x.projects));
});

// Which places of a project's sentence are the works' own: places that describe a body, a source or a direction,
// another facility, or a later clause are not; places listed after the works' own are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

function placesOf(text: string, type: string): string[] {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects));
  return p.places;
}

test('a place that says where a body or an office holder comes from is not the works\' place', () => {
  const a = placesOf('The 80 MW solar plant at Vratsa will be financed by the Plovdiv group Thracia Capital AD.', 'solar_power_plant');
  assert.deepEqual(a, ['Vratsa']);
  const b = placesOf('Speaking for the region, Pleven\'s governor said the 80 MW solar plant at Vratsa would open in May.', 'solar_power_plant');
  assert.deepEqual(b, ['Vratsa']);
  const c = placesOf('The 60 MW wind farm near Kavarna is owned by Varna\'s Pontica Energy AD.', 'wind_power_plant');
  assert.deepEqual(c, ['Kavarna']);
});

test('a place something leaves or heads for is not the works\' place', () => {
  const a = placesOf('Having moved its cable production out of Ruse, Solvex Ltd opened a $40 million cable factory in Pleven.', 'manufacturing_plant');
  assert.deepEqual(a, ['Pleven']);
  const b = placesOf('Sredets Logistics will build a $50 million grain terminal at Burgas to move barley towards Sofia.', 'agricultural_facility');
  assert.deepEqual(b, ['Burgas']);
});

test('a place listed after the works\' own place behind the same preposition is the works\' too', () => {
  // (two projects in one sentence: only the places right after each facility word are its own)
  const x = run('Danubia Rail Ltd will resignal the 60-km railway between Ruse and Pleven and build a 20 MW solar plant at Sofia.');
  const p = x.projects.find((q) => q.type === 'railway');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.places, ['Ruse', 'Pleven']);
  assert.deepEqual(x.projects.find((q) => q.type === 'solar_power_plant')?.places, ['Sofia']);
});

test('a plural of the works\' kind said of a country\'s facilities gives the works none of its places', () => {
  const x = run('Pontica Ports AD will build a $300 million container terminal at Burgas. Bulgaria\'s ports handled 30 million tonnes last year, most of it at Varna.');
  const p = x.projects.find((q) => q.type === 'port');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.places, ['Burgas']);
});

test('a place whose nearest facility word is another facility is that facility\'s place', () => {
  const x = run('Pontica Ports AD will build a $300 million container terminal at Burgas. Coal from mines near Pernik will reach the terminal by rail.');
  const p = x.projects.find((q) => q.type === 'port');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.places, ['Burgas']);
});

test('a place in a later clause about something else is not the works\' place', () => {
  const a = placesOf('Pontica Ports AD said its $300 million container terminal at Burgas would take ships that now wait at Varna.', 'port');
  assert.deepEqual(a, ['Burgas']);
  const b = placesOf('The $300 million container terminal at Burgas will open in 2027, but traders say most grain will still leave from Varna.', 'port');
  assert.deepEqual(b, ['Burgas']);
  // a relative clause on the works themselves does place them
  const c = placesOf('Danubia Rail Ltd opened the railway, a 60-km extension that runs from Ruse to Pleven.', 'railway');
  assert.ok(c.includes('Ruse') && c.includes('Pleven'), c.join('|'));
});

test('a place where a body has its seat ("registered in", "headquartered in") is not the works\' place', () => {
  const a = placesOf('The 50 MW wind farm near Shabla is to be built by a company registered in Sofia.', 'wind_power_plant');
  assert.deepEqual(a, ['Shabla']);
});

test('works said to stand next to another project, with no place of their own, take that project\'s place', () => {
  const x = run('Orbis Cement AD is building a $90 million cement plant at Devnya. It also plans a 20 MW solar farm next to the plant.');
  const p = x.projects.find((q) => q.type === 'solar_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.places, ['Devnya']);
  // works with a place of their own keep it
  const y = run('Orbis Cement AD is building a $90 million cement plant at Devnya. It also plans a 20 MW solar farm next to the plant, on a hill near Beloslav.');
  assert.deepEqual(y.projects.find((q) => q.type === 'solar_power_plant')?.places, ['Beloslav']);
});

test('a place in capitals before a dash among the first words of the body is where the story was filed', () => {
  // (a news page puts a section, a date and a time before it on the same line)
  const a = placesOf('Energy · 4 May 2025 · 09:15 SOFIA — Orbis Solar AD began building a 50 MW solar plant near Pleven on Monday.', 'solar_power_plant');
  assert.deepEqual(a, ['Pleven']);
});

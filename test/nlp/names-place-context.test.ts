import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('rivers and towns named in a range or after "across the" are places', () => {
  const x = run('Freight now moves from the Orvada to the Keswa in a day. Trucks will haul ore from Halvik to Dushanbe by 2027. A 900-metre bridge across the Dravenna and two tunnels are planned.');
  const places = names(x.places);
  for (const n of ['Orvada', 'Keswa', 'Halvik', 'Dravenna']) assert.ok(places.includes(n), `${n} not in ${places.join(' | ')}`);
  assert.deepEqual(names(x.organizations), []);
});

test('a plural region or river word after a list makes each name a place', () => {
  const x = run('Water comes from the Almendra, Pizarra and Gorvena rivers. Herders from the Ulaan and Bayandel soums joined the suit.');
  const places = names(x.places);
  for (const n of ['Gorvena', 'Bayandel']) assert.ok(places.includes(n), `${n} not in ${places.join(' | ')}`);
  assert.equal(x.places.find((p) => p.name === 'Bayandel')?.kind, 'region');
});

test('a range between two organisations stays a range of organisations', () => {
  const x = run('The stake passed from Ardlow Holdings to Kestrel Group in May.');
  assert.deepEqual(names(x.places), []);
});

test('a lower-case basin, plain or hills word after a name makes a natural site of the whole', () => {
  const x = run('Water will come from the Ulaan-Ovoo Tsagaan Nuur basin through a 40-km pipeline. Herders on the Dornod plain objected.');
  const places = names(x.places);
  assert.ok(places.includes('Ulaan-Ovoo Tsagaan Nuur basin'), places.join(' | '));
  assert.ok(places.includes('Dornod plain'), places.join(' | '));
});

test('a known place before "and" is a list item, not the start of a name with a place head', () => {
  const x = run('Exports from Accra and Velmora Coast grew by a third.');
  assert.ok(names(x.places).includes('Accra'), names(x.places).join(' | '));
  assert.ok(names(x.places).includes('Velmora Coast'), names(x.places).join(' | '));
});

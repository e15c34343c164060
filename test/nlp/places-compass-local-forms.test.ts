import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('an English compass word names the region whose official name carries the local word', () => {
  const x = run('Velmora Nickel will build a smelter in East Kalimantan and a depot in North Kivu, and open an office in South Sulawesi.');
  const places = x.places.map((p) => [p.name, p.kind, p.country]);
  assert.deepEqual(places, [['East Kalimantan', 'region', 'ID'], ['North Kivu', 'region', 'CD'], ['South Sulawesi', 'region', 'ID']]);
});

test('the English names of the provinces on Java and Sumatra are regions', () => {
  const x = run('Ardlow Energy plans a battery plant in Central Java and a depot in North Sumatra.');
  const places = x.places.map((p) => [p.name, p.kind, p.country]);
  assert.deepEqual(places, [['Central Java', 'region', 'ID'], ['North Sumatra', 'region', 'ID']]);
});

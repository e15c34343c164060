import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('"wal" joins an Arabic place name, after "at" or around a known town', () => {
  const x = run('A 40-km line will run to a reservoir at Qarn Dhahab wal Ruwais. Another goes to Bidbid wal Fanja.');
  assert.deepEqual(names(x.places), ['Qarn Dhahab wal Ruwais', 'Bidbid wal Fanja']);
});

test('a known town inside a name with Arabic particles is part of that one place', () => {
  const x = run('Trucks use the road to Jalan Bani Bu Ali and to Wadi Bani Khalid every day.');
  assert.deepEqual(names(x.places), ['Jalan Bani Bu Ali', 'Wadi Bani Khalid']);
});

test('the article as pronounced or not, and a compass word before or after, name the same region', () => {
  const x = run('The plant on the coast of South Al Sharqiyah will serve North Al Batinah too.');
  const places = x.places.map((p) => [p.name, p.kind, p.country]);
  assert.deepEqual(places, [['South Al Sharqiyah', 'region', 'OM'], ['North Al Batinah', 'region', 'OM']]);
});

test('a town whose name is also a word counts when the article names its country', () => {
  assert.deepEqual(names(run("Oman's procurer chose a plant that will supply Sur and the villages nearby.").places), ['Oman', 'Sur']);
  assert.deepEqual(names(run('The plant will supply Sur and the villages nearby.').places), []);
});

test('Spanish sole-shareholder forms end a company name', () => {
  const x = run('Its construction arm, Ardlow Construcción S.L.U., and Kessary Energía S.A.U. will build the plant.');
  assert.deepEqual(names(x.organizations), ['Ardlow Construcción S.L.U.', 'Kessary Energía S.A.U.']);
});

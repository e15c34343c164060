import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// The holders of the project company hold the project: the one with more than half of it is its owner, the others
// its partners.
test('the majority holder of the project company is the owner, a minority holder a partner', () => {
  const x = run([
    'Kessary Terminals Ltd will build and run a container terminal at Tema under a 25-year concession.',
    'Kessary Terminals Ltd is 65% owned by Rotterdam-based Ardlow Haven Holding B.V.; the remaining 35% belongs to Velmora Logistics Ltd, a Ghanaian group.',
  ].join(' '));
  assert.equal(roleOf(x, 'port', 'Ardlow Haven Holding B.V.'), 'owner', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'port', 'Velmora Logistics Ltd'), 'partner', JSON.stringify(x.projects));
});

test('"A holds 80 per cent and B the rest" in the sentence about the plant: A owns it, B is a partner', () => {
  const x = run('The 60 MW solar plant near Karakol belongs to Tarvin Solar LLC, a project company in which Ardlow Enerji A.Ş. holds 80 per cent and the state-owned Kestrel Energy Holding Company the rest.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Ardlow Enerji A.Ş.'), 'owner', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'solar_power_plant', 'Kestrel Energy Holding Company'), 'partner', JSON.stringify(x.projects));
});

test('a part said right at the name ("developed by A, which holds 70%") stands over the share', () => {
  const x = run('The 300-hectare industrial park near Kampot is being developed by Hexi Overseas Park Co., Ltd., which holds 70%, and Velmora Land Group, which holds the remaining 30%.');
  assert.equal(roleOf(x, 'industrial_zone', 'Hexi Overseas Park Co., Ltd.'), 'developer', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'industrial_zone', 'Velmora Land Group'), 'partner', JSON.stringify(x.projects));
});

test('the sole holder of the project\'s developer ("X is controlled by the fund B") is the owner', () => {
  const x = run('Velmora Data Parks s.r.o. broke ground on Monday on a 40 MW data centre in Kladno. Velmora Data Parks s.r.o. is controlled by the US infrastructure fund Kessary Crest Partners; its managing partner said the first hall would open in 2027.');
  assert.equal(roleOf(x, 'data_center', 'Kessary Crest Partners'), 'owner', JSON.stringify(x.projects));
});

test('holders named in a sentence that mentions facilities only as a sector ("a fund that invests in power plants") still hold the project', () => {
  const x = run('Tarvin Hydro S.A. is building a 240 MW hydroelectric plant on the Velmora river. Tarvin Hydro S.A. is 60% owned by the state utility Kessary Electric Corporation and 40% by Andes Velmora Partners S.A., a fund that invests in power plants in the region.');
  assert.equal(roleOf(x, 'hydro_power_plant', 'Kessary Electric Corporation'), 'owner', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'hydro_power_plant', 'Andes Velmora Partners S.A.'), 'partner', JSON.stringify(x.projects));
});

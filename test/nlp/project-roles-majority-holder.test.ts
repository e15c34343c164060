import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleOf, run } from './helpers.js';

// Gold conventions: the majority holder of the works is their owner, a minority holder a partner. A body first said to
// build the works and then, in a later sentence, said to hold more than half of them is their owner.

test('a builder later said to hold 60 per cent of the project is its owner', () => {
  const x = run('Korvath Energy will build a 100 MW wind farm in Zhanatas. Korvath Energy holds 60 per cent of the project and Tallis Power Ltd the rest.');
  assert.equal(roleOf(x, 'wind_power_plant', 'Korvath Energy'), 'owner');
  assert.equal(roleOf(x, 'wind_power_plant', 'Tallis Power Ltd'), 'partner');
});

test('a developer later said to own 75% through "owns" is the owner', () => {
  const x = run('Brenmoor Solar Ltd is developing a 40 MW solar park near Osh.\n\nBrenmoor Solar Ltd owns 75% of the scheme, with Ostra Capital holding the remainder.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Brenmoor Solar Ltd'), 'owner');
});

test('a developer said to hold a minority stays the developer', () => {
  const x = run('Korvath Energy will build a 100 MW wind farm in Zhanatas. Korvath Energy holds 40 per cent of the project and Tallis Power Ltd the rest.');
  assert.equal(roleOf(x, 'wind_power_plant', 'Korvath Energy'), 'developer');
  assert.equal(roleOf(x, 'wind_power_plant', 'Tallis Power Ltd'), 'owner');
});

test('a contractor said to hold a majority of its own company is not made the owner of the works', () => {
  const x = run('Melden Construction LLC will build a 100 MW wind farm for Korvath Energy in Zhanatas. Separately, Melden Construction LLC holds 60 per cent of a cement trader.');
  assert.equal(roleOf(x, 'wind_power_plant', 'Melden Construction LLC'), 'contractor');
});

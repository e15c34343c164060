import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "The Fund backs the wind farm", "backed by the Fund": a body that backs a project puts money into it.
test('a fund that backs the project, under its short name, is its financier', () => {
  const a = run('Steppe Wind LLP will build a 100 MW wind farm near Ereymentau. The Caspian Green Energy Fund signed a memorandum with the ministry last year. The Fund backs the wind farm with $40 million.');
  assert.equal(roleOf(a, 'wind_power_plant', 'Caspian Green Energy Fund'), 'financier', JSON.stringify(a.projects));
  const b = run('Steppe Wind LLP will build a 100 MW wind farm near Ereymentau. The wind farm is backed by the Caspian Green Energy Fund.');
  assert.equal(roleOf(b, 'wind_power_plant', 'Caspian Green Energy Fund'), 'financier', JSON.stringify(b.projects));
});

test('a cue ending in "by" names the body after it, not the one before ("built with A, backed by $2 billion")', () => {
  const x = run('A 500,000-tonne polyethylene plant near Atyrau is being built with Ardlow Chemicals Co., backed by $2 billion of state money.');
  assert.notEqual(roleOf(x, 'petrochemical_plant', 'Ardlow Chemicals Co.'), 'financier', JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// The town and country of a dateline in capitals ("BRENMOOR, Kessary, March 3 (Velmora Wire) —"), when read as names,
// take no part in the project the sentence goes on to announce.
test('names inside a capitalised dateline are not put on the project', () => {
  const x = run('BRENMOOR, Kessary, March 3 (Velmora Wire) — Tarvin Solar LLC will build a 200 MW solar plant near Oskel.');
  const names = x.projects.find((p) => p.type === 'solar_power_plant')?.organizations.map((o) => o.name) ?? [];
  assert.deepEqual(names, ['Tarvin Solar LLC'], JSON.stringify(x.projects));
});

test('an acronym opening the body with an aside between dashes is still a party', () => {
  const x = run('KVM — the state oil company — will build a 200 MW solar plant near Oskel.');
  const names = x.projects.find((p) => p.type === 'solar_power_plant')?.organizations.map((o) => o.name) ?? [];
  assert.ok(names.includes('KVM'), JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Works a body denies are no project: right after the verb of denial, over the phrase's names and modifiers (a
// roundup's subheading "Tarvin miner denies Velmo smelter"), and in a report the sentence goes on to deny in the passive
// ("Rumours that ... a smelter ... have been dismissed by its owner").

const ROUNDUP = 'Mining week in brief.\n\nNot happening: Tarvin miner denies Vratsa smelter\n\nRumours that Orla Metals had signed up to build a copper smelter outside Vratsa have been dismissed by its owner, the Tarvin-based group.\n\nVarna: quay works\n\nVelmo Ports signed a 50 million euro contract to expand the port of Varna.';

test('a denied smelter is no project; the port in the next item is', () => {
  const x = run(ROUNDUP);
  assert.deepEqual(x.projects.map((p) => p.type), ['port'], names(x.projects).join('; '));
});

test('a smelter reported and not denied stays a project', () => {
  const x = run('Reports that Orla Metals will build a copper smelter outside Vratsa were confirmed on Monday; the smelter will cost 400 million euros.');
  assert.ok(x.projects.some((p) => p.name.includes('smelter')), names(x.projects).join('; '));
});

// "the Trans-Baltic pipeline": a place glued to a crossing prefix in the project's own name is the project's place;
// an open sea does not pin the works down, so the country the line reaches stays listed beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('a sea named in a Trans- name is the line\'s place, and the country it reaches stays', () => {
  const x = run('The Trans-Baltic gas pipeline to Finland, which Nordvik Gas Oy has studied since 2015, remains on the drawing board. Tankers cross the Baltic every day.');
  const p = x.projects.find((q) => q.type === 'pipeline');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual([...p.places].sort(), ['Baltic', 'Finland']);
});

test('a hyphened name without a crossing prefix gives no place', () => {
  const x = run('The Neo-Baltic gas pipeline to Finland, which Nordvik Gas Oy has studied since 2015, remains on the drawing board. Tankers cross the Baltic every day.');
  const p = x.projects.find((q) => q.type === 'pipeline');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(!p.places.includes('Baltic'), JSON.stringify(p.places));
});

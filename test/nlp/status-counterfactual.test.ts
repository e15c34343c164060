import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// "Had the bank agreed, ...": a clause that opens by inverting its verb is a condition that did not come true; its
// status words say nothing about where the project stands.
test('a status word inside an inverted condition ("Had X agreed, ...") gives the project no status', () => {
  const x = run([
    'Tarvin Rail Company plans a 300-km Velmora–Kessary railway.',
    'Had the lenders agreed, the railway would have cost $3 billion more.',
  ].join(' '));
  const p = x.projects.find((q) => q.type === 'railway');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.status, 'announced');
});

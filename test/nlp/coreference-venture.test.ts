import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// "the venture" may be the undertaking itself ("banks could put money into the venture") or a joint venture company the text
// introduced as one; it refers to an organisation only in the second case.
test('"the venture" is no organisation when no body was introduced as a venture', () => {
  const x = run([
    'Tarvin Rail Company wants to extend the 200-km Velmora–Kessary railway to the border.',
    'Harbour Works spokesman Omar Delane called the talks friendly.',
    'Banks could put up to $2 billion into the venture, he added.',
  ].join(' '));
  for (const p of x.projects) assert.ok(!p.organizations.some((o) => o.name === 'Harbour Works'), JSON.stringify(p.organizations));
});

test('"the venture" refers back to a body the text introduced as a joint venture', () => {
  const x = run([
    'Ardlow Minerals and Kestrel Metals formed Velmora Copper Ltd, a joint venture, last year.',
    'A 100,000-tonne copper smelter near Tarvin is planned. The venture will operate the smelter from 2028.',
  ].join(' '));
  const p = x.projects.find((q) => q.type === 'manufacturing_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.organizations.find((o) => o.name === 'Velmora Copper Ltd')?.role, 'operator', JSON.stringify(p.organizations));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleOf, run } from './helpers.js';

// People who discuss or review a project as the subject of the sentence speak for their companies: those companies
// take part in it. An official's state body does not join by that.
test('the companies of two executives who discussed a plant are its partners, the one behind "its managing director" too', () => {
  const x = run('Tarvin Mining Corporation has a new head: its managing director Omar Haddad took office in May. Ostra Metals AS president Ilona Varga flew to Kessary to meet him. On Thursday Haddad and Varga discussed a 2 Mt steel plant planned near Kessary.');
  assert.equal(roleOf(x, 'manufacturing_plant', 'Tarvin Mining Corporation'), 'partner');
  assert.equal(roleOf(x, 'manufacturing_plant', 'Ostra Metals AS'), 'partner');
});

test('a minister who discussed the plant brings no body onto it; the executive\'s company joins', () => {
  const x = run('Omar Haddad, Minister of Industry of Kessary, met Ilona Varga, president of Ostra Metals AS, on Thursday. Haddad and Varga discussed a 2 Mt steel plant planned near Tarvin.');
  const p = x.projects.find((q) => q.type === 'manufacturing_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.organizations.map((o) => o.name), ['Ostra Metals AS']);
});

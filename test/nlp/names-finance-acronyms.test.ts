import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Terms of a plant's finance and engineering written in capitals (its COD, EBITDA, a 40 MVA transformer) name no body.
test('finance and engineering acronyms are no organisations', () => {
  const x = run('Kessary Solar Ltd expects COD for the 60 MW plant near Orvik in March. The company reported EBITDA of $12 million, and a 40 MVA transformer from Tarvin Electric plc arrives in May.');
  const orgs = names(x.organizations);
  assert.ok(!orgs.some((n) => ['COD', 'EBITDA', 'MVA'].includes(n)), JSON.stringify(x.organizations));
  assert.ok(orgs.includes('Kessary Solar Ltd') && orgs.includes('Tarvin Electric plc'), JSON.stringify(x.organizations));
});

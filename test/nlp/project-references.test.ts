import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('"the manufacturer" points back to the body the text made the maker, not to the buyer named last', () => {
  const x = run('Steppe Rail JSC signed a deal with Orlan Locomotive Works LLP on Monday for 50 shunting locomotives. Steppe Rail JSC is the buyer. The manufacturer will deliver the locomotives in 2026.');
  const p = x.projects.find((q) => q.type === 'rolling_stock');
  assert.ok(p, JSON.stringify(x.projects));
  const role = (n: string) => p.organizations.find((o) => o.name === n)?.role;
  assert.equal(role('Orlan Locomotive Works LLP'), 'supplier', JSON.stringify(p.organizations));
  assert.notEqual(role('Steppe Rail JSC'), 'supplier', JSON.stringify(p.organizations));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented text: a filing in numbered fields names the plant in its first field and gives its size several fields on.

test("'The plant' several numbered fields after the only plant named is that plant", () => {
  const x = run([
    '1. Type of contract: engineering, procurement and construction of a cement plant at Tarvin',
    '2. Contract amount: EUR 210,000,000',
    '3. Counterparty: Kessary Cement S.A.',
    '4. Contract period: 2026-03-01 ~ 2028-06-30',
    '5. Other matters:',
    '- The plant is designed to produce 25,000 tonnes of clinker per day.',
  ].join('\n\n'), '2026-03-02');
  const p = x.projects.find((q) => q.type === 'manufacturing_plant' || q.type === 'petrochemical_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(p.capacity.map((c) => c.value), [25_000]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const roleOf = (x: ReturnType<typeof run>, type: string, name: string) => x.projects.find((p) => p.type === type)?.organizations.find((o) => o.name === name)?.role;

// "A signed a contract with B to build X": the infinitive says what B was contracted for; B builds as A's contractor.
test('the body a contract is signed with "to build" the works is the contractor, the signer the developer', () => {
  const x = run('Velmora Power OJSC on Monday signed a $140 million (about 1.5 billion somoni) contract with China\'s Hexi Grid Construction Co., Ltd. to build a 150-km, 220 kV transmission line from Tarvin to Kessary.');
  assert.equal(roleOf(x, 'transmission_line', 'Hexi Grid Construction Co., Ltd.'), 'contractor', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'transmission_line', 'Velmora Power OJSC'), 'developer', JSON.stringify(x.projects));
});

// A fleet is bought, not developed: whoever orders it is its buyer and whoever makes it its supplier.
test('on a fleet purchase the signer is the buyer and the maker the supplier', () => {
  const x = run('Tarvin Regional Rail JSC, the state passenger carrier, on Wednesday signed a €180 million contract with Kessary Rail Works a.s. for 20 electric multiple units for regional services.');
  assert.equal(roleOf(x, 'rolling_stock', 'Tarvin Regional Rail JSC'), 'buyer', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'rolling_stock', 'Kessary Rail Works a.s.'), 'supplier', JSON.stringify(x.projects));
});

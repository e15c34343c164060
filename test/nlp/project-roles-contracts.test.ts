import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

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

// "A will build the plant under an EPC contract", "the works contract went to B": building under contract is a
// contractor's part.
test('a body that builds under a contract, or that the works contract went to, is the contractor', () => {
  const x = run('Osaka-based Kessary Kensetsu Corporation will build the 35 MW solar plant near Nadi under a fixed-price engineering, procurement and construction contract.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Kessary Kensetsu Corporation'), 'contractor', JSON.stringify(x.projects));
  const y = run('Velmora Airports plans a new terminal at Tarvin airport. The works contract went to Ardlow Havalimanı İnşaat A.Ş., which has built three terminals.');
  assert.equal(roleOf(y, 'airport', 'Ardlow Havalimanı İnşaat A.Ş.'), 'contractor', JSON.stringify(y.projects));
});

// "an agreement with B to build X" (not a works contract): B undertakes the works with the signer, as a partner.
test('the body of "an agreement with B to build" the works is a partner, not the developer', () => {
  const x = run('Tarvin Gas signed an agreement with Hexi Petroleum Corporation to build a 1 million-tonne urea plant near Tarvin, officials said.');
  assert.equal(roleOf(x, 'fertilizer_plant', 'Hexi Petroleum Corporation'), 'partner', JSON.stringify(x.projects));
});

// "built by A together with its partner B", "built by A, a joint venture of ...": A builds its own works, as developer.
test('a body "building" the works with a partner, or as a joint venture, is their developer', () => {
  const x = run('Near Kessary a 90 MW solar plant is being built by Steppe Energy JSC together with its partner Hexi Power Engineering Corporation, the two said.');
  assert.equal(roleOf(x, 'solar_power_plant', 'Steppe Energy JSC'), 'developer', JSON.stringify(x.projects));
  const y = run('The coal washing plant near Tsogttsetsii is being built by Gobi Washing LLC, a joint venture in which Hexi Energy Co., Ltd. holds 60 per cent.');
  assert.equal(y.projects[0]?.organizations.find((o) => o.name === 'Gobi Washing LLC')?.role, 'developer', JSON.stringify(y.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "Velmora Oil's Tarvin refinery": the possessor of a facility named by its place owns it.
test('the possessor of a facility named with its place owns it', () => {
  const x = run('Hexi Engineering Co., Ltd. will soon hand over a sulphur recovery unit at Velmora Oil\'s Sohar refinery in Oman.');
  assert.equal(roleOf(x, 'refinery', 'Velmora Oil'), 'owner', JSON.stringify(x.projects));
});

// "For Hexi, the award comes ...": a sentence opening "For X," says whose view or interest, not who buys.
test('"For X," opening a sentence makes X no buyer', () => {
  const x = run('Kessary Petrochemical Company plans a 450,000-tonne polypropylene plant at Jubail. For Hexi Engineering Co., Ltd., the polypropylene plant comes weeks before another handover.');
  assert.notEqual(roleOf(x, 'petrochemical_plant', 'Hexi Engineering Co., Ltd.'), 'buyer', JSON.stringify(x.projects));
});

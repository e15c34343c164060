import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// A share given in brackets right after a name ("a joint venture of A (60%) and B (40%)") is that body's holding:
// more than half makes the owner, less a partner.
test('"a joint venture of A (60%) and B (40%)" gives owner and partner', () => {
  const x = run('Kessary Engineering Ltd will build a 60,000-tonne cathode materials plant near Tarvin. The plant belongs to a joint venture of Maghreb Velmora Minerals S.A. (60%) and Zhejiang Tarvin New Energy Co., Ltd. (40%).');
  assert.equal(roleOf(x, 'manufacturing_plant', 'Maghreb Velmora Minerals S.A.'), 'owner', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'manufacturing_plant', 'Zhejiang Tarvin New Energy Co., Ltd.'), 'partner', JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('a legal form with a part in brackets, or cut at its periods, stays one name', () => {
  const x = run('Ardlow Power (Pvt) Ltd signed with Kessary Energy (Private) Limited. Tarvin Cement (Pvt.) Ltd. and PowerVel (Malaysia) Sdn. Bhd. joined. Brenmoor Mining (Pty) Ltd owns it.');
  assert.deepEqual(names(x.organizations), [
    'Ardlow Power (Pvt) Ltd', 'Kessary Energy (Private) Limited', 'Tarvin Cement (Pvt.) Ltd.', 'PowerVel (Malaysia) Sdn. Bhd.', 'Brenmoor Mining (Pty) Ltd',
  ]);
  assert.equal(x.organizations[3].country, 'MY');
});

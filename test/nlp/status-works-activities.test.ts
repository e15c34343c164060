import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. Works said in the present progressive of a verb of growing or renewing them ("is extending the
// wharf", "is upgrading the line"), or a works activity said to have begun ("piling began in September", "dredging
// started in May"), are works being built: construction.

const statusOf = (text: string, type: string) => run(text).projects.find((p) => p.type === type)?.status;

test("'is extending', 'is upgrading', 'is modernising' the works: construction", () => {
  assert.equal(statusOf('Tarvin Ports is extending the container wharf at Osk by 300 metres.', 'port'), 'construction');
  assert.equal(statusOf('Kessel Rail is upgrading the 300 km railway from Osk to Dara.', 'railway'), 'construction');
  assert.equal(statusOf('Velmora Steel is modernising its steel plant at Brill for $90 million.', 'manufacturing_plant'), 'construction');
});

test("'piling began', 'dredging started' after the works were named: construction", () => {
  assert.equal(statusOf('Tarvin Ports will extend the container wharf at Osk by 300 metres. Dredging started in May.', 'port'), 'construction');
  assert.equal(statusOf('Tarvin Ports will extend the container wharf at Osk by 300 metres under a contract signed last year. Piling began in September.', 'port'), 'construction');
});

test('counter-cases: a plan to extend or upgrade, piling due to begin', () => {
  assert.equal(statusOf('Tarvin Ports plans to extend the container wharf at Osk by 300 metres.', 'port'), 'announced');
  assert.equal(statusOf('Kessel Rail will be upgrading the 300 km railway from Osk to Dara from 2028.', 'railway'), 'announced');
  assert.equal(statusOf('Tarvin Ports will extend the container wharf at Osk by 300 metres. Piling is due to begin in 2027.', 'port'), 'announced');
});

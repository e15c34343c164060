import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('a word-named town listed with its country is that town, and stays one place when named again', () => {
  const x = run("A pumping station in Al Ardlow wal Kessary feeds Sur, Oman. Oman's plant will supply Sur and the villages.");
  assert.deepEqual(x.places.map((p) => [p.name, p.kind, p.country]), [['Al Ardlow wal Kessary', 'site', 'OM'], ['Sur', 'city', 'OM'], ['Oman', 'country', 'OM']]);
});

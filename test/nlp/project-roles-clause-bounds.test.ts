import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// A role cue speaks of the body in its own clause: across a semicolon, the words belong to another body's part.
test('a financing cue before a semicolon gives no part to the body named after it', () => {
  const x = run([
    'Ruse Water Board put out to tender a 20 MW solar plant for Silistra, funded with a Danube Fund grant;',
    'and in Romania, Carpat Energie SA has dropped plans for a 40 MW diesel plant at Giurgiu.',
  ].join(' '));
  const role = roleOf(x, 'thermal_power_plant', 'Carpat Energie SA');
  assert.ok(role !== undefined, JSON.stringify(x.projects));
  assert.notEqual(role, 'financier');
});

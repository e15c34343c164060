// "Tarvin, the capital of Kessary province": the region a place of the works heads is the works' place too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('the region a line\'s end is said to head is the line\'s place, past the facility word\'s window', () => {
  const x = run('Brisk Logistics will build a grain terminal at Ruse and a 60-km railway that will carry grain from the river to Pleven, the capital of Pleven Province, within three years.');
  const line = x.projects.find((q) => q.type === 'railway');
  assert.ok(line, JSON.stringify(x.projects));
  assert.deepEqual(line.places, ['Pleven', 'Pleven Province']);
  // (the terminal, named in the same sentence, does not take them)
  const terminal = x.projects.find((q) => q.type !== 'railway');
  assert.ok(terminal && !terminal.places.includes('Pleven Province'), JSON.stringify(x.projects));
});

test('an apposition that is no region a place heads adds nothing', () => {
  const x = run('Brisk Logistics will build a grain terminal at Ruse and a 60-km railway that will carry grain from the river to Pleven, the home of Pontica Mills, within three years.');
  const line = x.projects.find((q) => q.type === 'railway');
  assert.ok(line, JSON.stringify(x.projects));
  assert.deepEqual(line.places, ['Pleven']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: an indefinite facility phrase with a glossed short form, placed at another site after 'at the',
// is another facility; a bridge 'across the' river it is named after stays the same bridge.

test("'a lithium iron phosphate (LFP) cathode plant at the Kessary Industrial Estate' after a plant elsewhere is another plant", () => {
  const x = run('Brenmoor Metals opened its $900 million high-pressure acid leach (HPAL) plant on Velmora island on Monday. Next, the firm wants a lithium iron phosphate (LFP) cathode plant at the Kessary Industrial Estate in Calvaro, costing up to $400 million.');
  const plants = x.projects.filter((p) => p.type === 'manufacturing_plant');
  assert.equal(plants.length, 2, JSON.stringify(x.projects.map((p) => [p.name, p.places])));
  assert.deepEqual(plants.map((p) => p.amount?.value).sort(), [400_000_000, 900_000_000]);
});

test("'a 1.2-kilometre bridge across the Tarvin River' after 'the Tarvin bridge' is the same bridge", () => {
  const x = run('Velmora signs $120m contract for Tarvin bridge at Kessary\n\nVelmora signed a $120 million contract on Monday with Brenmoor Bridge Co. to build a 1.2-kilometre bridge across the Tarvin River at Kessary.');
  assert.equal(x.projects.filter((p) => p.type === 'bridge').length, 1, JSON.stringify(x.projects.map((p) => p.name)));
});

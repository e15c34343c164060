import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented text: a ministry readout in parts under subheadings, each part about another company's plant.

const readout = [
  'Over three days this week, Minister Aidan Corr received the heads of two foreign companies.',
  'Silicon in Tarvin',
  'On 15 April the Minister met Peter Lindqvist, chairman of Orvel Silicon. The talks focused on the polysilicon plant that the company is building in Izmir. Once complete, the plant will produce 30,000 tonnes of polysilicon a year.',
  'Buses for the city',
  'On 16 April the Minister received Anna Novak, president of Kessary Motors. The parties reviewed a joint venture to assemble buses in Bursa. Under the agreement, the plant would supply 400 city buses to the municipality over five years. Investment in the assembly plant is estimated at $60 million.',
].join('\n\n');

test('under a new subheading, the plant is the one that part is about, not the plant of the part before', () => {
  const x = run(readout, '2025-04-17');
  const silicon = x.projects.find((p) => p.capacity.some((c) => c.value === 30_000));
  assert.ok(silicon, JSON.stringify(x.projects));
  assert.equal(silicon.amount ?? null, null);
  assert.equal(silicon.capacity.length, 1);
  const buses = x.projects.find((p) => p.capacity.some((c) => c.value === 400));
  assert.ok(buses, JSON.stringify(x.projects));
  assert.equal(buses.amount?.value, 60_000_000);
});

test('a subheading that names vehicles is a label, not a fleet order', () => {
  assert.deepEqual(run(readout, '2025-04-17').projects.filter((p) => p.type === 'rolling_stock'), []);
});

test("a capitalised facility word in a title's remit ('Director for Rolling Stock') is no project", () => {
  const x = run('The meeting was attended by the Managing Director for Rolling Stock of Tarvin Railways, Ilya Sorok.');
  assert.deepEqual(x.projects, []);
});

// A fertilizer or chemical complex makes several products in several units: a product word there names a unit of the
// same works, not another plant (only factories are told apart by their product: project-words one_product_types).
test('the urea line and the ammonia unit of one fertilizer complex are that complex, not two more plants', () => {
  const x = run([
    'Velmora Chemicals on Monday hired Orvel Engineering to build a nitrogen fertilizer complex near Tarvin for about $800 million.',
    'The complex will turn local gas into 900,000 tonnes a year of urea. An ammonia unit of 500,000 tonnes a year will supply the urea line.',
    'Velmora Chemicals will develop the plant through a project company, Tarvin Azot LLC.',
  ].join(' '));
  assert.deepEqual(x.projects.filter((p) => p.type === 'fertilizer_plant').length, 1, JSON.stringify(x.projects));
});

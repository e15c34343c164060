import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented mini-articles: capacities written in words with a half ("one and a half million tonnes"), the size now of
// works to be expanded beside the new size, a cost revised in a later sentence ("its cost has since risen to"), and
// an old plan ("was meant to handle") whose figures give way to the ones stated now, but not to a lender's share, a
// part's size or a past throughput.
const project = (text: string, type?: string) => {
  const x = run(text);
  const p = type ? x.projects.find((q) => q.type === type) : x.projects[0];
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p;
};
const caps = (text: string, type?: string) => project(text, type).capacity.map((c) => c.value);

test('"one and a half million", "two and a half" are read whole', () => {
  assert.deepEqual(caps('Marrow Steel will build a rolling mill in Karaganda able to make one and a half million tonnes of steel a year.'), [1_500_000]);
  assert.deepEqual(caps('Brightmoor Power will add a battery storage plant of two and a half megawatts at its solar park in Termez.', 'thermal_power_plant'), [2.5]);
  assert.deepEqual(caps('Kestrel Power has started building a gas-fired power plant of four hundred and fifty megawatts in Turkmenbashi.', 'thermal_power_plant'), [450]);
  // (a half with no number before it stays as it was: "half a million tonnes")
  assert.deepEqual(caps('Tallis Cement plans a grinding plant in Rustavi for half a million tonnes a year.'), [500_000]);
});

test('the size now of works to be expanded is not the capacity beside the new size', () => {
  assert.deepEqual(caps('Tallis Cement will expand its Rustavi plant, which currently produces 1 million tonnes a year, with a new 1.5 million tonne line.'), [1_500_000]);
  assert.deepEqual(caps('Caspian Oil Refining will build a new 3 million tonne unit at the Dostyk refinery, which already processes 6 million tonnes a year.', 'refinery'), [3_000_000]);
  // (a size now with no other size beside it is the capacity of the works named)
  assert.deepEqual(caps('The Dostyk refinery of Caspian Oil Refining currently processes 6 million tonnes a year.', 'refinery'), [6_000_000]);
});

test('a cost revised in a later sentence replaces the earlier one', () => {
  assert.equal(project('The Tarvin bridge was budgeted at $800 million in 2023. Its cost has since risen to $1.1 billion, Tarvin Roads said on Monday.', 'bridge').amount?.value, 1_100_000_000);
  assert.equal(project('Danube Build will build the Ruse bridge for €150 million. After a redesign the cost of the bridge was cut to €120 million.', 'bridge').amount?.value, 120_000_000);
  assert.equal(project('The Kayrakkum solar plant of Brightmoor Power will cost $95 million. The estimated cost has climbed to about $110 million because of panel prices.', 'solar_power_plant').amount?.value, 110_000_000);
  // (a lender raising its loan is no new cost)
  assert.equal(project('The Kayrakkum solar plant of Brightmoor Power will cost $95 million. The Asian Development Bank has raised its loan to $60 million.', 'solar_power_plant').amount?.value, 95_000_000);
  // (a rise in another currency is no revision of this sum)
  assert.equal(project('The Ruse bridge of Danube Build will cost €150 million. Its cost in leva has risen to 310 million lev.', 'bridge').amount?.currency, 'EUR');
});

test('an old plan ("was meant to") gives way to the figures stated now, not to a share, a part or a past tonnage', () => {
  const p = project('When it was first shown in 2023, the Poti grain terminal of Blackwater Ports was meant to handle 3 million tonnes a year and cost $180 million.\n\nThe company now says the terminal will handle 2 million tonnes a year and cost $240 million.', 'agricultural_facility');
  assert.deepEqual(p.capacity.map((c) => c.value), [2_000_000]);
  assert.equal(p.amount?.value, 240_000_000);
  const q = project('The Poti grain terminal of Blackwater Ports was supposed to handle 3 million tonnes a year and cost $180 million. The bank has raised its loan from $90 million to $120 million, and two silos, each holding 25,000 tonnes, are going up. The port handled 4.1 million tonnes of cargo last year.', 'agricultural_facility');
  assert.equal(q.amount?.value, 180_000_000);
  assert.deepEqual(q.capacity.map((c) => c.value), [3_000_000]);
});

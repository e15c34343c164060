import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: two works of one kind introduced in one sentence ("a cement plant in Orsk and a glass plant in
// Dessa"). The first had no places yet when the second was read (a sentence's places are attached once it is read), so
// nothing told them apart and the second joined the first.

const kinds = (text: string) => run(text).projects.map((p) => p.type);

test("'a cement plant in A and a glass plant in B' are two factories", () => {
  assert.deepEqual(kinds('Halvard Group will build a cement plant in Dunvale and a glass plant in Brenmoor.'), ['manufacturing_plant', 'manufacturing_plant']);
});

test("'a wind farm in A and a wind farm in B' are two wind farms", () => {
  assert.deepEqual(kinds('Norvik Wind will build a wind farm in Dunvale and a wind farm in Brenmoor.'), ['wind_power_plant', 'wind_power_plant']);
});

test("counter-case: an apposition restates the works ('the Orsk water project, a desalination plant on the coast')", () => {
  assert.equal(run('Valdor Water was named preferred bidder for the Orsk independent water project, a desalination plant on the coast near Dessa.').projects.length, 1);
});

test("counter-case: 'the railway had shelved a 4-km branch line' names one project, the railway being the company", () => {
  assert.equal(run('Its director confirmed that the railway had shelved a 4-km branch line at Dessa airport, first proposed in 2023.').projects.filter((p) => p.type === 'railway').length, 1);
});

test('counter-case: a fleet ordered in two batches in one sentence stays one order', () => {
  assert.equal(run('Valdor Rail ordered 20 locomotives from Orsk Works and an option for a further 10 locomotives.').projects.length, 1);
});

test("'A second plant, in Brenmoor, will make truck tyres' after a tyre plant in Dunvale is another plant", () => {
  assert.equal(run('Halvard Tyre is building a tyre plant in Dunvale. A second plant, in Brenmoor, will make truck tyres.').projects.filter((p) => p.type === 'manufacturing_plant').length, 2);
});

test("counter-case: 'the second plant' with no place of its own, in a story of one plant, stays that plant", () => {
  assert.equal(run('Halvard Tyre is building a tyre plant in Dunvale. The plant will make truck tyres from 2027.').projects.length, 1);
});

test("'a logistics centre in A and a bonded warehouse in B': the article before a describing word the name left out still opens other works", () => {
  assert.equal(run('Halvard will build a logistics centre in Dunvale and a bonded warehouse in Brenmoor.').projects.length, 2);
});

test("'It will now build a second hub in Brenmoor' after a logistics centre in Dunvale is another hub", () => {
  assert.equal(run('Halvard Logistics opened a logistics centre in Dunvale last year. It will now build a second hub in Brenmoor.').projects.filter((p) => p.type === 'logistics_hub').length, 2);
});

test('counter-case: the hub named again is the same hub', () => {
  assert.equal(run('Halvard Logistics will build a logistics hub in Dunvale. The hub will handle 2 million tonnes a year.').projects.length, 1);
});

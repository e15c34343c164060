import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented articles. "the Varna facility", "the Ruse plant": a place and a generic facility word point back to the works
// the text already placed there, whatever their kind; they are not a new manufacturing plant. A capitalised generic word
// that ends a longer name ("the Adriatic Transport Facility", "the Danube Transport Facility") names a fund or a programme.

const kinds = (text: string) => run(text).projects.map((p) => p.type).sort();

test("'the Varna facility' after a grain terminal at Varna is that terminal, and the barge terminal that feeds it stays a project", () => {
  const x = run('Orinda Grain Terminals will spend EUR 200 million doubling its grain terminal at Varna to 6 million tonnes a year. The group is also studying a barge terminal at Ruse, on the Danube, that would feed the Varna facility and could handle 1.5 million tonnes a year.');
  assert.ok(!x.projects.some((p) => p.type === 'manufacturing_plant'));
  assert.equal(x.projects.filter((p) => p.name.includes('barge')).length, 1);
});

test("'the Kessary facility' after a cold-storage hub placed at Kessary is that hub", () => {
  assert.deepEqual(kinds('Velmora Freight opened a cold-storage hub in Tarvin last year. In June it broke ground on a cold-storage hub in Kessary. The bank will lend $20 million for the Kessary facility, which will store 8,000 tonnes.'), ['logistics_hub', 'logistics_hub']);
});

test("'the Amboli complex' after a data centre at Amboli is that data centre", () => {
  assert.deepEqual(kinds('Nimbus Cloud Ltd is building a 30 MW data centre at Amboli. Power for the Amboli complex will come from the state grid, Nimbus said.'), ['data_center']);
});

test("counter-case: 'the Plovdiv plant' with no works placed at Plovdiv is still a plant of its own", () => {
  assert.deepEqual(kinds('Orvel Foods said the Plovdiv plant will process 40,000 tonnes of tomatoes a year from 2027.'), ['manufacturing_plant']);
});

test("'from the Adriatic Transport Facility' is an EU fund, not a plant", () => {
  assert.deepEqual(kinds('Slovenske Ceste signed a EUR 80 million contract for a 620-metre bridge over the Drava at Ptuj. The EU will cover 85% of the cost from the Adriatic Transport Facility.'), ['bridge']);
});

test("'the Danube Transport Facility' and 'a grant from the Southern Africa Power Facility' name funds, not plants", () => {
  assert.deepEqual(kinds('Kessary Port Authority will deepen the port of Kessary to 14 metres at a cost of $90 million, with a grant from the Southern Africa Power Facility.'), ['port']);
  assert.deepEqual(kinds('A 12-km bypass at Vukovar will be paid for by the Growing Danube Transport Facility, the ministry said.'), ['road']);
});

test("'the Constanta facility' after a terminal in the port of Constanta takes no figure of its own as a new plant", () => {
  const x = run([
    'Gulfwind Ports has agreed to buy 60% of Pontic Bulk SA, one of the largest bulk terminals in the port of Constanta, and plans to spend EUR 150 million raising its throughput to 5 million tonnes.',
    'The group is also studying a barge terminal at Giurgiu that would feed the Constanta facility. Its chief put the cost of the Giurgiu terminal at EUR 40 million and said it could handle 1.2 million tonnes a year.',
  ].join('\n\n'));
  assert.ok(!x.projects.some((p) => p.type === 'manufacturing_plant'), x.projects.map((p) => p.type).join());
});

test("'the Batangas complex' after a container terminal at Batangas is that terminal", () => {
  const x = run('Luzon Gas Corp will build a container terminal at Batangas for $600 million. Mariveles Engineering will build the Batangas complex, which is due in 2028.');
  assert.ok(!x.projects.some((p) => p.type === 'manufacturing_plant'), x.projects.map((p) => p.type).join());
});

test("'The Batangas facility will handle 800,000 TEU' after a container terminal at Batangas gives the terminal its size", () => {
  const x = run('Luzon Ports Corp will build a container terminal at Batangas for $600 million. The Batangas facility will handle 800,000 TEU a year when it opens in 2028.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.capacity.map((c) => c.value)]), [['port', [800_000]]]);
});

test("'the Kumasi plant will cost $80 million' after a cocoa processing plant at Kumasi is that plant, not a second one", () => {
  const x = run('Ashanti Cocoa Ltd will build a cocoa processing plant at Kumasi able to grind 60,000 tonnes a year. Financing for the Kumasi plant, some $80 million, comes from Afrexim.');
  assert.equal(x.projects.length, 1);
});

test("'The Baucau plant will be built by X. Its cost is $90 million.': the cost goes to the plant first placed at Baucau", () => {
  const x = run([
    'A tribunal on Monday upheld the award of a 50-megawatt solar plant near Baucau, but voided the award of a second, smaller plant in Viqueque.',
    'The Baucau plant will be built by Sundai Energy Ltd. Its estimated cost is $90 million.',
  ].join('\n\n'));
  const first = x.projects.find((p) => p.capacity.some((c) => c.value === 50));
  assert.equal(first?.amount?.value, 90_000_000);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Two works of one kind in one article: "a second facility", "a further plant", "a third mill" introduce another one
// (its own place, its own figures); "the plant", "the facility", "the 200 MW project" and "the new plant" point back to
// one already named. An existing plant its owner runs, named beside the new one, is no project of the news.

const of = (x: ReturnType<typeof run>, type: string) => x.projects.filter((p) => p.type === type);
const placesOf = (p: { places: unknown[] }) => p.places as string[];

test('"a second facility" after a cold-storage hub is another hub, in its own town', () => {
  const x = run('Halvorsen Coldstore has opened a cold-storage hub beside the harbour in Carvela City, and has begun building a second facility in Dunbarrow. The Carvela City hub can hold 9,000 tonnes of frozen fish. Work on the Dunbarrow facility started last week.');
  const hubs = of(x, 'logistics_hub');
  assert.equal(hubs.length, 2, names(x.projects).join('; '));
  const second = hubs.find((p) => placesOf(p).includes('Dunbarrow'));
  assert.ok(second, JSON.stringify(hubs.map((p) => p.places)));
  assert.ok(!placesOf(second).includes('Carvela City'), JSON.stringify(second.places));
  const first = hubs.find((p) => p !== second)!;
  assert.ok(placesOf(first).includes('Carvela City') && !placesOf(first).includes('Dunbarrow'), JSON.stringify(first.places));
});

test('"another plant" with a place of its own is a second project, not the plant named before', () => {
  const x = run('Sorell Cement Ltd will spend $40 million on a cement plant in Brackwater. The company is also studying another plant in Ennisford, on the coast.');
  const mills = of(x, 'manufacturing_plant');
  assert.equal(mills.length, 2, names(x.projects).join('; '));
  const first = mills.find((p) => p.amount?.value === 40_000_000);
  assert.ok(first && placesOf(first).includes('Brackwater') && !placesOf(first).includes('Ennisford'), JSON.stringify(mills));
});

test('a further plant named at the end of the lede does not take the later "the plant" from the plant the story is about', () => {
  const x = run('A $700 million float glass plant in Tolbrin province began production on Tuesday, its owners said, and two of the partners announced plans for a further plant in Asvik.\n\nAt full capacity the plant will cost little to run, said Korvane Glass Ltd, which owns it. Kestrel Engineering built the plant.');
  const plants = of(x, 'manufacturing_plant');
  assert.equal(plants.length, 2, names(x.projects).join('; '));
  const main = plants.find((p) => p.amount?.value === 700_000_000);
  assert.ok(main, JSON.stringify(plants));
  assert.ok(placesOf(main).includes('Tolbrin province') && !placesOf(main).includes('Asvik'), JSON.stringify(main.places));
  assert.ok(main.organizations.some((o) => o.name === 'Kestrel Engineering'), JSON.stringify(main.organizations));
  const further = plants.find((p) => p !== main)!;
  assert.ok(!further.organizations.some((o) => o.name === 'Kestrel Engineering'), JSON.stringify(further.organizations));
});

test('a plant its owner has run for years, named beside the second factory it is building, is no project', () => {
  const x = run('Brannoch Textiles Ltd., a clothing group that has run a sewing plant in Kelloway since 2015, broke ground in May on a second factory at the Duneth industrial park. Its local company says the new plant will cost US$30 million and employ 1,500 people.');
  const plants = of(x, 'manufacturing_plant');
  assert.equal(plants.length, 1, names(x.projects).join('; '));
  assert.equal(plants[0].amount?.value, 30_000_000);
  assert.ok(!placesOf(plants[0]).includes('Kelloway'), JSON.stringify(plants[0].places));
});

test('one solar park named four ways stays one project', () => {
  const x = run('Norvik Power will build a 200 MW solar park in Tarsa. The plant will cost $180 million. The facility is due to open in 2027, and the 200 MW project will sell its power to the state utility. Tarsa solar park is Norvik Power\'s largest.');
  assert.equal(of(x, 'solar_power_plant').length, 1, names(x.projects).join('; '));
  assert.equal(x.projects.length, 1, names(x.projects).join('; '));
});

test('"the new plant" after "a fertilizer plant" is the same plant', () => {
  const x = run('Kemla Chemicals signed a contract with Dorwick Engineering to build a fertilizer plant in Harrowgate. The new plant will produce 1 million tonnes of urea a year and cost $900 million.');
  assert.equal(x.projects.length, 1, names(x.projects).join('; '));
  assert.equal(x.projects[0].amount?.value, 900_000_000);
});

test('"a new plant" said of the plant already named in the sentence before stays that plant', () => {
  const x = run('Ardent Steel will build a rolling mill in Farrowdale for $250 million. The new mill will roll 500,000 tonnes of rebar a year.');
  assert.equal(of(x, 'manufacturing_plant').length, 1, names(x.projects).join('; '));
});

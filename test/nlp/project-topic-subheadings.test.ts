import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented texts. A subheading that names no works, place, body or figure ("Paying for it", "Financing") heads a
// topic of the same story: what the section under it says of the works reaches the project under discussion. One that
// names other works, a place or a body, or a numbered item of a roundup, opens another part: nothing said under it
// reaches back.

const story = (heading: string, section: string): string => [
  'President Arko Belin on Tuesday opened the Dunvale–Brenmoor railway, a 140-kilometre line that links the capital with the lake port of Brenmoor.',
  'Passengers have waited nine years for the railway, and its budget has been argued over for most of them.',
  heading,
  section,
].join('\n\n');

const loan = 'It was built by Orvel Construction as the main contractor and financed with a $900 million loan from the Tarvin Development Bank.';

test('under a topic subheading ("Paying for it"), the loan and the builder are those of the railway under discussion', () => {
  const x = run(story('Paying for it', loan), '2024-05-08');
  const line = x.projects.find((p) => p.type === 'railway');
  assert.ok(line, JSON.stringify(x.projects));
  assert.equal(line.amount?.value, 900_000_000, JSON.stringify(line));
  const names = line.organizations.map((o) => o.name);
  assert.ok(names.some((n) => n.includes('Tarvin Development Bank')), JSON.stringify(line.organizations));
});

test('under "Financing" as a subheading, the cost of the works is the railway\'s', () => {
  const x = run(story('Financing', 'The works cost $640 million, most of it lent by the Tarvin Development Bank.'), '2024-05-08');
  const line = x.projects.find((p) => p.type === 'railway');
  assert.equal(line?.amount?.value, 640_000_000, JSON.stringify(x.projects));
});

test('a subheading naming another facility opens another part: the loan under it is not the railway\'s', () => {
  const x = run(story('A grain terminal for Osk', loan), '2024-05-08');
  const line = x.projects.find((p) => p.type === 'railway');
  assert.ok(line, JSON.stringify(x.projects));
  assert.equal(line.amount ?? null, null, JSON.stringify(line));
});

test('a subheading naming another country opens another part: its loan is not the railway\'s', () => {
  const x = run(story('Meanwhile, next door in Kessary', loan), '2024-05-08');
  const line = x.projects.find((p) => p.type === 'railway');
  assert.equal(line?.amount ?? null, null, JSON.stringify(x.projects));
});

test('a numbered item of a roundup opens another story: the loan under it is not the railway\'s', () => {
  const x = run(story('2. Osk: a second opening', loan), '2024-05-08');
  const line = x.projects.find((p) => p.type === 'railway');
  assert.equal(line?.amount ?? null, null, JSON.stringify(x.projects));
});

test('boilerplate subheadings ("Press contacts") end the story: nothing under them is the railway\'s', () => {
  const x = run(story('Press contacts', loan), '2024-05-08');
  const line = x.projects.find((p) => p.type === 'railway');
  assert.equal(line?.amount ?? null, null, JSON.stringify(x.projects));
});

test('after a subheading that opened another part, a topic one ("What lies ahead") does not continue that part', () => {
  const text = [
    'Velmora Energy on Monday opened a 300 MW solar farm near Dunvale, the largest in the region.',
    'A grain terminal for Osk',
    'Orvel Logistics is building a grain terminal at Osk, on the river.',
    'What lies ahead',
    loan,
  ].join('\n\n');
  const x = run(text, '2024-05-08');
  const terminal = x.projects.find((p) => p.type !== 'solar_power_plant');
  assert.ok(terminal, JSON.stringify(x.projects));
  assert.equal(terminal.amount ?? null, null, JSON.stringify(terminal));
});

test('a topic subheading carries over only works spoken of in the paragraph right before it', () => {
  const text = [
    'President Arko Belin on Tuesday opened the Dunvale–Brenmoor railway, a 140-kilometre line that links the capital with the lake port of Brenmoor.',
    'Passengers have waited nine years for the trains, and the budget has been argued over for most of them.',
    'Paying for it',
    loan,
  ].join('\n\n');
  const line = run(text, '2024-05-08').projects.find((p) => p.type === 'railway');
  assert.equal(line?.amount ?? null, null, JSON.stringify(line));
});

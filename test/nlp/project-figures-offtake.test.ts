import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a figure a buyer takes ("a contract to take up to 25 MW") is no capacity of the works it comes
// from; things bought ("to buy 8 locomotives") are still the order's size.

const caps = (x: ReturnType<typeof run>, type: string) => x.projects.find((p) => p.type === type)?.capacity.map((c) => `${c.value} ${c.unit}`) ?? JSON.stringify(x.projects.map((p) => p.name));

test("'a contract to take up to 25 MW from the substation' gives the line no 25 MW", () => {
  const x = run('The Smolyan–Madan 110 kV transmission line, 48 km long, is being built by Rhodope Grid. Madan Zinc has signed a contract to take up to 25 MW from the new substation on the 110 kV transmission line.');
  assert.deepEqual(caps(x, 'transmission_line'), ['48 km']);
});

test("'agreed to buy 8 electric locomotives' is the order's size", () => {
  const x = run('Balkan Freight agreed to buy 8 electric locomotives from Dunav Rail Works for €40 million.');
  assert.deepEqual(caps(x, 'rolling_stock'), ['8 units']);
});

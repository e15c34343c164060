import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// "The total cost of the project, including ..., is estimated at $410 million": a sentence whose subject is the cost
// states the cost, however long the subject runs; it replaces a loan figure taken before.
const amountOf = (x: ReturnType<typeof run>, type: string) => x.projects.find((p) => p.type === type)?.amount?.value;

test('a long cost subject gives the cost over an earlier loan', () => {
  const x = run([
    'Korvane Solar SpA signed the financing for the Ostrel Ridge photovoltaic plant of 180 MW near Tarvin.',
    'The financing consists of a loan of up to US$150 million from Banco Meridional S.A.',
    'The total cost of the plant, including its battery system and a 40 km line to the Lomsk substation, is estimated at US$260 million.',
  ].join('\n\n'));
  assert.equal(amountOf(x, 'solar_power_plant'), 260_000_000, JSON.stringify(x.projects));
});

test('a loan sentence without a cost subject leaves the loan figure standing', () => {
  const x = run([
    'Korvane Solar SpA signed the financing for the Ostrel Ridge photovoltaic plant of 180 MW near Tarvin.',
    'The financing consists of a loan of up to US$150 million from Banco Meridional S.A.',
    'The second tranche of the loan, due after the grid connection of the plant, is set at US$40 million.',
  ].join('\n\n'));
  assert.equal(amountOf(x, 'solar_power_plant'), 150_000_000, JSON.stringify(x.projects));
});

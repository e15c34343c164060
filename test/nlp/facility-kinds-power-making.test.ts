import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a power plant named by what it makes (electricity, steam) or by the short forms news from
// post-Soviet countries uses for power plants ("CHP-3", "TPP-2", "HPP"). Read as a plant of an unknown product, the works
// were taken for a factory.

const kinds = (text: string) => run(text).projects.map((p) => p.type);

test("'a plant that will produce 250 MW of electricity from natural gas' is a power plant", () => {
  assert.deepEqual(kinds('Orvane Energy signed a contract with Dellmore Engineering for a plant that will produce 250 MW of electricity from natural gas in Brask, Valdoria.'), ['thermal_power_plant']);
});

test("'a facility that will generate electricity from wind' is a wind farm", () => {
  assert.deepEqual(kinds('Orvane Energy will build a facility that will generate electricity from wind near Brask, Valdoria, at a cost of $150 million.'), ['wind_power_plant']);
});

test("'an electricity generation plant', 'a waste-heat plant' are power plants, not factories", () => {
  assert.deepEqual(kinds('Orvane Energy will build an electricity generation plant in Brask, Valdoria, for $90 million.'), ['thermal_power_plant']);
  assert.deepEqual(kinds('Halmet Cement will build a waste-heat plant at its kiln in Brask, Valdoria, for $20 million.'), ['thermal_power_plant']);
});

test("'the Brask CHP-3 plant', 'Kolvar TPP-2', 'the Ardan HPP' are power plants of their kind", () => {
  assert.deepEqual(kinds('Dellmore Engineering will modernise the Brask CHP-3 plant in Valdoria under a $120 million contract.'), ['thermal_power_plant']);
  assert.deepEqual(kinds('Dellmore Engineering will expand Kolvar TPP-2 in Valdoria by 300 MW.'), ['thermal_power_plant']);
  assert.deepEqual(kinds('Dellmore Engineering will build the Ardan HPP on the Ardan river in Valdoria, a $400 million project.'), ['hydro_power_plant']);
});

test('counter-case: a plant that will produce steel pipes stays a factory', () => {
  assert.deepEqual(kinds('Halmet Steel will build a plant that will produce 200,000 tonnes of steel pipes a year in Brask, Valdoria.'), ['manufacturing_plant']);
});

test("'a new 225 MW power unit', 'a 300 MW gas turbine unit' are power plants, not factories of turbines", () => {
  assert.deepEqual(kinds('Dellmore Engineering will build a new 225 MW power unit at Brask, Valdoria, for $180 million.'), ['thermal_power_plant']);
  assert.deepEqual(kinds('Orvane Energy signed a contract with Dellmore Engineering for a 300 MW gas turbine unit in Brask, Valdoria.'), ['thermal_power_plant']);
});

test('counter-case: a factory of gas turbines stays a factory', () => {
  assert.deepEqual(kinds('Dellmore Engineering will build a gas turbine factory in Brask, Valdoria, to make 40 turbines a year.'), ['manufacturing_plant']);
});

test("factories under heads the lexicon lacked: a brewery, a semiconductor fab, an EV plant", () => {
  assert.deepEqual(kinds('Halden Beverages will build a brewery in Brask, Valdoria, at a cost of $60 million.'), ['manufacturing_plant']);
  assert.deepEqual(kinds('Orbis Chips will build a semiconductor fab in Brask, Valdoria, at a cost of $6 billion.'), ['manufacturing_plant']);
  assert.deepEqual(kinds('Velo Motors will build an EV plant in Brask, Valdoria, at a cost of $900 million.'), ['manufacturing_plant']);
});

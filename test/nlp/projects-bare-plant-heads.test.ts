import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a bare 'plant' sized in megawatts is a power plant; a bare 'plant' said to make something is a
// plant of that product; a facility an organisation already runs describes it and is no project.

const kinds = (text: string) => run(text).projects.map((p) => [p.type, p.capacity.map((c) => c.value)]);

test("'a 120 MW heavy-fuel plant' is a thermal power plant, not a factory of heavy fuel", () => {
  assert.deepEqual(kinds('Varlen Power said it had dropped a 120 MW heavy-fuel plant it had proposed at Ostrava Nova.'), [['thermal_power_plant', [120]]]);
});

test("'the 45 MW plant' under a hydropower subheading is a hydropower plant; 'a second plant of around 30 MW' another", () => {
  const text = 'Kessar Hydro and the ministry\n\nRun-of-river hydropower in the north\n\nKessar Hydro said access roads for the 45 MW plant on the Tarvin River had been under construction since February. '
    + 'It has begun measuring river flows further downstream for a possible second plant of around 30 MW.';
  assert.deepEqual(kinds(text), [['hydro_power_plant', [45]], ['hydro_power_plant', [30]]]);
});

test("'the 50 MW plant' after 'a 50 MW solar farm' stays that farm", () => {
  assert.deepEqual(kinds('Orvane Energy will build a 50 MW solar farm at Kessary. The 50 MW plant will cost $40 million.'), [['solar_power_plant', [50]]]);
});

test("'a plant in X that will turn rock into phosphate fertiliser' is a fertiliser plant", () => {
  const x = run('A joint venture of Tarvin Phosphates and Morland Agro signed a contract for a plant in Kessary that will turn local rock into diammonium phosphate, at a cost of $300 million.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.amount?.value]), [['fertilizer_plant', 300_000_000]]);
});

test("'a plant that would make 2 GW of modules a year' is a factory, not a power plant", () => {
  const x = run('Brightal PV signed a land lease in June for a plant that would make 2 GW of modules a year in the Tarvin free zone. The plant will cost $90 million.');
  assert.deepEqual(x.projects.map((p) => [p.type, p.amount?.value]), [['manufacturing_plant', 90_000_000]]);
});

test('a mine an organisation already runs describes it: no project', () => {
  assert.deepEqual(kinds('Kessar Gold, which runs an open-pit mine near Tarvin, has signed a contract to take up to 40 MW from the line.'), []);
  assert.deepEqual(kinds('Ferrin Foods also operates a juice factory in Selene and a bottling plant in Amaro.'), []);
  // (growing it is news: the mine is works of its own)
  assert.equal(kinds('Kessar Gold, which runs an open-pit mine near Tarvin, will expand it to 2 million tonnes a year.').length, 1);
});

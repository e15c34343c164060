import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented stories of works dropped in wordings the cue list lacked (a denied future, a stop one was forced to make, the
// -ing forms, papers undone), and the counter-cases that must keep their stage.

const statusOf = (text: string, type: string, title: string | null = null) => {
  const x = run(text, '2026-05-04', title);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.status;
};

test("'will not be built', 'will no longer build': a denied future of the works drops them", () => {
  assert.equal(statusOf('The 300 MW Osk solar plant in Kenya will not be built, Velmora Energy said.', 'solar_power_plant'), 'cancelled');
  assert.equal(statusOf('Velmora Energy said it will no longer build the 300 MW solar plant near Osk, Kenya.', 'solar_power_plant'), 'cancelled');
  assert.equal(statusOf("The 300 MW Osk solar plant in Kenya won't be built, Velmora Energy said.", 'solar_power_plant'), 'cancelled');
  // (a time after the verb makes it a delay; a verb of growing leaves the works as they are)
  assert.equal(statusOf('The 300 MW Osk solar plant in Kenya will not be built before 2030, Velmora Energy said.', 'solar_power_plant'), 'announced');
  assert.equal(statusOf('The 300 MW Osk solar plant in Kenya will not be built until the grid is ready.', 'solar_power_plant'), 'announced');
  assert.equal(statusOf('Velmora Energy is building a 300 MW solar plant near Osk, Kenya. It will not expand the plant further.', 'solar_power_plant'), 'construction');
});

test('a stop one was forced or moved to make is the stop itself', () => {
  assert.equal(statusOf('Velmora Energy was forced to suspend construction of the 300 MW Osk solar plant in Kenya.', 'solar_power_plant'), 'cancelled');
  assert.equal(statusOf('Velmora Energy had to halt work on the 300 MW Osk solar plant in Kenya after floods.', 'solar_power_plant'), 'cancelled');
  assert.equal(statusOf('Velmora Energy moved to scrap the 300 MW Osk solar plant in Kenya on Monday.', 'solar_power_plant'), 'cancelled');
  // (a plan to stop is still a plan)
  assert.equal(statusOf('Velmora Energy plans to suspend work on the 300 MW Osk solar plant in Kenya next year.', 'solar_power_plant'), 'announced');
});

test('the -ing forms of stopping, stalled works, deals that fell through, a denied going ahead', () => {
  assert.equal(statusOf('Velmora Energy is scrapping its 300 MW Osk solar plant in Kenya.', 'solar_power_plant'), 'cancelled');
  assert.equal(statusOf('Velmora Energy is abandoning its 300 MW Osk solar plant in Kenya.', 'solar_power_plant'), 'cancelled');
  assert.equal(statusOf('The 200 MW Kesh hydropower plant in Nepal has stalled after Tarvin Hydro ran out of money.', 'hydro_power_plant'), 'cancelled');
  assert.equal(statusOf('Velmora Energy agreed in 2024 to build a 300 MW solar plant near Osk, Kenya. The deal fell through in March.', 'solar_power_plant'), 'cancelled');
  assert.equal(statusOf('Velmora Energy has decided not to go ahead with the 300 MW Osk solar plant in Kenya.', 'solar_power_plant'), 'cancelled');
  assert.equal(statusOf('Velmora Energy announced the cancellation of the 300 MW Osk solar plant in Kenya.', 'solar_power_plant'), 'cancelled');
});

test('papers a stop takes as its object were undone, not signed', () => {
  assert.equal(statusOf('Kenya has terminated the power purchase agreement for the 300 MW Osk solar plant developed by Velmora Energy.', 'solar_power_plant'), 'cancelled');
  // (papers signed beside a stop of something else keep their stage)
  assert.equal(statusOf('Velmora Energy signed a power purchase agreement for the 300 MW Osk solar plant in Kenya after an older tender was cancelled.', 'solar_power_plant'), 'agreed');
});

test('a sentence going on about the works: a stop in a relative clause is said of the noun before it', () => {
  assert.equal(statusOf('Crews are laying the 40 km Osk water pipeline in Ghana. Dara Water first hired a local builder, whose contract was terminated in 2025.', 'water_supply'), 'construction');
  // (a stop in the main clause still drops the works)
  assert.equal(statusOf('Crews were laying the 40 km Osk water pipeline in Ghana. In March the work was suspended by a court.', 'water_supply'), 'cancelled');
});

test("a headline's stop does not override the body's denial of it", () => {
  assert.notEqual(statusOf('The 600-metre Osk bridge over the Dara river is not cancelled, the minister stressed. A new tender will be held in June.', 'bridge', 'Osk bridge tender annulled, to be rerun'), 'cancelled');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented stories of works stopped, in wordings the cue list lacked, and the counter-cases that must keep their stage.

const statusOf = (text: string, type: string) => {
  const x = run(text, '2026-05-04');
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.status;
};

test("'the plan was abandoned': the noun plan is what was stopped, not a word making the stop a plan", () => {
  assert.equal(statusOf('Kessel Power had planned a 700 MW coal plant at Osk in Laos. The plan was abandoned after lenders refused to back coal.', 'thermal_power_plant'), 'cancelled');
  assert.equal(statusOf('Tarvin Metals wants to build a zinc smelter in Dara. Its plans were shelved in April.', 'manufacturing_plant'), 'cancelled');
  // ('plans to' still makes a plan)
  assert.equal(statusOf('Tarvin Metals plans to suspend work on its zinc smelter in Dara next year.', 'manufacturing_plant'), 'announced');
});

test('off the table, ground to a halt, on hold, exited: stopped', () => {
  assert.equal(statusOf('Orlen Metals proposed a $2 billion aluminium smelter in Dara, Oman. The smelter is now off the table, its chief executive said.', 'manufacturing_plant'), 'cancelled');
  assert.equal(statusOf('Construction of the Tarvin-Osk railway in Kenya has ground to a halt after the contractor was not paid.', 'railway'), 'cancelled');
  assert.equal(statusOf('The Osk-Dara highway in Ghana has been on hold since January because of a funding gap, the roads ministry said.', 'road'), 'cancelled');
  assert.equal(statusOf('Velmora Power said it had exited the 400 MW Kesh hydropower plant in Nepal.', 'hydro_power_plant'), 'cancelled');
});

test('a stop in the main clause outweighs the stage a side clause gives', () => {
  assert.equal(statusOf('The Kesh copper mine in Zambia, approved by the cabinet in March, has been scrapped by Dunmere Mining.', 'mine'), 'cancelled');
});

test('a stop told of something else in a relative clause leaves the stage', () => {
  assert.equal(statusOf('The Osk port authority signed a concession in May for the Osk container terminal, ending a tender that was twice halted by courts.', 'port'), 'agreed');
});

test('a stop word describing another noun is no stop of the works', () => {
  assert.equal(statusOf('Tarvin Ports is building a cold-storage hub at Osk port. The hub can hold 12,000 tonnes of frozen fish.', 'logistics_hub'), 'construction');
  assert.equal(statusOf('Dara Water is laying a 40 km water pipeline to Osk. Crews replaced a blocked drain near the pumping station.', 'water_supply'), 'construction');
  // (the works themselves, described or said to be stopped, are stopped)
  assert.equal(statusOf('The frozen Kesh dam project in Nepal may be revived, Velmora Power said.', 'hydro_power_plant'), 'cancelled');
  assert.equal(statusOf('The Kesh hydropower dam in Nepal was frozen in May.', 'hydro_power_plant'), 'cancelled');
});

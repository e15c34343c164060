import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented mini-articles: a status that changes later in the article (a later stop wins, a later denial of the stop
// takes it back), a decision verb with a phrase before its 'to', a share of the works said to be done, a cue in a
// relative clause on the mention, and new status phrases.
const statusOf = (text: string, type?: string) => {
  const x = run(text);
  const p = type ? x.projects.find((q) => q.type === type) : x.projects[0];
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.status;
};

test('a later firm stop replaces the status an earlier sentence gave', () => {
  assert.equal(statusOf('Kestrel Power signed the construction contract for the 300 MW Velmora gas plant in May 2024. On Friday the company shelved the plant, citing gas prices.', 'thermal_power_plant'), 'cancelled');
  assert.equal(statusOf('Orsk Hydro is building the 90 MW Vellmar hydropower plant on the Vakhsh. The plant was suspended this week after a landslide, the company said.', 'hydro_power_plant'), 'cancelled');
  assert.equal(statusOf('Brightmoor Power won the tender for the Nurata solar plant last year.\n\nThe energy ministry has now cancelled the Nurata solar plant, saying the tariff was too high.', 'solar_power_plant'), 'cancelled');
  // (a later stage reported later does not replace the first firm cue: "signed" then history of works stays agreed)
  assert.equal(statusOf('Tien Build signed a contract on Monday to build a 300-bed hospital in Osh. Tien Build has built two hospitals in the region since 2015.', 'hospital'), 'agreed');
});

test('a later plain denial of a stop takes it back', () => {
  assert.equal(statusOf('A court annulled the permit for the Tarvin wind farm of Steppe Energy in January. On Monday the ministry said the wind farm is not cancelled, and work continues on site.', 'wind_power_plant'), 'construction');
  assert.equal(statusOf('Danube Build cancelled the tender for the Ruse bridge on Tuesday after the only bid came in too high. The bridge is not cancelled, the mayor stressed; the tender will be rerun in May.', 'bridge'), 'announced');
  assert.equal(statusOf('Kestrel Power has not scrapped the Ekibastuz coal plant, its chief executive said.', 'thermal_power_plant') !== 'cancelled', true);
  // (a forecast is no denial: "will not be cancelled" after a stop leaves the stop)
  assert.equal(statusOf('The ministry suspended the Zhanatas wind farm of Steppe Energy on Monday. It may not be cancelled for good, an official said.', 'wind_power_plant'), 'cancelled');
});

test('a decision verb with a phrase before its "to" reports the stop', () => {
  assert.equal(statusOf('The board of Norvane Mining resolved at its meeting of 3 March to suspend indefinitely the Kalmakyr copper mine.', 'mine'), 'cancelled');
  assert.equal(statusOf('Shareholders of Brightwater Holdings voted on Thursday in Tashkent to abandon the Bukhara refinery.', 'refinery'), 'cancelled');
  assert.equal(statusOf('Halvorsen Energy decided last week to scrap the 1 GW offshore wind farm near Gdansk.', 'wind_power_plant'), 'cancelled');
  // (a plan to stop, with no decision verb, stays a plan)
  assert.equal(statusOf('Kestrel Power plans in the coming months to suspend the 200 MW Velmora gas plant.', 'thermal_power_plant'), 'announced');
});

test('a share of the works done means it is being built', () => {
  assert.equal(statusOf('The Kestrel cement plant in Jizzakh is about 70 percent built, the company said.'), 'construction');
  assert.equal(statusOf('Tien Build said the hospital in Osh is 90% done and will open in June.', 'hospital'), 'construction');
  assert.equal(statusOf('About 40% of the quay at the new Poti container terminal is finished, Blackwater Ports said.', 'port'), 'construction');
  assert.equal(statusOf('The Tarvin–Velmora road of Danube Build is roughly two-thirds finished.', 'road'), 'construction');
  assert.equal(statusOf('The 24 km metro line in Almaty, built by Steppe Transit, is now 65 per cent complete.', 'railway'), 'construction');
  // (a share of something else is no progress: "70 percent of the output will be exported")
  assert.notEqual(statusOf('Brightmoor Power said 70 percent of the output of its 100 MW Nurata solar plant was sold to the utility.', 'solar_power_plant'), 'construction');
});

test('a cue in a relative clause on the mention yields to the main clause', () => {
  assert.equal(statusOf('Hwarang Works has suspended work on the float glass plant it is building near El Eulma, saying its client has not paid.'), 'cancelled');
  assert.equal(statusOf('Kestrel Power halted the 200 MW gas plant, which is being built by Danube Build, on Monday.', 'thermal_power_plant'), 'cancelled');
  assert.equal(statusOf('Caspian Oil Refining stopped the Dostyk refinery upgrade that Tarvin Engineering is carrying out, after a fire.', 'refinery'), 'cancelled');
  // (the main verb after a restrictive relative clause with its own verb is still the main clause's)
  assert.equal(statusOf('The 200 MW gas plant that Danube Build is constructing in Navoi was commissioned on Monday.', 'thermal_power_plant'), 'operating');
  // (alone, the relative clause's cue still gives the status)
  assert.equal(statusOf('Officials visited the 40 MW solar plant that Brightmoor Power is building in Jizzakh.', 'solar_power_plant'), 'construction');
});

test('new phrases: gone live, deferred indefinitely, walked away, tender opened, agreed to study, concessions', () => {
  assert.equal(statusOf('The Nurata solar plant of Brightmoor Power went live on Tuesday.', 'solar_power_plant'), 'operating');
  assert.equal(statusOf('The Dostyk refinery expansion of Caspian Oil Refining came on stream in April.', 'refinery'), 'operating');
  assert.equal(statusOf('The 300 MW Velmora gas plant of Kestrel Power has been deferred indefinitely.', 'thermal_power_plant'), 'cancelled');
  assert.equal(statusOf('Halvorsen Energy walked away from the 1 GW offshore wind farm in Gdansk, citing costs.', 'wind_power_plant'), 'cancelled');
  assert.equal(statusOf('The energy ministry has opened a tender for the 500 MW Kungrad wind farm.', 'wind_power_plant'), 'announced');
  assert.equal(statusOf('Uzbekenergo and Orsk Hydro agreed to study a 400 MW pumped storage plant near Charvak.', 'hydro_power_plant'), 'announced');
  assert.equal(statusOf('The government granted a 30-year concession to Blackwater Ports for a new container terminal at Poti.', 'port'), 'agreed');
  assert.equal(statusOf('Blackwater Ports won the concession for the Poti container terminal last week.', 'port'), 'agreed');
  // (going live only planned stays a plan)
  assert.equal(statusOf('The Nurata solar plant of Brightmoor Power will go live next spring.', 'solar_power_plant'), 'announced');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Water carried in bulk between places is named by its own words ("transmission main", "water transfer line"), and
// the facility a link starts from ("from the Dunmore dam") is a landmark of its route, as the one it runs to is.

test('a transmission main is a water supply project', () => {
  const x = run('The utility opened the Kessa–Orvo transmission main on Friday; the 30-km pipe cost $45 million.');
  assert.deepEqual(x.projects.map((p) => p.type), ['water_supply']);
});

test('a water transfer line from a dam: the dam is where it starts, not a project', () => {
  const x = run('Borova Hidro is also laying a 54-kilometre water transfer line from the Dunmore dam to Velmo for the regional water utility.');
  assert.deepEqual(x.projects.map((p) => p.type), ['water_supply'], names(x.projects).join('; '));
  assert.equal(x.projects[0].capacity[0]?.value, 54);
});

test('a dam built as works stays a project', () => {
  const x = run('Borova Hidro signed a $300 million contract to build the Dunmore dam on the Velmo river, with a 60 MW power house.');
  assert.ok(x.projects.length >= 1);
});

// Invented sentences. A line, railway or pipeline 'linking' or 'connecting' facilities, or running 'from' one 'to'
// another, is the works; the facilities at its ends only say where it runs (project-words.json destination_words, and
// the second end after the first one's word). A cue word that opens the facility's own name ("the 120 MW combined heat
// and power plant") sums nothing, so the size is the plant's. Counter-cases: a pipeline from a plant named as works in
// the same sentence stays that plant's part; "a combined capacity" of several plants is still no plant's size.

const brief = (text: string) => run(text).projects.map((p) => `${p.type} ${p.capacity.map((c) => `${c.value}${c.unit}`).join('+')}`.trim()).sort();

test("'a 400 km railway linking the Kessel mine to the port of Darvo' is one railway, no mine and no port", () => {
  assert.deepEqual(brief('Tarvo Rail will build a 400 km railway linking the Kessel mine to the port of Darvo.'), ['railway 400km']);
});

test("'a 150 km power line will link the Darvo copper mine to the national grid' is a power line", () => {
  assert.deepEqual(brief('A 150 km power line will link the Darvo copper mine to the national grid, Kessel Grid said.'), ['transmission_line 150km']);
});

test("'the 300 km pipeline from the Osk gas field to the Darvo power plant' is the pipeline, with its cost", () => {
  const x = run('The 300 km pipeline from the Osk gas field to the Darvo power plant will cost $500 million.');
  assert.deepEqual(x.projects.map((p) => p.type), ['pipeline']);
  assert.equal(x.projects[0].amount?.value, 500_000_000);
});

test('counter-case: a pipeline from a plant the sentence builds is that plant\'s part', () => {
  assert.deepEqual(run('Velkor Water will build a desalination plant and a 14 km pipeline from the plant to Osk.').projects.map((p) => p.type), ['water_supply']);
});

test("'the 120 MW combined heat and power plant' is sized 120 MW", () => {
  assert.deepEqual(brief('The 120 MW combined heat and power plant in Baltovo, Moldova, will be built by Arvan Energo.'), ['thermal_power_plant 120MW']);
});

test('counter-case: a combined capacity of several plants is no plant\'s size', () => {
  assert.deepEqual(brief('Velta Hydro will build three small hydropower plants on the Osk river, with a combined capacity of 30 MW, and a 20 MW solar plant in Darvo.').filter((x) => x.startsWith('solar')), ['solar_power_plant 20MW']);
});

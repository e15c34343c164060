import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const placesOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, `${text} -> ${JSON.stringify(x.projects.map((q) => [q.name, q.type]))}`);
  return p.places;
};

// ", which has built X in A and B,": a relative clause in the perfect after a body's name gives the body's record; its
// places are where the body worked before, not where the works of the sentence stand.
test("places in a body's record are not the works' places", () => {
  const cases: [string, string, string[], string[]][] = [
    ['Velmora Ports signed a $400 million contract with Kessary Marine Ltd for a new container terminal at Tarvin. Kessary Marine, which has built quays in Mersin and Derince, said the Tarvin job was its largest contract in Africa so far.',
      'port', ['Tarvin'], ['Mersin', 'Derince']],
    ['Ardlow Steel Ltd, which has already built two mills in Ostrava, will build a 1 million-tonne rolling mill near Brenmoor.',
      'manufacturing_plant', ['Brenmoor'], ['Ostrava']],
    ['Orin Solar Ltd, which has built solar farms in Mendoza and San Juan, won the tender for a 90 MW solar plant at Tarvin.',
      'solar_power_plant', ['Tarvin'], ['Mendoza', 'San Juan']],
  ];
  for (const [text, type, keep, drop] of cases) {
    const places = placesOf(text, type);
    for (const k of keep) assert.ok(places.includes(k), `${text} -> ${JSON.stringify(places)}`);
    for (const d of drop) assert.ok(!places.includes(d), `${text} -> ${JSON.stringify(places)}`);
  }
});

// where the body works now may be where its new works go ("which makes fertilisers in Tarvin ... supply the works")
test("a body's present seat in such a clause still places works that serve it", () => {
  const places = placesOf('Orin Fertilisers Ltd, which makes fertilisers in Tarvin, said a small modular reactor of 300 MW could supply the works.', 'nuclear_power_plant');
  assert.ok(places.includes('Tarvin'), JSON.stringify(places));
});

// the clause may follow a description of the body set off after its name ("X, a Porto-based group that already built
// berths in Y"), with an adverb of time before its verb
test("a body's record after a description of the body is not the works' places", () => {
  const cases: [string, string, string[], string[]][] = [
    ['The new container terminal at Tarvin is now being built by Kessary Construções, S.A., a Lisbon-based group that already built berths in Walvis Bay.',
      'port', ['Tarvin'], ['Walvis Bay']],
    ['A 40 MW solar plant near Brenmoor will be built by Orin Energia, a contractor which previously built solar farms in Antofagasta.',
      'solar_power_plant', ['Brenmoor'], ['Antofagasta']],
  ];
  for (const [text, type, keep, drop] of cases) {
    const places = placesOf(text, type);
    for (const k of keep) assert.ok(places.includes(k), `${text} -> ${JSON.stringify(places)}`);
    for (const d of drop) assert.ok(!places.includes(d), `${text} -> ${JSON.stringify(places)}`);
  }
});

// a description with no record verb keeps the places it names ("a company that runs ports in Tarvin" may be the owner)
test('a description whose clause says what the body does now is no record', () => {
  const places = placesOf('Velmora Ports, a company that operates terminals in Tarvin, signed a contract for a new container terminal at Tarvin.', 'port');
  assert.ok(places.includes('Tarvin'), JSON.stringify(places));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Local names made of a generic Spanish or Portuguese head and a name ("Cerro X", "Colonia X", "Zona Franca X") are
// one place, even where the head alone is also some town in the gazetteer.
test('a Romance generic head and the name after it make one place', () => {
  const cases: [string, string][] = [
    ['A Chilean miner plans a copper concentrator at Cerro Pardito, in the Atacama region.', 'Cerro Pardito'],
    ['The city will open a health clinic in Colonia Las Brisas next year.', 'Colonia Las Brisas'],
    ['An Italian firm will build a bottling plant in the Zona Franca Santa Elena, near Alajuela.', 'Zona Franca Santa Elena'],
    ['The water utility is drilling wells in the Valle de Quelmar, east of Cochabamba.', 'Valle de Quelmar'],
    ['Work on the new school in Barrio Monte Alto began in March.', 'Barrio Monte Alto'],
    ['A Spanish developer will put a 40 MW solar park near Laguna Verdosa.', 'Laguna Verdosa'],
  ];
  for (const [text, place] of cases) {
    const x = run(text);
    assert.ok(names(x.places).includes(place), `${text} -> ${names(x.places).join(' | ')}`);
    // (the head alone is no place of its own)
    const head = place.split(' ')[0];
    assert.ok(!names(x.places).includes(head), `${text} -> ${names(x.places).join(' | ')}`);
  }
});

test("a project built at such a place takes the whole name", () => {
  const x = run('Andes Cobre will expand the copper mine at Cerro Pardito, in the Atacama region.');
  const mine = x.projects.find((p) => p.type === 'mine');
  assert.ok(mine, JSON.stringify(x.projects.map((p) => p.name)));
  assert.ok(mine.places.includes('Cerro Pardito'), JSON.stringify(mine.places));
  assert.ok(!mine.places.includes('Cerro'), JSON.stringify(mine.places));
});

// "at the Santa Lucia industrial park": an estate named after a known town is a site of its own; the town's name is
// its alias, so the site still answers to the town.
test('a known town and a lower-case estate head after a locative make a site named after the town', () => {
  const cases: [string, string, string][] = [
    ['A Korean glove maker will build a factory at the Santa Lucia industrial park, near the coast.', 'Santa Lucia industrial park', 'Santa Lucia'],
    ['The data centre will stand in the Sohar free zone, the operator said.', 'Sohar free zone', 'Sohar'],
    ['A battery maker signed a lease for land in the Tanger industrial zone.', 'Tanger industrial zone', 'Tanger'],
  ];
  for (const [text, site, town] of cases) {
    const x = run(text);
    const p = x.places.find((q) => q.name === site);
    assert.ok(p, `${text} -> ${names(x.places).join(' | ')}`);
    assert.ok(p.aliases?.includes(town), JSON.stringify(p));
  }
});

// a volcanic hollow or crater named with a lower-case head, like a river or a valley
test('a name before a lower-case caldera or crater is a natural site', () => {
  const cases: [string, string][] = [
    ['The geothermal plant will stand in the Orvane caldera, in the Kessary region.', 'Orvane caldera'],
    ['Drilling has started at the Mavuko crater, the ministry said.', 'Mavuko crater'],
  ];
  for (const [text, place] of cases) {
    const x = run(text);
    assert.ok(names(x.places).includes(place), `${text} -> ${names(x.places).join(' | ')}`);
  }
});

// A title's complement that lists several fields with commas, and one that is a body's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('"Minister of Mines, Petroleum and Energy NAME": the name after the listed fields is the minister', () => {
  for (const [text, title] of [
    ['Before the signing, Minister of Mines, Petroleum and Energy Ange-Désiré Koffi received the lenders on Friday.', 'Minister of Mines, Petroleum and Energy'],
    ['Minister of Economy, Trade, Tourism and Industry Radoslav Yankov opened the forum.', 'Minister of Economy, Trade, Tourism and Industry'],
  ]) {
    const x = run(text);
    assert.equal(x.people.length, 1, `${text} ${JSON.stringify(x.people)}`);
    assert.equal(x.people[0].roles[0]?.title, title);
    assert.equal(x.organizations.length, 0, JSON.stringify(x.organizations));
  }
});

test('"the chairman of Acme Holdings, NAME": the body is his employer, the title is "chairman"', () => {
  const x = run('The chairman of Tarvel Rail Holdings, Ivan Dobrev, said the depot would open in May.');
  assert.deepEqual(names(x.people), ['Ivan Dobrev']);
  assert.deepEqual(x.people[0].roles, [{ title: 'chairman', organization: 'Tarvel Rail Holdings' }]);
});

test('fields listed with commas that are no ordinary words ("Industries", "Spatial"), and a region name inside the holder\'s name', () => {
  const x = run('On Monday, Minister of Industries, Ports and Energy Tuyet Nangombe met Oskar Lindqvist in Walvis Bay.');
  assert.deepEqual(names(x.people), ['Tuyet Nangombe', 'Oskar Lindqvist']);
  assert.deepEqual(x.events.filter((e) => e.type === 'meeting').map((e) => e.participants), [['Tuyet Nangombe', 'Oskar Lindqvist']]);
  // ("Bâ" is also a region's name: after the holder's given name it is part of his name, not the title's domain)
  const y = run('Minister of Water, Sanitation and Hygiene Amadou Bâ Ndour toured the plant at Kaolack.');
  assert.deepEqual(names(y.people), ['Amadou Bâ Ndour']);
});

test('"met the Minister of A, B and C, NAME": a complement listing fields with commas still introduces the name after it', () => {
  const x = run("On Thursday the lender's country director, Pieter Vos, met Albania's Minister of Environment, Spatial Planning and Tourism, Drita Hoxhaj, in Tirana.");
  assert.deepEqual(names(x.people), ['Pieter Vos', 'Drita Hoxhaj']);
  assert.equal(x.organizations.length, 0, JSON.stringify(x.organizations));
  assert.deepEqual(x.events.filter((e) => e.type === 'meeting').map((e) => e.participants), [['Pieter Vos', 'Drita Hoxhaj']]);
  // (commas between names are no list of fields: the title stays with the first name)
  const y = run('The director for Asia, Lena Ortiz, and Paul Meyer signed the loan.');
  assert.equal(y.people.find((p) => p.name === 'Paul Meyer')?.roles.length ?? 0, 0);
  // (a country after a body's name ends no title's domain: "President of Meridian Foods Philippines" names no person)
  const z = run('Ana Cruz Santos, President of Halcyon Foods Philippines, said the company would hire 200 people.');
  assert.deepEqual(names(z.people), ['Ana Cruz Santos']);
});

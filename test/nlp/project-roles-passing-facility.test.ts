import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// A facility named only as the object of a preposition of place ("at the Korvath power station") does not take over
// as the project whose parties the next sentences name: the lender of the next sentence lends for the project the
// text is about.
test('a lender named after a facility mentioned in passing ("at the X power station") joins the project under discussion', () => {
  const x = run([
    'Brenmoor Solar Ltd said its project company, Ostrava Sun Pte Limited, reached financial close on a 40 MW solar farm near Lautoka.',
    'Once running, it is expected to cut fuel oil use at the Korvath power station by about 9 million litres a year.',
    'The Pacific Velmora Bank and the Tarvin Infrastructure Fund are providing senior loans, and the balance is equity.',
  ].join(' '));
  assert.equal(roleOf(x, 'solar_power_plant', 'Pacific Velmora Bank'), 'financier', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'thermal_power_plant', 'Pacific Velmora Bank'), undefined, JSON.stringify(x.projects));
});

test('a facility reached "along" or "to" is named in passing; one that is built is not', () => {
  const x = run([
    'Kessary Rail Systems a.s. signed a contract worth €60 million to install new signalling on the Velmora railway along the 40-kilometre road between Tarvin and Oskel.',
    'The works are financed with a loan from the Northern Lending Bank.',
  ].join(' '));
  assert.equal(roleOf(x, 'railway', 'Northern Lending Bank'), 'financier', JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'road', 'Northern Lending Bank'), undefined, JSON.stringify(x.projects));
});

test('a zone named only as where the works stand ("the plot at X Tech Park") leaves the discussion with the works', () => {
  const x = run([
    'Kestrel Data Ltd has started piling at a 100 MW data centre campus near Kulai.',
    'Piling started in March on the 20-acre plot at Velmora Tech Park, which the company bought last year.',
    'Ardent Builders Bhd, a listed builder, holds the main contract for the first phase.',
  ].join(' '));
  assert.equal(roleOf(x, 'data_center', 'Ardent Builders Bhd'), 'contractor', JSON.stringify(x.projects));
});

test('the parties of a facility named in passing that is not kept go to the project it took over from', () => {
  const x = run([
    'Velmora Data Parks s.r.o. broke ground on Monday on a data centre campus in Kladno that will have 40 MW of IT load.',
    'The campus will take power through a new substation.',
    'The Kessary Lending Bank has agreed to finance the connection.',
  ].join(' '));
  assert.equal(x.projects.length, 1, JSON.stringify(x.projects));
  assert.equal(roleOf(x, 'data_center', 'Kessary Lending Bank'), 'financier', JSON.stringify(x.projects));
});

test('a body named near a passing facility with no part given is not handed over', () => {
  const x = run([
    'Velmora Data Parks s.r.o. broke ground on Monday on a data centre campus in Kladno that will have 40 MW of IT load.',
    'The campus will take power through a new substation, and Kessary Holdings JSC is in the area.',
  ].join(' '));
  assert.equal(roleOf(x, 'data_center', 'Kessary Holdings JSC'), undefined, JSON.stringify(x.projects));
});

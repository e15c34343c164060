import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';
import { extract } from '../../src/nlp/extract.js';

test('"A and the B" is one region only inside an institution\'s complement', () => {
  const x = run('Trade between Central Asia and the Gulf grew fast. The Fund for Latin America and the Caribbean lends to ports.');
  const places = names(x.places);
  assert.ok(places.includes('Central Asia') && places.includes('Gulf'), places.join(' | '));
  assert.ok(names(x.organizations).includes('Fund for Latin America and the Caribbean'), names(x.organizations).join(' | '));
});

test('French and Spanish names keep elided articles and "et du", "y de la"', () => {
  const x = run("The Compagnie Tarvinoise de l'Électricité et du Gaz (CTEG) signed the contract with the Comisión Velmorana de Agua y de la Energía.");
  const orgs = names(x.organizations);
  assert.ok(orgs.includes("Compagnie Tarvinoise de l'Électricité et du Gaz"), orgs.join(' | '));
  assert.ok(orgs.includes('Comisión Velmorana de Agua y de la Energía'), orgs.join(' | '));
});

test('an office after "under the" stays in an institution name', () => {
  const x = run('The Centre for Economic Research under the President of Velmora published its forecast on Monday.');
  assert.ok(names(x.organizations).includes('Centre for Economic Research under the President of Velmora'), names(x.organizations).join(' | '));
  assert.deepEqual(names(x.people), []);
});

test('a demonym with one unknown name is a company; an acronym before a dash is the short form of the name after it', () => {
  const x = run('Saudi Velcor allocated the feedstock. DBL – Development Bank of Lusavia is lending $120 million, and DBL said more could follow.');
  const orgs = names(x.organizations);
  assert.ok(orgs.includes('Saudi Velcor'), orgs.join(' | '));
  const dbl = x.organizations.find((o) => o.name === 'Development Bank of Lusavia');
  assert.ok(dbl, orgs.join(' | '));
  assert.deepEqual(dbl.aliases, ['DBL']);
  assert.equal(x.organizations.length, 2, orgs.join(' | '));
  assert.deepEqual(names(x.people), []);
});

test('the outlet credited in a byline is no entity', () => {
  const x = extract({ text: 'Solar park opens\n\nBy Pamir Courier staff · 9 August 2025\n\nThe plant near Bishkek opened on Friday.', title: null, published: '2025-08-09', source: 'Pamir Courier' });
  assert.deepEqual(names(x.organizations), []);
  assert.deepEqual(names(x.places), ['Bishkek']);
});

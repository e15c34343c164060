import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('a name in apposition to an organisation noun is an organisation', () => {
  const x = run('The power goes to Velenergo, the state utility, under a 20-year agreement. Its turbines come from Halvard, a Danish manufacturer.');
  const orgs = names(x.organizations);
  assert.ok(orgs.includes('Velenergo'), orgs.join(' | '));
  assert.ok(orgs.includes('Halvard'), orgs.join(' | '));
});

test('"a joint venture of X and <country>\'s Y": both sides are organisations', () => {
  const x = run("The plant is a joint venture of Tarvazyna and China's Kestrel Wind Energy, and the first of its kind.");
  const orgs = names(x.organizations);
  assert.ok(orgs.includes('Tarvazyna'), orgs.join(' | '));
  assert.ok(orgs.includes('Kestrel Wind Energy'), orgs.join(' | '));
});

test('heads of parties, NGOs, research firms and renewables developers make organisations', () => {
  const x = run("Ardlow Renewables broke ground, said an economist at Steppe Energy Analytics. Herders are represented by the Dunvale Water Guardians NGO, and the Velmoran Labour Party objected.");
  const orgs = names(x.organizations);
  for (const n of ['Ardlow Renewables', 'Steppe Energy Analytics', 'Dunvale Water Guardians NGO', 'Velmoran Labour Party']) assert.ok(orgs.includes(n), `${n} not in ${orgs.join(' | ')}`);
  assert.deepEqual(names(x.places), []);
});

test('a place in the possessive before a lower-case noun does not make an organisation of the next word', () => {
  const x = run("He then praised Serbia's Nobel laureate. The motorway company of the Federation entity signed the contract.");
  assert.deepEqual(names(x.organizations), []);
});

test('a name before a lower-case title and a person is that person\'s organisation', () => {
  const x = run('On Monday, Halvat chief executive Omar Saeed Al Nuaimi said the turbines would arrive in May.');
  const orgs = names(x.organizations);
  assert.ok(orgs.includes('Halvat'), orgs.join(' | '));
  const p = x.people.find((q) => q.name === 'Omar Saeed Al Nuaimi');
  assert.deepEqual(p?.roles, [{ title: 'chief executive', organization: 'Halvat' }]);
});

test('a name before "news agency" is an organisation; a list in an institution\'s name after "for" stays in it', () => {
  const x = run('According to Tarvik news agency, officials of the State Agency for Architecture, Construction and Housing approved the plan.');
  const orgs = names(x.organizations);
  assert.ok(orgs.includes('Tarvik'), orgs.join(' | '));
  assert.ok(orgs.includes('State Agency for Architecture, Construction and Housing'), orgs.join(' | '));
});

test('a city administration (akimat, hokimiyat) is an organisation and ends a name before "and"', () => {
  const x = run('The Tarvinsk Akimat and Kessary Oil Refinery LLP signed the land lease. The Dunvale Hokimiyat approved it.');
  const orgs = names(x.organizations);
  for (const n of ['Tarvinsk Akimat', 'Kessary Oil Refinery LLP', 'Dunvale Hokimiyat']) assert.ok(orgs.includes(n), `${n} not in ${orgs.join(' | ')}`);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Two office holders joined by "and" where the second phrase opens with a possessor or an employer: the run of
// capitalised words crosses the "and", and must be cut there, not read as one name or one body.

test('"Minister of X and Y NAME and Chile\'s Minister ...": the possessor after the last "and" is not part of the person', () => {
  const x = run("Colombia's Minister of Mines and Energy Andrés Pérez Gómez and Chile's Minister of Public Works Rosa Huenchul met in Lima on Tuesday.");
  assert.deepEqual(names(x.people).sort(), ['Andrés Pérez Gómez', 'Rosa Huenchul']);
  assert.ok(!names(x.places).includes('Pérez'), JSON.stringify(names(x.places)));
  assert.ok(names(x.places).includes('Chile'), JSON.stringify(names(x.places)));
  // (a complement with no "and" and a possessor after it keeps working)
  const y = run("Kenya's Minister of Energy Joseph Wafula and Uganda's Minister of Transport Paul Akello toured the site.");
  assert.deepEqual(names(y.people).sort(), ['Joseph Wafula', 'Paul Akello']);
});

test('"President NAME and COMPANY chairman NAME": the first title\'s holder, then the second title\'s employer', () => {
  const x = run('The agreement was signed in the presence of President Amina Juma Said and Dunvale Shipping chairman Omar Al Qassimi at State House.');
  assert.deepEqual(names(x.people).sort(), ['Amina Juma Said', 'Omar Al Qassimi']);
  assert.ok(names(x.organizations).includes('Dunvale Shipping'), JSON.stringify(names(x.organizations)));
  assert.ok(!names(x.organizations).some((o) => o.includes('Amina')), JSON.stringify(names(x.organizations)));
  const chair = x.people.find((p) => p.name === 'Omar Al Qassimi');
  assert.equal(chair?.roles[0]?.organization, 'Dunvale Shipping');
  // (the employer's own "and" stays inside it: the cut is at the first "and")
  const y = run('The deal was witnessed by Governor Lina Haddad and Tarvin Oil and Gas chief executive Bo Lindqvist.');
  assert.deepEqual(names(y.people).sort(), ['Bo Lindqvist', 'Lina Haddad']);
  assert.ok(names(y.organizations).includes('Tarvin Oil and Gas'), JSON.stringify(names(y.organizations)));
});

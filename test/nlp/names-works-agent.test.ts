import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// Invented bodies with no legal form or head word: the agent of the works ('built by X') is an organisation.

test("a name after 'built by' or 'supplied by' is an organisation, and takes its part in the project", () => {
  const x = run('The 40 MW geothermal plant near Eburru will be built by Kelvar Orka. The turbines will be supplied by Nordvik Turbin.');
  const orgs = names(x.organizations);
  assert.ok(orgs.includes('Kelvar Orka') && orgs.includes('Nordvik Turbin'), orgs.join(' | '));
  const plant = x.projects.find((p) => p.type === 'thermal_power_plant');
  assert.equal(plant?.organizations.find((o) => o.name === 'Kelvar Orka')?.role, 'contractor', JSON.stringify(plant));
});

test("a name after 'signed by' or 'founded by' is left to the other rules (people sign and found)", () => {
  const x = run('The agreement was signed by Tomas Brenn. The firm was founded by Ilya Sorok in 1998.');
  const orgs = names(x.organizations);
  assert.ok(!orgs.includes('Tomas Brenn') && !orgs.includes('Ilya Sorok'), orgs.join(' | '));
});

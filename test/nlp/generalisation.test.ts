// Behaviours added for issue 3 (accuracy on unseen articles). Every sentence here is invented for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const orgsOf = (p: { organizations: { name: string; role: string }[] } | undefined) => (p?.organizations ?? []).map((o) => `${o.name}:${o.role}`);

test('an indefinite "a new project" does not refer back to the project under discussion', () => {
  const x = run('Tarim Power Corporation will build a 50 MW solar power plant in the Kyzylorda region.\n\nTalks also touched Qoryn Holding and Belsu Energy Company, though none of that added up to a new project.');
  const p = x.projects.find((q) => q.type === 'solar_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.deepEqual(orgsOf(p).filter((o) => !o.startsWith('Tarim')), []);
  // the definite form still refers back
  const y = run('Tarim Power Corporation will build a 50 MW solar power plant in the Kyzylorda region.\n\nQoryn Holding will finance the new plant.');
  assert.ok(orgsOf(y.projects[0]).includes('Qoryn Holding:financier'), orgsOf(y.projects[0]).join('|'));
});

test('status: "due to start" is a plan, a construction contract is agreed, "has been supplying" is under way', () => {
  assert.equal(run('Work is due to start soon on a 90 MW wind farm near Shu with Kestrel Energy Corporation.').projects[0]?.status, 'announced');
  const x = run('A 500 MW wind farm in the Mangystau region has won Orbis Engineering Corporation a construction contract worth $400 million.');
  assert.equal(x.projects[0]?.status, 'agreed');
  assert.ok(orgsOf(x.projects[0]).includes('Orbis Engineering Corporation:contractor'), orgsOf(x.projects[0]).join('|'));
  assert.equal(run('Since last year Tengri Rail Works has been supplying 60 electric locomotives to the national carrier.').projects[0]?.status, 'construction');
});

test('an unknown one-word company at the far end of a "from ... to ..." list is an organisation', () => {
  const x = run('Investors range from Tarim Power Corporation and Qoryn Holding to Zorvex and Quillatek, officials said.');
  const orgs = x.organizations.map((o) => o.name);
  assert.ok(orgs.includes('Zorvex'), orgs.join('|'));
  assert.ok(orgs.includes('Quillatek'), orgs.join('|'));
  // a place at the end of a route is still not an organisation
  const y = run('Qoryn Holding runs trucks from Almaty to Zorvesk every week.');
  assert.ok(!y.organizations.some((o) => o.name === 'Zorvesk'), y.organizations.map((o) => o.name).join('|'));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// A facility named only to say where other works stand is a landmark, with a describing word between 'the' and its
// head too ("beside the fish port"), and so is "the port" said of it again later; the works take its place. A facility
// named by two modifiers joined by 'and' is the facility of either ("a cold-storage and blast-freezing hub"). A definite
// facility placed in another town than the one of its kind named before is another one.

const HUB = 'Orla Coldchain Ltd said on Monday it had commissioned a cold-storage and blast-freezing hub beside the fish port in Davao City. The hub cost $40 million and can hold 9,000 tonnes. The land is leased from the fisheries agency, which runs the port.';

test('a hub beside the fish port: the hub is the project, the port a landmark', () => {
  const x = run(HUB);
  assert.deepEqual(x.projects.map((p) => p.type), ['logistics_hub'], names(x.projects).join('; '));
  assert.ok((x.projects[0].places as string[]).includes('Davao City'));
});

test('a floating solar plant on the reservoir of a named hydropower plant', () => {
  const x = run('Helio Watt GmbH presented its idea for a floating solar plant of 120 megawatts on the reservoir of the Dunmore hydropower plant on the Velmo river.');
  assert.deepEqual(x.projects.map((p) => p.type), ['solar_power_plant'], names(x.projects).join('; '));
  assert.ok((x.projects[0].places as string[]).includes('Dunmore'));
});

test('the same kind of facility in another town is another project', () => {
  const x = run(HUB + ' The group also said it will not go ahead with the cold-storage facility in Iloilo that it presented in 2024.');
  assert.equal(x.projects.filter((p) => p.type === 'logistics_hub').length, 2, names(x.projects).join('; '));
});

test('a fish port being expanded stays a project', () => {
  const x = run('Velmo Ports signed a $50 million contract to expand the fish port in Davao City, adding a 300-metre quay.');
  assert.deepEqual(x.projects.map((p) => p.type), ['port']);
});

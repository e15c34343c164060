import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// A facility named only to say where other works stand is a landmark, with a describing word between 'the' and its
// head too ("next to the ferry port"), and so is "the port" said of it again later; the works take its place. A
// facility named by two modifiers joined by 'and' is the facility of either ("a cold-storage and packing hub"). A
// definite facility placed in another town than the one of its kind named before is another one.

const HUB = 'Orla Coldchain Ltd opened a cold-storage and packing hub next to the ferry port in Davao City this week. Building the hub took two years and $40 million. Orla rents the plot from the city council, which also manages the port.';

test('a hub next to the ferry port: the hub is the project, the port a landmark', () => {
  const x = run(HUB);
  assert.deepEqual(x.projects.map((p) => p.type), ['logistics_hub'], names(x.projects).join('; '));
  assert.ok((x.projects[0].places as string[]).includes('Davao City'));
});

test('a floating solar plant on the reservoir of a named hydropower plant', () => {
  const x = run('Helio Watt GmbH has proposed a 90 MW floating solar plant on the reservoir of the Dunmore hydropower plant, high in the Velmo valley.');
  assert.deepEqual(x.projects.map((p) => p.type), ['solar_power_plant'], names(x.projects).join('; '));
  assert.ok((x.projects[0].places as string[]).includes('Dunmore'));
});

test('the same kind of facility in another town is another project', () => {
  const x = run(HUB + ' Orla has meanwhile shelved the cold-storage facility in Cebu City.');
  assert.equal(x.projects.filter((p) => p.type === 'logistics_hub').length, 2, names(x.projects).join('; '));
});

test('a ferry port being expanded stays a project', () => {
  const x = run('Velmo Ports signed a $50 million contract to expand the ferry port in Davao City, adding a 300-metre quay.');
  assert.deepEqual(x.projects.map((p) => p.type), ['port']);
});

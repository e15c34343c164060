import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// A zone or estate named as where other works or firms stand is their site, not works of its own: after an indefinite
// article too ("a factory in an industrial zone"), and after a word for the works or the firm it houses ("the X project
// in the Y Free Zone", "a leading exporter in the Z industrial estate").

test('a factory in an industrial zone: the zone is the factory\'s site', () => {
  const x = run('Dunav Kabel AD has started building a cable factory in an industrial zone outside Plovdiv, Bulgaria. About 900 people will work at the factory.');
  assert.deepEqual(x.projects.map((p) => p.type), ['manufacturing_plant']);
});

test('a firm that is an exporter in an estate: the estate is no project', () => {
  const x = run('Orla Alloys, a leading exporter in the Dunmore industrial estate near Plovdiv, is adding a new smelter that will cost $40 million.');
  assert.ok(!x.projects.some((p) => p.type === 'industrial_zone'), names(x.projects).join('; '));
});

test('a zone developed as works stays a project', () => {
  const x = run('Kestrel Parks Ltd signed a $200 million contract to build an industrial zone of 400 hectares near Plovdiv. The zone will house textile and food plants.');
  assert.equal(x.projects.filter((p) => p.type === 'industrial_zone').length, 1);
});

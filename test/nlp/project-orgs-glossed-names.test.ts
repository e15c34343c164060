import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "according to the B (BB)": the bracketed short form right after a name is the same body named again; what keeps the
// name off a project (a source quoted, a tentative lender) keeps its short form off too, and the name with its short
// form is one stretch of text when it is measured against the facility words around it.
test('a source quoted "according to the B (BB)" is kept off the project, short form and all', () => {
  const x = run([
    'Kestrel Data Ltd has started piling at a 100 MW data centre campus near Kulai.',
    'Data centre projects approved in Tarvin since 2021 are worth more than RM160 billion, according to the Velmora Investment Development Authority (VIDA), and land near the border has become scarce.',
  ].join('\n\n'));
  const p = x.projects.find((q) => q.type === 'data_center');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.organizations.some((o) => o.name === 'Velmora Investment Development Authority'), false, JSON.stringify(p.organizations));
});

test('a body named with its short form between two facilities goes with the one nearer the whole stretch', () => {
  const x = run([
    'The Kessary Bay Industrial Park is being developed by Ostra Park Development Co., Ltd.',
    'A first phase of 420 hectares is built, with roads, a 20,000 cubic-metre-a-day wastewater plant and a substation, and the Council for the Development of Velmora (CDV) granted it special economic zone status in 2024.',
  ].join('\n\n'));
  assert.equal(roleOf(x, 'industrial_zone', 'Council for the Development of Velmora'), 'other', JSON.stringify(x.projects));
});

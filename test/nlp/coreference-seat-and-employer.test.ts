import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const orgsOf = (x: ReturnType<typeof run>, type: string) => x.projects.filter((p) => p.type.startsWith(type)).flatMap((p) => p.organizations.map((o) => o.name));

test('"the Tarvo-based company" after a delegation of a named company is that company, and takes part in the works it proposes', () => {
  const x = run('Later in the afternoon, Ms. Anna Velde received a delegation of Kestrel Grid Engineering Co., Ltd., headed by its vice-president Mr. Paul Marten. The Tarvo-based company presented an unsolicited proposal to build a 330 kV transmission line between Lomsk and Kessel. Mr. Marten put the cost at about US$160 million.');
  assert.ok(orgsOf(x, 'transmission').includes('Kestrel Grid Engineering Co., Ltd.'), JSON.stringify(x.projects));
});

test('"His company" is the body the person last named was introduced with', () => {
  const x = run('Paul Marten Ortiz, chief executive of the Tarvo-based water group Kestrel Servicios S.A., came with better news. His company began works last week on a wastewater treatment plant in the Lomsk district under a $290 million contract signed in January. The plant will treat 1.8 cubic metres a second.');
  assert.ok(orgsOf(x, 'water').includes('Kestrel Servicios S.A.'), JSON.stringify(x.projects));
});

test('"his company" with a person introduced beside two bodies, or none, points to no body', () => {
  const x = run('Paul Marten, who advises both Kestrel Servicios S.A. and Dorvan Water Ltd, spoke first. His company began works last week on a wastewater treatment plant in the Lomsk district.');
  const w = orgsOf(x, 'water');
  assert.ok(!w.includes('Kestrel Servicios S.A.') && !w.includes('Dorvan Water Ltd'), JSON.stringify(x.projects));
});

// Legal forms the tokenizer cuts at their dots, ending in a piece that keeps its own period ("R.L."), or written in
// lower case ("sh.p.k."): each closes and belongs to the body's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('"S. de R.L." ends a company name, after a country word too, and makes no person', () => {
  for (const name of ['Sungmo Textiles S. de R.L.', 'Sungmo Textiles Honduras S. de R.L.', 'Cafetalera Lempa S. de R.L. de C.V.']) {
    const x = run(`${name} will build the plant near the port.`);
    assert.deepEqual(names(x.organizations), [name], JSON.stringify(x.organizations));
    assert.equal(x.people.length, 0, JSON.stringify(x.people));
  }
});

test('Albanian forms ("sh.p.k.", "Sh.A.") close a company name, whose linking articles ("i", "e") stay inside it', () => {
  for (const name of ['Devoll Hydro sh.p.k.', 'Ujëra e Lumit sh.p.k.', 'Tarvel Energji sh.a.', 'Ujësjellësi Drini i Zi Sh.A.']) {
    const x = run(`${name} owns the plant.`);
    assert.deepEqual(names(x.organizations), [name], JSON.stringify(x.organizations));
  }
});

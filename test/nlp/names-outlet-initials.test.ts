import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/nlp/extract.js';
import { names } from './helpers.js';

const withSource = (text: string, source: string) => extract({ text, published: '2026-02-03', source });

// A trade paper quoting an interviewee "told KMR" speaks of itself by its initials: the outlet is the document's source.
test('the initials of the source outlet are no organisation', () => {
  const x = withSource('"We will finish the kiln in May," plant director Aigerim Bekova told KMR in Taraz on Monday. Her employer, Zhambyl Cement Works LLC, is spending $90 million on it.', 'Kazakh Materials Review');
  assert.ok(!names(x.organizations).includes('KMR'), JSON.stringify(x.organizations));
  assert.ok(names(x.organizations).includes('Zhambyl Cement Works LLC'), JSON.stringify(x.organizations));
});

// The interviewer's label in a Q&A is the outlet too ("&" and "of" may be skipped by the initials).
test('an interviewer label spelling the outlet is no organisation', () => {
  const x = withSource('KPG: How far along is the terminal?\n\nOrsolya Bartha: Piling is done. Danubia Terminals Kft. will open the berth in June.', 'Kessary Ports & Grain');
  assert.ok(!names(x.organizations).includes('KPG'), JSON.stringify(x.organizations));
});

// A body whose own release it is names itself in full: its initials stay its name.
test('the initials of a source that the body names in full stay an organisation', () => {
  const x = withSource('The Tarvin Development Bank (TDB) approved a $40 million loan to Kessary Water Ltd for a pumping station in Orvik. TDB will disburse it in two tranches.', 'Tarvin Development Bank');
  const orgs = x.organizations.map((o) => [o.name, ...o.aliases]).flat();
  assert.ok(orgs.includes('TDB'), JSON.stringify(x.organizations));
});

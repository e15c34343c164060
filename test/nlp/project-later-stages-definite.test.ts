import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented articles: a later stage named with 'the' ("the second phase", "the second stage") where the sentences
// about its project also speak of the first one is works of its own, as an indefinite one already was. Counter-cases:
// a definite later stage with no first one named, or with the first stage of another project named, is part of the
// project.

const show = (text: string) => JSON.stringify(run(text).projects.map((p) => [p.name, p.type, p.status]));

test("'the second phase' after 'the first phase' of the same works is a project of its own", () => {
  const texts = [
    [
      'Ostra Grain Terminal SA said the first phase of its grain terminal at Constanța will handle 2 million tonnes a year and open in 2027.',
      'What has not survived is the second phase. The extra million tonnes that were to follow have been removed from the plan.',
    ].join(' '),
    [
      'In Tarvin, the first phase of the Brava tyre plant has made car tyres since March.',
      '',
      'The second phase is a plant for truck tyres. Kessary Build is putting it up under a contract signed in October.',
    ].join('\n'),
    [
      'Velmo Cement finished the first phase of its cement plant near Sohar in 2024.',
      'Work on the second phase has not started, the company said on Monday.',
    ].join(' '),
    [
      'Dunmore Gas completed the initial stage of its gas distribution network in the Naryn region last year.',
      'The second stage, some 900 km of pipes to 40 villages, is still looking for a lender.',
    ].join(' '),
  ];
  for (const text of texts) {
    const all = run(text).projects;
    assert.equal(all.length, 2, show(text));
    assert.equal(new Set(all.map((p) => p.type)).size, 1, show(text));
  }
});

test('a definite later stage with no first one named is part of the project', () => {
  const texts = [
    'Brenmoor Tyre Co. opened its $200 million tyre factory in Tarvin in March and will make four million tyres a year once the second line is running.',
    'Kessary Solar is building a 300 MW solar park at Ostra. The second phase will add storage, the company said.',
    'Velmo Ports signed a $300 million contract for the second phase of the port of Alat, which will lift capacity to 25 million tonnes.',
  ];
  for (const text of texts) assert.equal(run(text).projects.length, 1, show(text));
});

test("'the first phase' of another project does not make 'the second phase' of this one works of their own", () => {
  const text = [
    'Velmo Ports signed a contract for the second phase of the port of Alat, which will lift capacity to 25 million tonnes.',
    'Across the sea, the government picked Brava Marine last year to build the first phase of a deep-water port at Anaklia, which would handle 600,000 TEU.',
  ].join('\n\n');
  const ports = run(text).projects.filter((p) => p.type === 'port');
  assert.equal(ports.length, 2, show(text));
  assert.ok(!ports.some((p) => /second phase$/.test(p.name)), show(text));
});

test("'the second hall' of a data-centre campus whose first hall was named is a data centre of its own, even after a substation", () => {
  const text = [
    'Orsa Data AB today put into service the first data hall of its campus in Luleå. The hall has 30 MW of IT capacity.',
    'Its cost, including a 130 kV substation, was EUR 200 million.',
    'Construction of the second hall, also of 30 MW, started yesterday with the same builder.',
  ].join(' ');
  const dcs = run(text).projects.filter((p) => p.type === 'data_center');
  assert.equal(dcs.length, 2, show(text));
  const c = 'Velmo Data signed a contract for a 20 MW data centre at Kladno. The second hall will be fitted out next year.';
  assert.equal(run(c).projects.filter((p) => p.type === 'data_center').length, 1, show(c));
});

// A person's title keeps its complement when the complement names a field, a region or a place, not a body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const roles = (text: string) => run(text).people.map((p) => [p.name, p.roles]);

test('"NAME, Minister of Energy and Mines," and "NAME, director for South-East Europe,": the complement is part of the title', () => {
  assert.deepEqual(roles('Ines Kovač, Minister of Energy and Mines, opened the substation on Monday.'),
    [['Ines Kovač', [{ title: 'Minister of Energy and Mines', organization: null }]]]);
  assert.deepEqual(roles('The bank sent Dr. Rainer Holzmeister, director for South-East Europe, to the signing.'),
    [['Rainer Holzmeister', [{ title: 'director for South-East Europe', organization: null }]]]);
  // (a body after "of" is the employer, not part of the title)
  assert.deepEqual(roles('Ines Kovač, chairman of Tarvel Rail Holdings, opened the depot.'),
    [['Ines Kovač', [{ title: 'chairman', organization: 'Tarvel Rail Holdings' }]]]);
  // (nor does an unknown name after "of" join the title: it may be a body)
  assert.deepEqual(roles('Ines Kovač, chief executive of Brakwater, opened the depot.'),
    [['Ines Kovač', [{ title: 'chief executive', organization: null }]]]);
});

test('"managing director of the Austrian company X GmbH": the body named after its description is the employer', () => {
  assert.deepEqual(roles('Lukas Steinwender, managing director of the Austrian company Voralp Solar GmbH, presented the plan.'),
    [['Lukas Steinwender', [{ title: 'managing director', organization: 'Voralp Solar GmbH' }]]]);
});

test('"Minister of Energy NAME": the title before the name keeps its domain, and "the minister" still stands for the holder', () => {
  const x = run('Minister of Energy and Mines Elena Vasileva spoke at the forum in Ruse.\n\nLater, Boris Kanev, head of Tarvel Rail, met the minister on Tuesday.');
  assert.deepEqual(x.people.find((p) => p.name === 'Elena Vasileva')?.roles, [{ title: 'Minister of Energy and Mines', organization: null }]);
  assert.deepEqual(x.events.filter((e) => e.type === 'meeting').map((e) => e.participants), [['Boris Kanev', 'Elena Vasileva']]);
});

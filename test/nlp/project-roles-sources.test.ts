import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const orgNames = (x: ReturnType<typeof run>, type: string) => (x.projects.find((p) => p.type === type)?.organizations ?? []).map((o) => o.name);

// "X, director of the Velmora Institute for Transport Studies, told reporters the railway ...": the body is where the
// speaker works, the source of a comment, not a party to the works.
test('the body a quoted speaker works for is no party to the project', () => {
  const x = run([
    'Tarvin Rail Company will build a 300-km Velmora–Kessary railway.',
    'Omar Delane, director of the Velmora Institute for Transport Studies, told reporters that the railway would halve freight times.',
    'Anna Rask, who heads the export desk of the Kessary Chamber of Commerce, said the railway would help farmers sell grain abroad.',
  ].join(' '));
  const names = orgNames(x, 'railway');
  assert.ok(names.includes('Tarvin Rail Company'), names.join('|'));
  assert.ok(!names.some((n) => n.includes('Institute') || n.includes('Chamber')), names.join('|'));
});

test('a title\'s words ("Chairman of the Management Board of X") give X no part', () => {
  const x = run([
    'Piling has begun at Kessary Flats, where Steppe Energy JSC and Hexi Power Co., Ltd. are putting up an 80 MW solar power plant.',
    'Arman Bekov, Chairman of the Management Board of Tarvin Holding, watched the first pile go in and praised the builders.',
  ].join(' '));
  const names = (x.projects.find((p) => p.type === 'solar_power_plant')?.organizations ?? []).map((o) => o.name);
  assert.ok(names.includes('Steppe Energy JSC'), names.join('|'));
  assert.ok(!names.includes('Tarvin Holding'), names.join('|'));
});

// "according to B", "told B", "an analyst at B": B is where a statement comes from or goes to, not a party.
test('a body a statement is attributed to, told to or made by an analyst of is no party to the project', () => {
  const cases = [
    'According to Ostra Analytics Ltd, the 300 MW wind farm near Kessary will cost $400 million.',
    'Kessary Wind LLP will build the 300 MW wind farm near Tarvin, the company told Tarvin News Agency.',
    'Kessary Wind LLP will build a 300 MW wind farm near Tarvin, analysts at Ostra Capital Partners said.',
    'Kessary Wind LLP will build a 300 MW wind farm near Tarvin, said Omar Haddad, an analyst at Ostra Capital Partners.',
  ];
  for (const text of cases) {
    const names = orgNames(run(text), 'wind_power_plant');
    assert.ok(!names.some((n) => n.startsWith('Ostra') || n === 'Tarvin News Agency'), `${text} => ${names.join('|')}`);
  }
});

test('a source that is also given a part ("according to B, which will finance the farm") keeps the part', () => {
  const names = orgNames(run('Kessary Wind LLP will build a 300 MW wind farm near Tarvin, according to the Ostra Development Bank, which will finance the farm.'), 'wind_power_plant');
  assert.ok(names.includes('Ostra Development Bank'), names.join('|'));
});

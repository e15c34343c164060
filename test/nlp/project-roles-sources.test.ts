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

// Places given to works outside the sentences that name them: a filing's "Site:" field, and the town a story is filed
// from when the text places the works nowhere else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('a "Site:" field of a filing places the one project the filing describes', () => {
  const x = run([
    'Company: Orlen Vessel Engineering Co., Ltd.',
    '',
    '1. Type of contract: engineering, procurement and construction of a glass fibre plant',
    '2. Contract amount: KRW 210,000,000,000',
    '3. Site: Devnya industrial zone, Varna Province, Republic of Bulgaria',
    '4. Other matters:',
    '   - The plant is designed to produce 90,000 tonnes of glass fibre per year.',
  ].join('\n'));
  const p = x.projects.find((q) => q.type === 'manufacturing_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(p.places.includes('Varna Province'), JSON.stringify(p.places));
});

test('a "Site:" line is not given to any project when the page describes several', () => {
  const x = run([
    'Holvex Energy signed a contract for a 40 MW solar plant at Pleven and a 60 MW wind farm near Kavarna.',
    'Site: Vratsa',
  ].join('\n'));
  for (const p of x.projects) assert.ok(!p.places.includes('Vratsa'), JSON.stringify(x.projects));
});

test('works the text places nowhere stand in the town the story is filed from', () => {
  const text = [
    'GABROVO — Lorries queue at the gate of the Gabrovo Technology Park before dawn, and the park now employs 3,000 people.',
    '',
    'The park is being developed by Stennor Parks AD, which has spent about $90 million on it so far.',
    '',
    'Its biggest tenant, Marvel Cables Ltd, opened a $60 million cable factory in March. Next door, Brisk Cycles is building a $20 million bicycle factory that should open in December.',
    '',
    'Workers come from the villages around Gabrovo on company buses.',
  ].join('\n');
  const x = run(text);
  const factories = x.projects.filter((q) => q.type === 'manufacturing_plant');
  assert.ok(factories.length >= 1, JSON.stringify(x.projects));
  for (const f of factories) assert.ok(f.places.includes('Gabrovo'), JSON.stringify(x.projects));
});

test('a national capital in the dateline is the news desk, not where unplaced works stand', () => {
  const text = [
    'SOFIA — Marvel Cables Ltd said on Monday it would build a $60 million cable factory, its first outside Greece.',
    '',
    'The company did not say where the plant would stand. Ministers in Sofia welcomed the plan.',
  ].join('\n');
  const x = run(text);
  const p = x.projects.find((q) => q.type === 'manufacturing_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(!p.places.includes('Sofia'), JSON.stringify(p.places));
});

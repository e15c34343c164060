import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('"the lender" refers back to the bank, and takes its role on the project', () => {
  const x = run('Steppe Cement LLP plans a cement plant near Shymkent. The Eurasian Development Bank (EDB) reviewed the plans in May.\n\nThe plant would cost $300 million, and the lender has agreed to provide a $200 million loan for it.');
  const p = x.projects.find((q) => q.type === 'manufacturing_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.organizations.find((o) => o.name === 'Eurasian Development Bank')?.role, 'financier', JSON.stringify(p.organizations));
});

test('"the Chinese contractor" refers to the last company, not to a ministry', () => {
  const x = run('The Ministry of Transport hired Hunan Road Engineering Corporation for the 90-km Osh–Batken road. The Chinese contractor will build the road by 2027.');
  const p = x.projects.find((q) => q.type === 'road');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(p.organizations.some((o) => o.name === 'Hunan Road Engineering Corporation'), JSON.stringify(p.organizations));
});

test('a description followed by a name is not a reference', () => {
  const x = run('Aral Power Company will build a 50 MW solar plant. The company Aral Power said the plant is its first.');
  assert.equal(x.organizations.filter((o) => o.name.startsWith('Aral Power')).length, 1, JSON.stringify(x.organizations));
});

test('"He" stands for the last person named, so a meeting he holds has him as a participant', () => {
  const x = run('Minister of Energy Almasadam Satkaliyev opened the forum in Astana. Later he met Zhou Bin, chairman of Harbin Electric Corporation.');
  const m = x.events.find((e) => e.type === 'meeting');
  assert.ok(m, JSON.stringify(x.events));
  assert.deepEqual([...m.participants].sort(), ['Almasadam Satkaliyev', 'Zhou Bin']);
});

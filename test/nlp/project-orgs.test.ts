import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const orgNames = (p: { organizations: { name: string }[] } | undefined) => (p?.organizations ?? []).map((o) => o.name);

test('the parties to the project\'s papers named in a signing sentence join the project; the building it was signed in does not', () => {
  const x = run([
    'Documents on a 200 MW wind farm in the Akmola region were signed in Astana on Monday.',
    'Signatories were the Ministry of Industry, Steppe Wind LLP and Tianfeng Power Co., Ltd.',
  ].join(' '));
  const p = x.projects.find((q) => q.type === 'wind_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.ok(orgNames(p).includes('Steppe Wind LLP') && orgNames(p).includes('Tianfeng Power Co., Ltd.'), orgNames(p).join('|'));
  const y = run([
    'Aral Salt JSC will build a 300,000-tonne soda plant in the Kyzylorda region.',
    'The contract was signed at the Ministry of Industry by Ruslan Omarov, head of Aral Salt JSC, and Li Wei, president of Jinan Alkali Engineering Co., Ltd.',
  ].join(' '));
  const q = y.projects[0];
  assert.ok(q, JSON.stringify(y.projects));
  assert.ok(orgNames(q).includes('Jinan Alkali Engineering Co., Ltd.'), orgNames(q).join('|'));
  assert.ok(!orgNames(q).some((n) => n.startsWith('Ministry')), orgNames(q).join('|'));
});

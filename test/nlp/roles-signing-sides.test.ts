import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const orgsOf = (x: ReturnType<typeof run>, type: string) => Object.fromEntries((x.projects.find((p) => p.type === type)?.organizations ?? []).map((o) => [o.name, o.role]));

// "After the talks the parties signed ...": the sides are the companies the sentence before brought to the table; a
// company and its own subsidiary signing together: the subsidiary develops, its holder owns.
test('the parties who sign are the companies of the people received just before', () => {
  const x = run('On Monday the Minister of Industry received Mr. Li Wen, chairman of Hexi Glassworks Co., Ltd., and Mr. Aibek Osmonov, director of Tokmok Glass LLC, the company\'s local subsidiary. After the talks the parties signed an investment agreement on a float glass plant in Tokmok. The plant will make 600 tonnes of glass a day.');
  const orgs = orgsOf(x, 'manufacturing_plant');
  assert.equal(orgs['Tokmok Glass LLC'], 'developer', JSON.stringify(x.projects));
  assert.equal(orgs['Hexi Glassworks Co., Ltd.'], 'owner', JSON.stringify(x.projects));
});

// Sides that only talk sign nothing.
test('the two sides who only discussed financing bring no lender onto the project', () => {
  const x = run('Today the Minister met a delegation of the Kessary Export Credit Bank headed by its deputy chief executive, Anna Vidmar. The two sides discussed the possible financing of a 400-metre road bridge over the Drin at Kukës, costing up to €38 million.');
  const orgs = orgsOf(x, 'bridge');
  assert.ok(!('Kessary Export Credit Bank' in orgs), JSON.stringify(x.projects));
});

// Officials on both sides speak for no company: the parties they were add none.
test('parties who are officials add no organisation', () => {
  const x = run('Minister of Energy Dana Ruiz received Ambassador Li Qiang of China. After the talks, the parties signed a package of documents on building a 500 MW wind farm in the Pavlodar region.');
  const p = x.projects.find((q) => q.type === 'wind_power_plant');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.organizations.length, 0, JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const orgsOf = (x: ReturnType<typeof run>, type: string) => Object.fromEntries((x.projects.find((p) => p.type === type)?.organizations ?? []).map((o) => [o.name, o.role]));

// "The contractor is B", "The lender, the B, will add ...": a description glossed by the name right after it (past a
// copula or a comma) stands for that body, not for the body named before; the part it names is that body's part.
test('a description glossed by a name after "is" or a comma stands for that name and gives it the part it names', () => {
  const a = run('Tarvin Cement Holdings has picked a builder for its new 1.2 million-tonne cement plant near Kessary, and the Kessary Development Bank will lend $90 million. The contractor is Ostrava Stavby a.s., which beat three other bidders.');
  assert.equal(orgsOf(a, 'manufacturing_plant')['Ostrava Stavby a.s.'], 'contractor', JSON.stringify(a.projects));
  const b = run('A 40 km toll road between Velmora and Ardlow will be financed by the Asian Infrastructure Investment Bank. The concessionaire, Velmora Expressway Co., Ltd., will collect tolls for 25 years. The lender, the Nordic Investment Bank, will add $50 million.');
  assert.equal(orgsOf(b, 'road')['Nordic Investment Bank'], 'financier', JSON.stringify(b.projects));
  const c = run('Brightwater Utilities awarded a contract for a 150,000 m3 a day desalination plant at Ras Kessary last week. The supplier of the membranes, Lumen Membrane Co., Ltd., will ship them from Busan in 2027.');
  assert.equal(orgsOf(c, 'water_supply')['Lumen Membrane Co., Ltd.'], 'supplier', JSON.stringify(c.projects));
});

// "B, the state-owned developer, now puts the cost at ...": the description right after the name, in its sentence,
// is B's part in the works.
test('a description set off after a name in its sentence gives that body the part it names', () => {
  const x = run('Work on the 600 MW Ardlow combined-cycle power plant resumed in May. Kessary Power, the state-owned developer, now puts its cost at $780 million, financed by Velmora Bank.');
  assert.equal(orgsOf(x, 'thermal_power_plant')['Kessary Power'], 'developer', JSON.stringify(x.projects));
});

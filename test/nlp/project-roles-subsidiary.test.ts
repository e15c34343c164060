import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, roleOf } from './helpers.js';

// "its subsidiary B" says how B hangs on its parent, not what B does on the project: B's role is the verb's.
test('a subsidiary named as such takes the role of what it does, not "owner"', () => {
  const a = run('The 20 MW waste-to-energy plant near Tarvin was developed by its wholly-owned subsidiary Kestrel Tenaga Sdn Bhd, Ardlow Berhad said.');
  assert.equal(roleOf(a, 'waste_to_energy_plant', 'Kestrel Tenaga Sdn Bhd'), 'developer', JSON.stringify(a.projects));
  const b = run('The desalination plant at Velmora will be built under a fixed-price contract. The civil works will be carried out by Ardlow\'s Chilean subsidiary, Ardlow Chile S.A.');
  assert.equal(roleOf(b, 'water_supply', 'Ardlow Chile S.A.'), 'contractor', JSON.stringify(b.projects));
});

// "A announced that its project company, B, reached financial close for a plant": A holds B, so A owns the plant
// through it, and B develops it.
test('the body whose project company or subsidiary the sentence names ("its project company, B") is the owner', () => {
  const x = run('Ardlow Renewables Pty Ltd ("ARL" or "the Company") today announced that its Fijian project company, Kessary Sun Energy Pte Limited, reached financial close on 22 August for a 35 MW solar farm near Nadi.');
  const role = (n: string) => x.projects.find((p) => p.type === 'solar_power_plant')?.organizations.find((o) => o.name === n)?.role;
  assert.equal(role('Ardlow Renewables Pty Ltd'), 'owner', JSON.stringify(x.projects));
  assert.equal(role('Kessary Sun Energy Pte Limited'), 'developer', JSON.stringify(x.projects));
  const y = run('Velmora Hijau Berhad is pleased to announce that the 20 MW Tarvin waste-to-energy plant, developed by its wholly-owned subsidiary Velmora Tenaga Sdn Bhd, achieved its commercial operation date on 10 November 2025.');
  assert.equal(y.projects[0]?.organizations.find((o) => o.name === 'Velmora Hijau Berhad')?.role, 'owner', JSON.stringify(y.projects));
});

// "B, the vehicle through which A develops X": A works through B; A owns the project, B develops it.
test('"B, the special purpose vehicle through which A develops the farm": B develops, A owns', () => {
  const x = run('Ostra Wind SPV Ltd, the special purpose vehicle through which Ardent Energy plc develops the 400 MW offshore wind farm near Kessary, ordered its turbines on Monday.');
  const orgs = x.projects.find((p) => p.type === 'wind_power_plant')?.organizations ?? [];
  assert.equal(orgs.find((o) => o.name.startsWith('Ostra Wind'))?.role, 'developer', JSON.stringify(orgs));
  assert.equal(orgs.find((o) => o.name.startsWith('Ardent Energy'))?.role, 'owner', JSON.stringify(orgs));
});

// "bought a 30% stake in B": B is the company a share of is bought, not a holder of the project.
test('the company a stake is bought in is not made an owner by the buying verb', () => {
  const x = run('Tarvin Capital Partners has bought a 30% stake in Ostra Wind SPV Ltd, which is building a 400 MW wind farm near Kessary.');
  const orgs = x.projects.find((p) => p.type === 'wind_power_plant')?.organizations ?? [];
  assert.equal(orgs.find((o) => o.name === 'Ostra Wind SPV Ltd')?.role, 'developer', JSON.stringify(orgs));
});

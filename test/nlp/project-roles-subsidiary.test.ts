import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const roleOf = (x: ReturnType<typeof run>, type: string, name: string) => x.projects.find((p) => p.type === type)?.organizations.find((o) => o.name === name)?.role;

// "its subsidiary B" says how B hangs on its parent, not what B does on the project: B's role is the verb's.
test('a subsidiary named as such takes the role of what it does, not "owner"', () => {
  const a = run('The 20 MW waste-to-energy plant near Tarvin was developed by its wholly-owned subsidiary Kestrel Tenaga Sdn Bhd, Ardlow Berhad said.');
  assert.equal(roleOf(a, 'waste_to_energy_plant', 'Kestrel Tenaga Sdn Bhd'), 'developer', JSON.stringify(a.projects));
  const b = run('The desalination plant at Velmora will be built under a fixed-price contract. The civil works will be carried out by Ardlow\'s Chilean subsidiary, Ardlow Chile S.A.');
  assert.equal(roleOf(b, 'water_supply', 'Ardlow Chile S.A.'), 'contractor', JSON.stringify(b.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('a name opened by a legal form after "director of" is an organisation, and without the form it is the same one', () => {
  const x = run('Sari Wulandari, president director of PT Lembah Nikel Jaya, said the venture is majority owned by PT Toraja Tambang Raya Tbk. Agus Pranoto, commissioner of Toraja Tambang Raya, confirmed the timetable.');
  assert.deepEqual(names(x.people).sort(), ['Agus Pranoto', 'Sari Wulandari']);
  const orgs = names(x.organizations);
  assert.ok(orgs.includes('PT Lembah Nikel Jaya'), orgs.join(' | '));
  const t = x.organizations.find((o) => o.name === 'PT Toraja Tambang Raya Tbk');
  assert.ok(t?.aliases.includes('Toraja Tambang Raya'), JSON.stringify(x.organizations));
});

test('"our partner X" names a body; the opening words of a known name are that body', () => {
  const x = run('Liuzhou Beihai Metallurgical Engineering Co., Ltd. did the design. Zhejiang Wanlan Battery Co., Ltd. is the offtaker. Our partner Wanlan has run such lines, and they brought Liuzhou Beihai to us.');
  assert.deepEqual(names(x.people), []);
  const beihai = x.organizations.find((o) => o.name === 'Liuzhou Beihai Metallurgical Engineering Co., Ltd.');
  assert.ok(beihai?.aliases.includes('Liuzhou Beihai'), JSON.stringify(x.organizations));
  assert.equal(x.organizations.length, 2, names(x.organizations).join(' | '));
  assert.deepEqual(names(x.places), []);
});

test('a lower-case prefix letter, "New" opening a place, Gulf and Balkan legal forms, contact departments', () => {
  const x = run('The land is leased from the iTaukei Land Trust Board. The developer has 1.2 GW across Queensland and New South Wales. Halvat Solar Energy Company K.S.C.C. and Vardar Link DOOEL signed.\n\nMedia contact: Corporate Affairs, Ardlow Renewables');
  const orgs = names(x.organizations);
  for (const n of ['iTaukei Land Trust Board', 'Halvat Solar Energy Company K.S.C.C.', 'Vardar Link DOOEL']) assert.ok(orgs.includes(n), `${n} not in ${orgs.join(' | ')}`);
  assert.ok(!orgs.includes('Corporate Affairs'), orgs.join(' | '));
  assert.ok(names(x.places).includes('New South Wales'), names(x.places).join(' | '));
  assert.ok(!names(x.places).includes('South Wales'));
});

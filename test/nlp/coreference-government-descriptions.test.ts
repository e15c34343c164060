import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const orgsOf = (x: ReturnType<typeof run>, type: string) => Object.fromEntries((x.projects.find((p) => p.type === type)?.organizations ?? []).map((o) => [o.name, o.role]));

// "the ministry", "the agency" a paragraph or more after the body was named, with nothing named since that fits: the
// only body whose name has the word is the one meant, and takes its part in the works.
test('"the ministry" far from its name is the only ministry the text names', () => {
  const x = run('The Ministry of Public Works of Belmora has published its annual report. It lists 41 road projects and 12 bridges. Spending rose by 14%. Most of the money went to maintenance. Staff numbers were cut by a tenth.\n\nA new 300-bed general hospital in Port Anselm is being built for the ministry by Kestrel Construction Ltd. The ministry will own it.');
  const orgs = orgsOf(x, 'hospital');
  assert.equal(orgs['Ministry of Public Works of Belmora'], 'owner', JSON.stringify(x.projects));
});

test('"the agency" far from its name is the only agency the text names', () => {
  const x = run('Officials of the Tarvin Roads Agency met hauliers on Monday. The meeting lasted four hours. Hauliers asked for lower tolls. Fuel prices were also discussed. No decision was taken.\n\nA 40 km bypass around Kessary, costing $120 million, is the largest job this year. It will be paid for by the agency and built by Orvik Yol Insaat A.S.');
  const orgs = orgsOf(x, 'road');
  assert.ok('Tarvin Roads Agency' in orgs, JSON.stringify(x.projects));
  assert.equal(orgs['Orvik Yol Insaat A.S.'], 'contractor', JSON.stringify(x.projects));
});

// Two ministries named: "the ministry" far from both is neither.
test('"the ministry" far from two named ministries stands for neither', () => {
  const x = run('The Ministry of Health and the Ministry of Finance of Belmora published their reports. They list 41 projects. Spending rose by 14%. Most of the money went to maintenance. Staff numbers were cut.\n\nA new 300-bed general hospital in Port Anselm is being built by Kestrel Construction Ltd. The ministry will own it.');
  const orgs = orgsOf(x, 'hospital');
  assert.ok(!('Ministry of Health' in orgs) && !('Ministry of Finance of Belmora' in orgs), JSON.stringify(x.projects));
});

// A second ministry that the text comes to only later cannot be the one "the ministry" points back to.
test('"the ministry" far from its name ignores a ministry named only after it', () => {
  const x = run('The Ministry of Water of Belmora has published its annual report. It lists 41 pumping stations. Spending rose by 14%. Most of the money went to repairs. Staff numbers were cut by a tenth.\n\nA new desalination plant in Port Anselm is being built for the ministry by Kestrel Construction Ltd.\n\nSeparately, the Ministry of Oil said it would review fuel prices in June.');
  const orgs = orgsOf(x, 'water_supply');
  assert.equal(orgs['Ministry of Water of Belmora'], 'owner', JSON.stringify(x.projects));
  assert.ok(!('Ministry of Oil' in orgs), JSON.stringify(x.projects));
});

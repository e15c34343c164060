import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readUserLexicon, applyUserLexicon } from '../../src/nlp/user-lexicon.js';
import { run, names } from './helpers.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/lexicon/${name}`, import.meta.url));
const TEXT = 'Qazaq Rail will open a 40 MW compute campus in Almaty, its chief commercial officer Dana Serikova said. QRH and Sinara signed the deal.';

test('without a lexicon the bare names are not organisations and the campus is not a facility', () => {
  const x = run(TEXT);
  assert.ok(!names(x.organizations).includes('Qazaq Rail Holding'));
  assert.ok(!x.projects.some((p) => p.type === 'data_center'));
});

test('a YAML lexicon adds organisations with aliases, facility kinds and titles', () => {
  applyUserLexicon(readUserLexicon(fixture('team.yaml')));
  const x = run(TEXT);
  const org = x.organizations.find((o) => o.name === 'Qazaq Rail Holding');
  assert.ok(org, JSON.stringify(x.organizations));
  assert.equal(org.country, 'KZ');
  assert.ok(org.aliases.includes('Qazaq Rail') && org.aliases.includes('QRH'));
  assert.ok(names(x.organizations).includes('Sinara'));
  const p = x.projects.find((q) => q.type === 'data_center');
  assert.ok(p, JSON.stringify(x.projects));
  assert.equal(p.capacity[0]?.value, 40);
  assert.ok(p.organizations.some((o) => o.name === 'Qazaq Rail Holding'));
  const dana = x.people.find((q) => q.name === 'Dana Serikova');
  assert.ok(dana, JSON.stringify(x.people));
  assert.equal(dana.roles[0]?.title, 'chief commercial officer');
});

test('a bad lexicon is refused with the file, the field and the problem', () => {
  assert.throws(() => readUserLexicon(fixture('broken.yaml')), /broken\.yaml: organizations\.0\.country: country must be an ISO 3166-1 alpha-2 code/);
  assert.throws(() => readUserLexicon(fixture('missing.yaml')), /cannot read lexicon .*missing\.yaml: ENOENT/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a facility word with only a nation's adjective before it ("The Georgian rail link", "the Kazakh
// pipeline") is not named by it: such a phrase, alone in a subheading or a passing remark, is no project; a place, a
// figure or a sum still pins works down.

const types = (x: ReturnType<typeof run>) => x.projects.map((p) => p.type).sort();

test('a subheading naming a rail link by a nation adjective, between other works: no railway project', () => {
  const x = run('Halden Ports will build a $120 million container terminal at Ostra.\n\nThe Georgian rail link: more trains, finally\n\nFreight trains across the border now run daily, and volumes doubled last year, the operator said.');
  assert.deepEqual(types(x), ['port'], JSON.stringify(x.projects));
});

test('a passing remark on a pipeline named by a nation adjective: no pipeline project', () => {
  const x = run('Kestrel Grid will build a 40 MW solar farm at Belvik for $50 million.\n\nTraders still talk about the Uzbek pipeline, which the article does not describe.');
  assert.deepEqual(types(x), ['solar_power_plant'], JSON.stringify(x.projects));
});

test('a remark on a Turkish port in a closing paragraph: no port project', () => {
  const x = run('Orvel Cement will build a $200 million clinker plant in Tarvin.\n\nThe Turkish port, the manager said, is always full.');
  assert.deepEqual(types(x), ['manufacturing_plant'], JSON.stringify(x.projects));
});

test('counter-case: a bridge called by a nation adjective, with a river, a builder and a sum: works', () => {
  const x = run('The Chinese bridge over the Belvik river, built by Kessary Bridge for $90 million, opened in May.');
  assert.deepEqual(types(x), ['bridge'], JSON.stringify(x.projects));
});

test('counter-case: a port built by a nation\'s firms, with a place and a size: works', () => {
  const x = run('A Turkish-built port at Ostra will handle 2 million tonnes a year.');
  assert.deepEqual(types(x), ['port'], JSON.stringify(x.projects));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// News shortens "hydropower" to "hydro" before any head: invented sentences in the forms the lexicon lacked.

test("'hydro project', 'hydro scheme', 'hydro station' are hydropower plants", () => {
  for (const text of [
    'Velmora Power said it had exited the 400 MW Kesh hydro project in Nepal.',
    'Dara Energy will build the 120 MW Osk hydro scheme on the Tarvin river in Laos.',
    'The 60 MW Kessel hydro station in Georgia was commissioned by Brava Power on Monday.',
  ]) {
    const x = run(text);
    assert.deepEqual(x.projects.map((p) => p.type), ['hydro_power_plant'], text);
  }
});

test('hydro projects named in the plural with no size or place are a sector in passing', () => {
  assert.deepEqual(run('Hydro projects remain popular with lenders, the minister said.').projects, []);
});

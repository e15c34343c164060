import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// "the Municipality of X" is the local government (an organisation), as "the City of X" already was; X is the place.
test("a local government's name 'Municipality of X' is an organisation, not a place", () => {
  const cases = [
    'The Municipality of Tarvin on Monday signed a contract for 120 electric buses with Orin Motors Ltd.',
    'A loan to the Municipality of San Rafael will pay for a new water treatment plant, the bank said.',
  ];
  for (const text of cases) {
    const x = run(text);
    const org = text.match(/Municipality of [A-Z][a-z]+(?: [A-Z][a-z]+)?/)![0];
    assert.ok(names(x.organizations).includes(org), `${text} -> orgs ${names(x.organizations).join(' | ')}`);
    assert.ok(!names(x.places).includes(org), `${text} -> places ${names(x.places).join(' | ')}`);
  }
});

test('the works a local government signs for take the place it governs, where the text names that place', () => {
  const x = run('Bus ridership in Cuenca has doubled since 2010. The Municipality of Cuenca on Monday signed a contract for 120 electric buses with Orin Motors Ltd.');
  const buses = x.projects.find((p) => p.type === 'rolling_stock');
  assert.ok(buses, JSON.stringify(x.projects.map((p) => p.name)));
  assert.deepEqual(buses.places, ['Cuenca']);
});
